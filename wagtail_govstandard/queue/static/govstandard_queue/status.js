// The patient's status page: polls its JSON twin and, when anything changed, reloads the figures
// from the page itself (texts stay translated by the server). Without JavaScript a meta refresh does it.
(function () {
  "use strict";
  var facts = document.querySelector("[data-status-url]");
  if (!facts) { return; }
  var url = facts.dataset.statusUrl, every = (parseFloat(facts.dataset.poll) || 10) * 1000, last = null;
  var lost = document.querySelector(".queue-lost");

  function signature(s) { return [s.state, s.ahead, s.counter, s.now_called.join(","), s.estimated_wait_minutes].join("|"); }

  function refreshFromPage() {
    return govQueueFetch(window.location.href, {cache: "no-store", credentials: "same-origin"}, every).then(function (r) { return r.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-status-url]");
        if (fresh) { facts.innerHTML = fresh.innerHTML; }
      });
  }

  function poll() {
    govQueueFetch(url, {cache: "no-store", credentials: "omit", headers: {"Accept": "application/json"}}, every).then(function (r) {
      if (r.status === 404) { window.location.reload(); return null; }
      if (!r.ok) { throw new Error(r.status); }
      return r.json();
    }).then(function (s) {
      if (!s) { return null; }
      lost.hidden = true;
      var now = signature(s);
      var changed = last !== null && now !== last;
      last = now;
      return changed ? refreshFromPage() : null;
    }).catch(function () { lost.hidden = false; }).then(function () { window.setTimeout(poll, every); });
  }
  window.setTimeout(poll, 1000);
})();
