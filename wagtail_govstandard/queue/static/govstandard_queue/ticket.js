// The kiosk's ticket: print it once on arrival (the kiosk's browser prints silently to the 80 mm
// printer when started with --kiosk-printing), and again on request.
(function () {
  "use strict";
  var again = document.querySelector("[data-print]");
  if (again) { again.addEventListener("click", function () { window.print(); }); }
  if (document.querySelector(".queue-ticket")) { window.setTimeout(function () { window.print(); }, 300); }
  // A kiosk goes back to its start screen by itself (the "Done" link does it at once, and without script).
  var back = document.querySelector("[data-back]");
  if (back) { window.setTimeout(function () { window.location.assign(back.dataset.back); }, 20000); }
})();
