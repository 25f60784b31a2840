// The kiosk's start screen posts "Print my ticket" only when the server answers: otherwise the
// browser's error page would stay on the kiosk until someone reloads it. While it cannot be reached
// a notice sends the patient to the registration counter, and goes once the server answers again.
(function () {
  "use strict";
  var form = document.querySelector(".queue-kiosk-form");
  if (!form) { return; }
  var offline = document.querySelector("[data-offline]"), checking = false;

  function check(thenPost) {
    checking = true;
    govQueueReachable(window.location.href).then(function (up) {
      checking = false;
      offline.hidden = up;
      if (up && thenPost) { form.submit(); }
      if (!up) { window.setTimeout(function () { if (!checking) { check(false); } }, 5000); }
    });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!checking) { check(true); }
  });
})();
