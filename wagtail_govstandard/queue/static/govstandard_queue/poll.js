// A fetch that gives up. A request the network leaves hanging (a TV whose Wi-Fi dropped, a proxy
// that never answers) would never settle: the board and the status page would stop updating
// without saying they had lost their connection. A poll not answered, body included, within twice
// its interval (at least 5 s) is aborted, so it fails like a refused one and the next poll follows.
window.govQueueFetch = function (url, options, every) {
  "use strict";
  var controller = new AbortController();
  window.setTimeout(function () { controller.abort(); }, Math.max(5000, 2 * every));  // a no-op once read
  options.signal = controller.signal;
  return fetch(url, options);
};

// Whether the server answers `url` now (a HEAD request): a kiosk navigates only then, so it never
// strands itself on the browser's error page with nobody there to reload it.
window.govQueueReachable = function (url) {
  "use strict";
  return window.govQueueFetch(url, {method: "HEAD", cache: "no-store", credentials: "same-origin"}, 0)
    .then(function (r) { return r.ok; }, function () { return false; });
};
