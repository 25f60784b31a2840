/* Count this page view through the API, so a page served from a front cache is counted too
   (wagtail_govstandard/cache/beacon.py). One beacon per page load; nothing is stored in the browser. */
(function () {
  "use strict";
  var mark = document.querySelector(".govstandard-beacon");
  if (!mark) { return; }
  var body = JSON.stringify({ path: mark.getAttribute("data-path") });
  var url = mark.getAttribute("data-endpoint");
  var blob = new Blob([body], { type: "application/json" });
  if (navigator.sendBeacon && navigator.sendBeacon(url, blob)) { return; }
  if (window.fetch) {
    fetch(url, { method: "POST", body: body, keepalive: true, credentials: "omit",
                 headers: { "Content-Type": "application/json" } });
  }
})();
