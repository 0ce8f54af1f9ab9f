// What officials expect of a form, added to what already works without JavaScript:
// - Irreversible steps (form[data-confirm]): the page draws a required box "I confirm …" (the confirmation without
//   JavaScript); here the box is hidden and a dialog asks instead; confirming ticks the box and sends the form with the
//   button pressed. Buttons marked formnovalidate (save a draft, remove a file) send without asking.
// - Uploads (input[type=file][data-max-bytes]): each chosen file is checked against the server's limit and extensions
//   (data-max-bytes, data-accept, read from the server's settings) before anything is sent; the server still checks.
// - Forms with a file, and long work (form[data-busy]): once sent, the buttons are disabled and the form says it is
//   working (aria-busy), so nothing is sent twice; a form with a megabyte of files or more is sent with a progress bar.
// - Print buttons (button[data-print]) print the page with the print stylesheet.
(function () {
  "use strict";
  var english = (document.documentElement.getAttribute("lang") || "vi").toLowerCase().indexOf("en") === 0;
  var words = english
    ? { confirm: "Confirm", cancel: "Cancel", working: "Working, please wait…", sending: "Sending", tooLarge: "{0} is larger than {1} MB: it cannot be sent.", wrongType: "{0} is not an accepted file type ({1}).", failed: "The file could not be sent. Please try again." }
    : { confirm: "Xác nhận", cancel: "Hủy", working: "Đang xử lý, vui lòng chờ…", sending: "Đang gửi", tooLarge: "{0} lớn hơn {1} MB: không gửi được.", wrongType: "{0} không thuộc loại tệp được nhận ({1}).", failed: "Không gửi được tệp. Vui lòng thử lại." };

  function say(text, a, b) { return text.replace("{0}", a).replace("{1}", b); }

  function busy(form) {
    form.setAttribute("aria-busy", "true");
    form.setAttribute("data-sent", "true");
    Array.prototype.forEach.call(form.querySelectorAll("button, input[type=submit]"), function (b) { b.disabled = true; });
    var status = form.querySelector(".busy-status");
    if (!status) {
      status = document.createElement("p");
      status.className = "busy-status";
      status.setAttribute("role", "status");
      form.appendChild(status);
    }
    status.textContent = words.working;
    return status;
  }

  // --- Confirmation -------------------------------------------------------------------------------------------
  var dialog = null;

  function ask(question, then) {
    if (!dialog) {
      dialog = document.createElement("dialog");
      dialog.className = "confirm-dialog";
      dialog.setAttribute("aria-labelledby", "confirm-dialog-text");
      var p = document.createElement("p");
      p.id = "confirm-dialog-text";
      var row = document.createElement("div");
      row.className = "actions";
      var yes = document.createElement("button");
      yes.type = "button";
      yes.className = "primary";
      yes.textContent = words.confirm;
      var no = document.createElement("button");
      no.type = "button";
      no.className = "button secondary";
      no.textContent = words.cancel;
      row.appendChild(yes);
      row.appendChild(no);
      dialog.appendChild(p);
      dialog.appendChild(row);
      document.body.appendChild(dialog);
      no.addEventListener("click", function () { dialog.close("cancel"); });
      yes.addEventListener("click", function () { dialog.close("confirm"); });
    }
    dialog.querySelector("p").textContent = question;
    dialog.onclose = function () { if (dialog.returnValue === "confirm") { then(); } };
    dialog.returnValue = "";
    dialog.showModal();
    dialog.querySelector("button.primary").focus();
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-confirm] input[data-confirm-box]"), function (box) {
    box.required = false;
    (box.closest(".confirm-box") || box).hidden = true;
  });

  // Listening on the document while the event goes down, so nothing else on the form (the draft's autosave, the
  // busy state) hears a submission the official has not confirmed yet.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.hasAttribute || !form.hasAttribute("data-confirm")) { return; }
    var submitter = e.submitter;
    if (submitter && submitter.hasAttribute("formnovalidate")) { return; }
    if (form.getAttribute("data-confirmed") === "true") { form.removeAttribute("data-confirmed"); return; }
    e.preventDefault();
    e.stopPropagation();
    var box = form.querySelector("input[data-confirm-box]");
    var question = (submitter && submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
    ask(question, function () {
      if (box) { box.checked = true; }
      form.setAttribute("data-confirmed", "true");
      if (submitter) { form.requestSubmit(submitter); } else { form.requestSubmit(); }
    });
  }, true);

  // --- Uploads -----------------------------------------------------------------------------------------------
  function problems(input) {
    var max = parseInt(input.getAttribute("data-max-bytes") || "0", 10);
    var accept = (input.getAttribute("data-accept") || "").split(",").map(function (s) { return s.trim().toLowerCase(); }).filter(Boolean);
    var found = [];
    Array.prototype.forEach.call(input.files || [], function (f) {
      var dot = f.name.lastIndexOf(".");
      var ext = dot < 0 ? "" : f.name.substring(dot).toLowerCase();
      if (max > 0 && f.size > max) { found.push(say(words.tooLarge, f.name, Math.round(max / 1048576))); }
      else if (accept.length > 0 && accept.indexOf(ext) < 0) { found.push(say(words.wrongType, f.name, accept.join(", "))); }
    });
    return found;
  }

  function report(input, found) {
    var id = input.id + "-check";
    var out = document.getElementById(id);
    if (!out) {
      out = document.createElement("span");
      out.id = id;
      out.className = "field-error";
      out.setAttribute("role", "alert");
      input.insertAdjacentElement("afterend", out);
      var described = input.getAttribute("aria-describedby");
      input.setAttribute("aria-describedby", (described ? described + " " : "") + id);
    }
    out.textContent = found.join(" ");
    out.hidden = found.length === 0;
    input.setCustomValidity(found.join(" "));
    input.setAttribute("aria-invalid", found.length === 0 ? "false" : "true");
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[type=file][data-max-bytes]"), function (input) {
    input.addEventListener("change", function () { report(input, problems(input)); });
  });

  // --- Busy state and upload progress --------------------------------------------------------------------------
  // Files of a megabyte or more are sent by the script, which can show how far the sending is; smaller ones go as the
  // browser sends any form (they take no time to show progress for).
  var ProgressFrom = 1024 * 1024;

  function sendWithProgress(form, submitter) {
    var status = busy(form);
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.className = "upload-progress";
    bar.setAttribute("aria-label", words.sending);
    status.textContent = words.sending + "…";
    status.insertAdjacentElement("beforebegin", bar);
    var data = new FormData(form);
    if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
    var action = (submitter && submitter.getAttribute("formaction")) || form.getAttribute("action") || window.location.href;
    var xhr = new XMLHttpRequest();
    xhr.open("POST", action);
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(e.loaded * 100 / e.total);
        status.textContent = words.sending + " " + bar.value + "%";
      }
    });
    xhr.addEventListener("load", function () {
      // The server answered with a page (the next page after a redirect, or the form with its errors): show it as a
      // normal submission would, at the address it came from, without asking the server for it a second time.
      if (xhr.responseURL) { window.history.replaceState(null, "", xhr.responseURL); }
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    xhr.addEventListener("error", function () {
      status.textContent = words.failed;
      form.removeAttribute("aria-busy");
      form.removeAttribute("data-sent");
      Array.prototype.forEach.call(form.querySelectorAll("button, input[type=submit]"), function (b) { b.disabled = false; });
    });
    xhr.send(data);
  }

  Array.prototype.forEach.call(document.querySelectorAll("form"), function (form) {
    var files = form.querySelectorAll("input[type=file][data-max-bytes]");
    if (files.length === 0 && !form.hasAttribute("data-busy")) { return; }
    form.addEventListener("submit", function (e) {
      if (e.defaultPrevented) { return; }
      if (form.getAttribute("data-sent") === "true") { e.preventDefault(); return; }
      var bad = [];
      Array.prototype.forEach.call(files, function (input) {
        var found = problems(input);
        report(input, found);
        bad = bad.concat(found);
      });
      if (bad.length > 0) { e.preventDefault(); files[0].focus(); return; }
      var bytes = 0;
      Array.prototype.forEach.call(files, function (input) {
        Array.prototype.forEach.call(input.files || [], function (f) { bytes += f.size; });
      });
      if (bytes >= ProgressFrom) {
        e.preventDefault();
        sendWithProgress(form, e.submitter);
        return;
      }
      // Disabled after this event, so the pressed button's name and value still go with the form.
      window.setTimeout(function () { busy(form); }, 0);
    });
  });

  // --- Print ------------------------------------------------------------------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll("button[data-print]"), function (b) {
    b.hidden = false;
    b.addEventListener("click", function () { window.print(); });
  });
})();
