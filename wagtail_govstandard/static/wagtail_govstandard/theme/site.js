/* wagtail-govstandard public pages: what needs JavaScript, and only that.
   The page works without it: the display tools stay hidden, alerts stay shown, menus are <details>.
   Choices are kept in localStorage (no cookie is set). */
(function () {
  "use strict";
  var root = document.documentElement;

  function stored(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: not kept */ }
  }

  function applyTextSize(size) {
    root.classList.remove("text-size-1", "text-size-2");
    if (size === "1" || size === "2") { root.classList.add("text-size-" + size); }
    document.querySelectorAll("[data-text-size]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-text-size") === (size || "0")));
    });
  }
  function applyContrast(on) {
    root.classList.toggle("contrast-high", on);
    document.querySelectorAll("[data-contrast]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(on));
    });
  }

  function setUpDisplayTools() {
    applyTextSize(stored("govstandard-text-size"));
    applyContrast(stored("govstandard-contrast") === "high");
    document.querySelectorAll(".display-tools").forEach(function (tools) { tools.hidden = false; });
    document.querySelectorAll("[data-text-size]").forEach(function (button) {
      button.addEventListener("click", function () {
        var size = button.getAttribute("data-text-size");
        store("govstandard-text-size", size);
        applyTextSize(size);
      });
    });
    document.querySelectorAll("[data-contrast]").forEach(function (button) {
      button.addEventListener("click", function () {
        var on = !root.classList.contains("contrast-high");
        store("govstandard-contrast", on ? "high" : "normal");
        applyContrast(on);
      });
    });
  }

  function dismissed() {
    return (stored("govstandard-dismissed-alerts") || "").split(" ").filter(Boolean);
  }
  function setUpAlerts() {
    var gone = dismissed();
    document.querySelectorAll("[data-alert]").forEach(function (alert) {
      var key = alert.getAttribute("data-alert");
      if (gone.indexOf(key) !== -1) { alert.hidden = true; return; }
      var button = alert.querySelector(".alert-dismiss");
      if (!button) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        var keys = dismissed().concat([key]).slice(-50);
        store("govstandard-dismissed-alerts", keys.join(" "));
        alert.hidden = true;
        var main = document.getElementById("main");
        if (main) { main.focus(); }
      });
    });
  }

  function setUpMenuGroups() {
    var groups = document.querySelectorAll(".menu-group");
    groups.forEach(function (group) {
      group.addEventListener("toggle", function () {
        if (!group.open) { return; }
        groups.forEach(function (other) { if (other !== group) { other.open = false; } });
      });
      group.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && group.open) {
          group.open = false;
          group.querySelector("summary").focus();
        }
      });
    });
  }

  /* After a refused survey, the error summary (which names each question) takes the focus. */
  function focusErrorSummary() {
    var summary = document.querySelector(".govstandard-errors");
    if (summary) { summary.focus(); }
  }

  function start() {
    focusErrorSummary();
    setUpDisplayTools();
    setUpAlerts();
    setUpMenuGroups();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
