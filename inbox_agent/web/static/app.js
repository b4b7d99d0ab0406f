// Keyboard shortcuts for the common moves; everything also works without this script.
(function () {
  "use strict";
  function typing(e) {
    var t = e.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT");
  }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("table.queue tbody tr[data-href]")); }
  var cursor = -1;
  function move(delta) {
    var all = rows(); if (!all.length) return;
    if (cursor >= 0 && all[cursor]) all[cursor].classList.remove("current");
    cursor = Math.max(0, Math.min(all.length - 1, cursor + delta));
    all[cursor].classList.add("current"); all[cursor].scrollIntoView({ block: "nearest" });
  }
  function submit(id) { var f = document.getElementById(id); if (f) f.submit(); }
  function go(id) { var a = document.getElementById(id); if (a) window.location = a.href; }
  document.addEventListener("keydown", function (e) {
    if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
    switch (e.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "Enter": var all = rows(); if (cursor >= 0 && all[cursor]) window.location = all[cursor].dataset.href; break;
      case "a": submit("approve-form"); break;
      case "x": submit("reject-form"); break;
      case "n": go("next"); break;
      case "p": go("prev"); break;
      case "/": var s = document.getElementById("search") || document.querySelector("#filters input[name=customer]");
        if (s) { e.preventDefault(); s.focus(); } break;
      default: return;
    }
  });
  var problem = document.querySelector(".problems a[data-line]");
  var area = document.getElementById("rules-text");
  if (problem && area) {
    document.querySelectorAll(".problems a[data-line]").forEach(function (a) {
      a.addEventListener("click", function (ev) {
        ev.preventDefault();
        var line = parseInt(a.dataset.line, 10) || 1, text = area.value.split("\n"), pos = 0;
        for (var i = 0; i < line - 1 && i < text.length; i++) pos += text[i].length + 1;
        area.focus(); area.setSelectionRange(pos, pos + (text[line - 1] || "").length);
      });
    });
  }
})();
