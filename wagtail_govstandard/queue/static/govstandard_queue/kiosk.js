// The kiosk's start screen leaves only when the server answers: "Print my ticket" and the language
// switch (its links, or its form on a Site in Thai only) would otherwise lead into the browser's
// error page, which stays on the kiosk until someone reloads it. While the server cannot be
// reached a notice sends the patient to the registration counter; it goes once the server answers.
(function () {
  "use strict";
  var offline = document.querySelector("[data-offline]"), checking = false;

  function whenReachable(go) {
    if (checking) { return; }
    checking = true;
    govQueueReachable(window.location.href).then(function (up) {
      checking = false;
      offline.hidden = up;
      if (up) { go(); return; }
      window.setTimeout(function () { whenReachable(function () {}); }, 5000);
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target, submitter = event.submitter;
    if (form.dataset.reachable) { delete form.dataset.reachable; return; }  // checked just now: let it go
    event.preventDefault();
    whenReachable(function () { form.dataset.reachable = "1"; form.requestSubmit(submitter); });
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[href]");
    if (!link || event.defaultPrevented || link.target) { return; }
    event.preventDefault();
    whenReachable(function () { window.location.assign(link.href); });
  });
})();
