(function () {
  "use strict";
  // Filter the findings by kind, severity and rule, and search their text. Reads the page only: it sends, stores
  // and loads nothing. Without it every finding is shown and the form stays hidden.
  var form = document.getElementById("filter");
  if (!form || !document.querySelectorAll) { return; }
  var findings = Array.prototype.slice.call(document.querySelectorAll("section.case div.finding"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.case"));
  var count = document.getElementById("filter-count");
  var owners = findings.map(function (f) {
    var node = f.parentNode;
    while (node && node.tagName !== "SECTION") { node = node.parentNode; }
    return node;
  });
  var texts = null;
  var timer = null;

  function norm(text) { return (text || "").toLowerCase().replace(/\s+/g, " "); }

  function apply() {
    var code = form.elements.code.value, severity = form.elements.severity.value, rule = form.elements.rule.value;
    var phrase = norm(form.elements.q.value).trim();
    if (texts === null && phrase) {
      texts = findings.map(function (f, i) {
        var heading = owners[i] ? owners[i].querySelector("h3") : null;
        return norm((heading ? heading.textContent : "") + " " + f.textContent);
      });
    }
    var shown = 0, open = new Set();
    findings.forEach(function (f, i) {
      var ok = (!code || f.getAttribute("data-code") === code) &&
               (!severity || f.getAttribute("data-severity") === severity) &&
               (!rule || f.getAttribute("data-rule") === rule) &&
               (!phrase || texts[i].indexOf(phrase) >= 0);
      if (f.hidden === ok) { f.hidden = !ok; }     // touch only what changes: thousands of findings
      if (ok) { shown += 1; open.add(owners[i]); }
    });
    sections.forEach(function (s) {
      var hide = !open.has(s);
      if (s.hidden !== hide) { s.hidden = hide; }
    });
    var filtered = code || severity || rule || phrase;
    count.textContent = filtered ? "显示 " + shown + " / " + findings.length + " 项" : "共 " + findings.length + " 项";
  }

  function later() {
    if (timer !== null) { clearTimeout(timer); }
    timer = setTimeout(apply, 150);
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  form.addEventListener("change", apply);
  form.addEventListener("input", later);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.hidden = false;
  apply();
}());
