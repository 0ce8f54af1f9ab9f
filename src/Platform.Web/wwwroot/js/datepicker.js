// Date fields (input[data-datepicker], drawn by the shared date tag helper): the field stays a text field that takes
// dd/MM/yyyy as typed — the server parses and refuses it, so without JavaScript nothing changes — and gains a button
// that opens a month grid. The grid is used with the keyboard as a date picker is (arrows: a day or a week; Page Up /
// Page Down: a month; Home / End: the week's first and last day; Enter or Space: choose; Escape: close) and speaks the
// page's language (Vietnamese weeks start on Monday, as in English here). Choosing a day writes it as dd/MM/yyyy.
// Alt+Down in the field opens the grid from the keyboard.
(function () {
  "use strict";
  var english = (document.documentElement.getAttribute("lang") || "vi").toLowerCase().indexOf("en") === 0;
  var words = english
    ? {
        open: "Choose a date", dialog: "Choose a date", previous: "Previous month", next: "Next month", close: "Close",
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        days: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
        dayNames: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
      }
    : {
        open: "Chọn ngày", dialog: "Chọn ngày", previous: "Tháng trước", next: "Tháng sau", close: "Đóng",
        months: ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"],
        days: ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
        dayNames: ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
      };

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function format(d) { return pad(d.getDate()) + "/" + pad(d.getMonth() + 1) + "/" + d.getFullYear(); }

  // dd/MM/yyyy (one-digit day or month accepted, as the server does not; the picker only reads, never corrects).
  function parse(text) {
    var m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || "");
    if (!m) { return null; }
    var d = new Date(+m[3], +m[2] - 1, +m[1]);
    return d.getFullYear() === +m[3] && d.getMonth() === +m[2] - 1 && d.getDate() === +m[1] ? d : null;
  }

  function addDays(d, n) { return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n); }

  function addMonths(d, n) {
    var last = new Date(d.getFullYear(), d.getMonth() + n + 1, 0).getDate();
    return new Date(d.getFullYear(), d.getMonth() + n, Math.min(d.getDate(), last));
  }

  function weekday(d) { return (d.getDay() + 6) % 7; }

  function same(a, b) { return a && b && a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate(); }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text) { e.textContent = text; }
    return e;
  }

  var counter = 0;

  function enhance(input) {
    counter += 1;
    var id = "datepicker-" + counter;
    // Named by its text, not a label, and out of the Tab order: the field's own keyboard way in is Alt+Down, so Tab
    // goes from field to field as without the script.
    var opener = element("button", "datepicker-open");
    var glyph = element("span", null, "📅");
    glyph.setAttribute("aria-hidden", "true");
    opener.appendChild(glyph);
    opener.appendChild(element("span", "visually-hidden", words.open));
    opener.type = "button";
    opener.tabIndex = -1;
    opener.setAttribute("aria-haspopup", "dialog");
    opener.setAttribute("aria-expanded", "false");
    opener.setAttribute("aria-controls", id);

    var dialog = element("div", "datepicker");
    dialog.id = id;
    dialog.hidden = true;
    dialog.setAttribute("role", "dialog");
    dialog.setAttribute("aria-modal", "false");
    var title = element("p", "datepicker-title");
    title.id = id + "-title";
    title.setAttribute("aria-live", "polite");
    dialog.setAttribute("aria-labelledby", title.id);
    var previous = element("button", "datepicker-nav", "‹");
    previous.type = "button";
    previous.setAttribute("aria-label", words.previous);
    var next = element("button", "datepicker-nav", "›");
    next.type = "button";
    next.setAttribute("aria-label", words.next);
    var header = element("div", "datepicker-header");
    header.appendChild(previous);
    header.appendChild(title);
    header.appendChild(next);
    var grid = element("table", "datepicker-grid");
    grid.setAttribute("role", "grid");
    grid.setAttribute("aria-labelledby", title.id);
    var close = element("button", "datepicker-close", words.close);
    close.type = "button";
    dialog.appendChild(header);
    dialog.appendChild(grid);
    dialog.appendChild(close);

    input.insertAdjacentElement("afterend", opener);
    opener.insertAdjacentElement("afterend", dialog);

    var focused = null;

    function render(focus) {
      focused = focus;
      title.textContent = words.months[focus.getMonth()] + " " + focus.getFullYear();
      while (grid.firstChild) { grid.removeChild(grid.firstChild); }
      var head = element("thead");
      var row = element("tr");
      words.days.forEach(function (d, i) {
        var th = element("th", null, d);
        th.setAttribute("scope", "col");
        th.setAttribute("abbr", words.dayNames[i]);
        row.appendChild(th);
      });
      head.appendChild(row);
      grid.appendChild(head);
      var body = element("tbody");
      var chosen = parse(input.value);
      var first = new Date(focus.getFullYear(), focus.getMonth(), 1);
      var day = addDays(first, -weekday(first));
      for (var w = 0; w < 6; w += 1) {
        row = element("tr");
        for (var i = 0; i < 7; i += 1) {
          var cell = element("td");
          if (day.getMonth() === focus.getMonth()) {
            var b = element("button", "datepicker-day", String(day.getDate()));
            b.type = "button";
            b.setAttribute("data-date", format(day));
            b.setAttribute("aria-label", words.dayNames[weekday(day)] + ", " + format(day));
            b.tabIndex = same(day, focus) ? 0 : -1;
            if (same(day, chosen)) { b.setAttribute("aria-pressed", "true"); b.classList.add("chosen"); }
            if (same(day, new Date())) { b.classList.add("today"); b.setAttribute("aria-current", "date"); }
            cell.appendChild(b);
          }
          row.appendChild(cell);
          day = addDays(day, 1);
        }
        body.appendChild(row);
        if (day.getMonth() !== focus.getMonth()) { break; }
      }
      grid.appendChild(body);
    }

    function focusDay() {
      var b = grid.querySelector("button[tabindex='0']");
      if (b) { b.focus(); }
    }

    function open() {
      render(parse(input.value) || new Date());
      dialog.hidden = false;
      opener.setAttribute("aria-expanded", "true");
      focusDay();
    }

    function shut(returnFocus) {
      if (dialog.hidden) { return; }
      dialog.hidden = true;
      opener.setAttribute("aria-expanded", "false");
      if (returnFocus) { input.focus(); }
    }

    function choose(text) {
      input.value = text;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
      shut(true);
    }

    opener.addEventListener("click", function () { if (dialog.hidden) { open(); } else { shut(true); } });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && e.altKey) { e.preventDefault(); open(); }
    });
    previous.addEventListener("click", function () { render(addMonths(focused, -1)); });
    next.addEventListener("click", function () { render(addMonths(focused, 1)); });
    close.addEventListener("click", function () { shut(true); });
    grid.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-date]");
      if (b) { choose(b.getAttribute("data-date")); }
    });
    grid.addEventListener("keydown", function (e) {
      var moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
      var target;
      if (moves[e.key] !== undefined) { target = addDays(focused, moves[e.key]); }
      else if (e.key === "PageUp") { target = addMonths(focused, e.shiftKey ? -12 : -1); }
      else if (e.key === "PageDown") { target = addMonths(focused, e.shiftKey ? 12 : 1); }
      else if (e.key === "Home") { target = addDays(focused, -weekday(focused)); }
      else if (e.key === "End") { target = addDays(focused, 6 - weekday(focused)); }
      else if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(format(focused)); return; }
      else { return; }
      e.preventDefault();
      render(target);
      focusDay();
    });
    dialog.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { e.preventDefault(); shut(true); }
    });
    document.addEventListener("click", function (e) {
      if (!dialog.hidden && !dialog.contains(e.target) && !opener.contains(e.target)) { shut(false); }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[data-datepicker]"), enhance);
})();
