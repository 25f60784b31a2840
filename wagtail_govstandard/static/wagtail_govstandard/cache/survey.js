/* The footer survey without a CSRF cookie, so the page stays cacheable: the answers go as JSON to
   POST /api/v3/govstandard/surveys/<slug>/responses/. Without JavaScript the same form posts to
   /govstandard/surveys/<slug>/respond/ (uncached, same-origin checked) and gets a thank-you page. */
(function () {
  "use strict";
  function data(form) {
    var answers = {}, out = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || ((el.type === "radio" || el.type === "checkbox") && !el.checked)) { return; }
      if (el.name.indexOf("q-") === 0) { answers[el.name.slice(2)] = parseInt(el.value, 10); }
      else if (["comment", "respondent_type", "name", "contact", "website"].indexOf(el.name) >= 0) { out[el.name] = el.value; }
      else if (el.name === "consent") { out.consent = true; }
    });
    form.querySelectorAll("fieldset.govstandard-question input[type=radio]").forEach(function (el) {
      var key = el.name.slice(2);
      if (!(key in answers)) { answers[key] = null; }
    });
    out.answers = answers;
    return out;
  }
  function show(form, role, lines) {
    var box = form.querySelector(".govstandard-survey-live");
    if (!box) {
      box = document.createElement("div");
      box.className = "govstandard-survey-live";
      box.tabIndex = -1;
      form.insertBefore(box, form.firstChild);
    }
    box.setAttribute("role", role);
    box.textContent = "";
    var list = document.createElement("ul");
    lines.forEach(function (line) { var li = document.createElement("li"); li.textContent = line; list.appendChild(li); });
    box.appendChild(list);
    box.focus();
  }
  document.querySelectorAll("form[data-survey-api]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.fetch) { return; }
      event.preventDefault();
      fetch(form.getAttribute("data-survey-api"), {
        method: "POST", credentials: "omit", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(data(form))
      }).then(function (response) {
        if (response.status === 201) {
          var section = form.parentNode, note = document.createElement("p");
          note.setAttribute("role", "status");
          note.className = "govstandard-survey-message";
          note.textContent = form.getAttribute("data-thanks");
          section.replaceChild(note, form);
          return null;
        }
        return response.json().then(function (problem) {
          var lines = (problem.errors || []).map(function (e) { return e.msg; });
          show(form, "alert", lines.length ? lines : [problem.detail || form.getAttribute("data-failed")]);
        });
      }).catch(function () { show(form, "alert", [form.getAttribute("data-failed")]); });
    });
  });
})();
