// Saves a draft on the server while it is being typed: every form marked data-autosave="<handler>" is posted to that
// handler with the header X-Autosave when it changed and the author paused. The server answers with the draft's new
// version, which goes back into the form so the next save (or the author's own) is not taken for a conflicting edit.
// Without JavaScript the page works the same: the author saves with the button.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-autosave]");
  Array.prototype.forEach.call(forms, function (form) {
    var timer = null;
    var status = document.createElement("p");
    status.className = "muted autosave-status";
    status.setAttribute("role", "status");
    form.appendChild(status);

    function save() {
      timer = null;
      var data = new FormData(form);
      // Text only: chosen files go with the author's own save, not on every pause.
      Array.prototype.forEach.call(form.querySelectorAll("input[type=file][name]"), function (input) { data.delete(input.name); });
      var url = window.location.pathname + window.location.search + (window.location.search ? "&" : "?") + "handler=" + form.getAttribute("data-autosave");
      fetch(url, { method: "POST", body: data, headers: { "X-Autosave": "1" }, credentials: "same-origin" })
        .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
        .then(function (result) {
          if (result.ok) {
            form.querySelector("input[name='Form.Version']").value = result.body.version;
          }
          status.textContent = result.body.message;
        })
        .catch(function () { status.textContent = form.getAttribute("data-autosave-failed") || ""; });
    }

    form.addEventListener("input", function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(save, 3000);
    });
  });
})();
