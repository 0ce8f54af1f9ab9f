// Saves a draft on the server while it is being typed: every form marked data-autosave="<address>" is posted to that
// address — rendered by the server, never the page's own address, which a link may have pointed at another handler —
// with the header X-Autosave when it changed and the author paused. The server answers with the draft's new version,
// which goes back into the form so the next save (or the author's own) is not taken for a conflicting edit. One save
// at a time, in the order typed. Once the form is sent (Lưu nháp, Gửi báo cáo) nothing more is saved automatically:
// the submission wins, and an autosave still on its way is ignored by the server.
// Without JavaScript the page works the same: the author saves with the button.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-autosave]");
  Array.prototype.forEach.call(forms, function (form) {
    var url = form.getAttribute("data-autosave");
    var timer = null;
    var saving = false;
    var again = false;
    var stopped = false;
    var status = document.createElement("p");
    status.className = "muted autosave-status";
    status.setAttribute("role", "status");
    form.appendChild(status);

    function stop() {
      stopped = true;
      if (timer) { clearTimeout(timer); timer = null; }
    }

    function save() {
      timer = null;
      if (stopped) { return; }
      if (saving) { again = true; return; }
      saving = true;
      var data = new FormData(form);
      // Text only: chosen files go with the author's own save, not on every pause.
      Array.prototype.forEach.call(form.querySelectorAll("input[type=file][name]"), function (input) { data.delete(input.name); });
      fetch(url, { method: "POST", body: data, headers: { "X-Autosave": "1" }, credentials: "same-origin" })
        .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
        .then(function (result) {
          if (stopped) { return; }
          if (result.ok && result.body.submitted) {
            stop();
          } else if (result.ok) {
            form.querySelector("input[name='Form.Version']").value = result.body.version;
          }
          status.textContent = result.body.message;
        })
        .catch(function () { if (!stopped) { status.textContent = form.getAttribute("data-autosave-failed") || ""; } })
        .then(function () {
          saving = false;
          if (again && !stopped) { again = false; save(); }
        });
    }

    form.addEventListener("input", function () {
      if (stopped) { return; }
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(save, 3000);
    });
    form.addEventListener("submit", stop);
  });
})();
