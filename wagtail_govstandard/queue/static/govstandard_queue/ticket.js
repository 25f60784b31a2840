// The kiosk's ticket: print it once on arrival (the kiosk's browser prints silently to the 80 mm
// printer when started with --kiosk-printing), and again on request.
(function () {
  "use strict";
  var again = document.querySelector("[data-print]");
  if (again) { again.addEventListener("click", function () { window.print(); }); }
  if (document.querySelector(".queue-ticket")) { window.setTimeout(function () { window.print(); }, 300); }

  // The kiosk goes back to its start screen by itself, and at once with "Done" (a plain link
  // without script). Only when the server answers: a kiosk sent to an unreachable start screen
  // would show the browser's error page until someone reloads it. Meanwhile the last patient's
  // ticket gives way to a notice, and the kiosk tries again every 5 s.
  var back = document.querySelector("[data-back]");
  if (!back) { return; }
  var url = back.dataset.back, offline = document.querySelector("[data-offline]"), going = false;

  function goBack() {
    if (going) { return; }
    going = true;
    govQueueFetch(url, {method: "HEAD", cache: "no-store", credentials: "same-origin"}, 2500).then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      window.location.assign(url);
    }).catch(function () {
      document.querySelectorAll(".queue-ticket, [data-back]").forEach(function (e) { e.hidden = true; });
      offline.hidden = false;
      going = false;
      window.setTimeout(goBack, 5000);
    });
  }
  document.querySelector("[data-done]").addEventListener("click", function (event) { event.preventDefault(); goBack(); });
  window.setTimeout(goBack, (parseFloat(back.dataset.backAfter) || 20) * 1000);
})();
