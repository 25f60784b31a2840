// The kiosk's ticket: print it once on arrival (the kiosk's browser prints silently to the 80 mm
// printer when started with --kiosk-printing), and again on request.
(function () {
  "use strict";
  var again = document.querySelector("[data-print]");
  if (again) { again.addEventListener("click", function () { window.print(); }); }
  if (document.querySelector(".queue-ticket")) { window.setTimeout(function () { window.print(); }, 300); }

  // The kiosk goes back to its start screen by itself, and at once with "Done" (a plain link
  // without script), but only when the server answers. Meanwhile the last patient's ticket gives
  // way to a notice, and the kiosk tries again every 5 s.
  var back = document.querySelector("[data-back]");
  if (!back) { return; }
  var url = back.dataset.back, offline = document.querySelector("[data-offline]"), going = false;

  function goBack() {
    if (going) { return; }
    going = true;
    govQueueReachable(url).then(function (up) {
      if (up) { window.location.assign(url); return; }
      document.querySelectorAll(".queue-ticket, [data-back]").forEach(function (e) { e.hidden = true; });
      offline.hidden = false;
      going = false;
      window.setTimeout(goBack, 5000);
    });
  }
  document.querySelector("[data-done]").addEventListener("click", function (event) { event.preventDefault(); goBack(); });
  window.setTimeout(goBack, (parseFloat(back.dataset.backAfter) || 20) * 1000);
})();
