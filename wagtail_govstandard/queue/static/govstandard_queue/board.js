// The display board: polls its state with If-None-Match (304 while nothing changed), updates the
// numbers, flashes a newly called one and announces it: a chime, then "เชิญหมายเลข A 0 1 2 ที่ช่อง 3"
// from the audio files shipped with the package (works offline).
(function () {
  "use strict";
  var grid = document.querySelector("[data-board-url]");
  if (!grid) { return; }
  var url = grid.dataset.boardUrl, etag = grid.dataset.etag, every = (parseFloat(grid.dataset.poll) || 1) * 1000;
  var audioBase = grid.dataset.audio, announce = grid.dataset.announce === "1";
  var lost = document.querySelector(".queue-lost"), announcer = document.querySelector("[data-announcer]");
  var seen = {}, queue = [], playing = false, soundAllowed = true;

  function key(point, line) { return point.code + "-" + line.counter; }

  function remember(state) {
    state.points.forEach(function (point) {
      point.counters.forEach(function (line) { seen[key(point, line)] = (line.now || "") + "@" + (line.called_at || ""); });
    });
  }

  function clips(number, counter) {
    var list = ["chime", "call"];
    number.split("").forEach(function (ch) { list.push(/[0-9]/.test(ch) ? "digit-" + ch : "letter-" + ch.toLowerCase()); });
    list.push("at-counter");
    String(counter).split("").forEach(function (ch) { list.push("digit-" + ch); });
    return list;
  }

  function playNext() {
    if (!queue.length) { playing = false; return; }
    playing = true;
    var audio = new Audio(audioBase + queue.shift() + ".ogg");
    audio.onended = playNext;
    audio.onerror = playNext;
    var started = audio.play();
    if (started && started.catch) {
      started.catch(function () { soundAllowed = false; queue = []; playing = false; showSoundButton(); });
    }
  }

  function say(number, counter) {
    if (announcer) { announcer.textContent = number + " → " + counter; }
    if (!announce || !soundAllowed) { return; }
    queue = queue.concat(clips(number, counter));
    if (!playing) { playNext(); }
  }

  function showSoundButton() {
    var button = document.querySelector("[data-sound-on]");
    if (button) { button.hidden = false; }
  }

  function update(state) {
    var changedLayout = false;
    state.points.forEach(function (point) {
      var waiting = document.querySelector('[data-waiting="' + point.code + '"]');
      if (waiting) { waiting.textContent = point.waiting; }
      point.counters.forEach(function (line) {
        var row = document.querySelector('[data-counter="' + key(point, line) + '"]');
        if (!row) { changedLayout = true; return; }
        row.querySelector("[data-now]").textContent = line.now || "—";
        row.querySelector("[data-recent]").textContent = line.recent.join(" ");
        var mark = (line.now || "") + "@" + (line.called_at || "");
        if (line.now && seen[key(point, line)] !== mark) {
          row.classList.remove("queue-flash");
          void row.offsetWidth;  // restart the animation
          row.classList.add("queue-flash");
          say(line.now, line.counter);
        }
      });
    });
    if (changedLayout) { window.location.reload(); return; }
    remember(state);
  }

  function poll() {
    var headers = {"Accept": "application/json"};
    if (etag) { headers["If-None-Match"] = etag; }
    govQueueFetch(url, {headers: headers, cache: "no-store", credentials: "omit"}, every).then(function (response) {
      lost.hidden = true;
      if (response.status === 304) { return null; }
      if (!response.ok) { throw new Error(response.status); }
      etag = response.headers.get("ETag") || "";
      return response.json();
    }).then(function (state) { if (state) { update(state); } })
      .catch(function () { lost.hidden = false; })
      .then(function () { window.setTimeout(poll, every); });
  }

  document.querySelectorAll("[data-counter]").forEach(function (row) {
    seen[row.dataset.counter] = null;
  });
  var button = document.querySelector("[data-sound-on]");
  if (button) {
    button.hidden = true;
    button.addEventListener("click", function () {
      soundAllowed = true; button.hidden = true; queue = ["chime"]; playNext();  // a gesture unlocks audio
    });
  }
  // What the page was rendered with counts as seen: only later calls are announced.
  govQueueFetch(url, {cache: "no-store", credentials: "omit"}, every).then(function (r) { etag = r.headers.get("ETag") || etag; return r.json(); })
    .then(function (state) { remember(state); }).catch(function () { lost.hidden = false; })
    .then(function () { window.setTimeout(poll, every); });
})();
