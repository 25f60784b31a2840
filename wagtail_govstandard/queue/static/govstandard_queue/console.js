// The staff console (and its index of service points) keeps its lists current: it polls its own
// lists with If-None-Match (304 while the Site's queue is unchanged) and swaps them in. Never under
// the nurse's hand: while focus is in the lists (choosing where to send a patient, a button reached
// by keyboard) the swap waits.
(function () {
  "use strict";
  var live = document.querySelector("[data-console-live]");
  if (!live) { return; }
  var url = live.dataset.consoleLive, every = (parseFloat(live.dataset.poll) || 3) * 1000, etag = live.dataset.etag || "";
  var count = document.querySelector("[data-waiting-count]"), lost = document.querySelector("[data-console-lost]");

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-console-live]");
    if (!fresh) { window.location.reload(); return; }  // signed out: the login page answered
    live.innerHTML = fresh.innerHTML;
    if (count && count.textContent !== fresh.dataset.waitingText) { count.textContent = fresh.dataset.waitingText; }
  }

  function poll() {
    if (live.contains(document.activeElement)) { window.setTimeout(poll, every); return; }
    var headers = {};
    if (etag) { headers["If-None-Match"] = etag; }
    govQueueFetch(url, {headers: headers, cache: "no-store", credentials: "same-origin"}, every).then(function (response) {
      if (response.status === 304) { return null; }
      if (!response.ok) { throw new Error(response.status); }
      var tag = response.headers.get("ETag") || "";
      return response.text().then(function (html) {
        if (live.contains(document.activeElement)) { return; }  // focus came in while it loaded: next time
        etag = tag;
        swap(html);
      });
    }).then(function () { lost.hidden = true; }, function () { lost.hidden = false; })
      .then(function () { window.setTimeout(poll, every); });
  }
  window.setTimeout(poll, every);
})();
