// aimsdoc portal: sortable and filterable tables and the search box. No network: the search index is a
// script (search-index.js) loaded on first use, so it also works from file://.
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";

  // ---- Sortable tables -----------------------------------------------------------------
  function cellKey(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    return cell.getAttribute("data-sort") || cell.textContent.trim().toLowerCase();
  }

  function sortTable(table, index, numeric, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellKey(a, index), y = cellKey(b, index);
      var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0)
                      : x < y ? -1 : x > y ? 1 : 0;
      return descending ? -c : c;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function makeSortable(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, index) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        sortTable(table, index, th.getAttribute("data-type") === "number", descending);
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);

  // ---- Navigation on a phone: folded behind the Menu button -------------------------------
  var toggle = document.querySelector(".nav-toggle");
  if (toggle) {
    document.documentElement.classList.add("js-nav");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      toggle.closest(".sidebar").classList.toggle("nav-open", open);
    });
  }

  // ---- Copy buttons (an evidence item's SHA-256) -------------------------------------------
  // The value stays selectable text; the button exists only where script runs. The
  // clipboard API may be refused (file://, no focus): the text is then selected and copied
  // the old way, and if that fails too the status asks the reader to copy it. The words
  // come from the button's data-copied and data-failed attributes (the template's).
  function copyText(target, done) {
    var range = document.createRange();
    range.selectNodeContents(target);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    done(copied);
  }

  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy-target]"), function (button) {
    var target = document.getElementById(button.getAttribute("data-copy-target"));
    var status = button.parentNode.querySelector(".copy-status");
    if (!target) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      function done(ok) {
        if (status) status.textContent = button.getAttribute(ok ? "data-copied" : "data-failed") || "";
      }
      var text = target.textContent.trim();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { done(true); },
                                                 function () { copyText(target, done); });
      } else {
        copyText(target, done);
      }
    });
  });

  // ---- Filterable tables -------------------------------------------------------------------
  // Above each sortable table: a text filter over all cells, and a choice list for each
  // column with a few repeated values (status, health, owner, freshness). The table itself
  // is complete without script; the controls exist only where script runs.
  var MAX_CHOICES = 12;

  function cellText(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function columnChoices(rows, index) {
    var seen = {}, values = [];
    rows.forEach(function (row) {
      var v = cellText(row, index);
      if (v && !seen[v]) { seen[v] = true; values.push(v); }
    });
    values.sort();
    return values.length >= 2 && values.length <= MAX_CHOICES && values.length < rows.length
      ? values : null;
  }

  function element(tag, props) {
    var e = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) { e.setAttribute(k, props[k]); });
    return e;
  }

  // A control and its label (for=id: the name is the label's text alone).
  function labelled(control, text) {
    var span = element("span"), label = element("label", { "for": control.id });
    label.textContent = text + " ";
    span.appendChild(label);
    span.appendChild(control);
    return span;
  }

  function makeFilterable(table, n) {
    var body = table.tBodies[0], heads = table.tHead ? table.tHead.rows[0].cells : [];
    if (!body || body.rows.length < 2) return;
    var rows = Array.prototype.slice.call(body.rows);
    var bar = element("div", { "class": "table-filter" });
    var text = element("input", { type: "search", id: "table-filter-" + n, autocomplete: "off" });
    bar.appendChild(labelled(text, "Filter rows"));
    var selects = [];
    Array.prototype.forEach.call(heads, function (th, index) {
      var values = columnChoices(rows, index);
      if (!values) return;
      var select = element("select", { "data-column": index, id: "table-filter-" + n + "-" + index });
      select.appendChild(element("option", { value: "" })).textContent = "All";
      values.forEach(function (v) { select.appendChild(element("option", { value: v })).textContent = v; });
      bar.appendChild(labelled(select, th.textContent.trim()));
      selects.push(select);
    });
    var count = element("span", { "class": "table-filter-count", role: "status", "aria-live": "polite" });
    bar.appendChild(count);
    function apply() {
      var words = text.value.toLowerCase().split(/\s+/).filter(Boolean), shown = 0;
      rows.forEach(function (row) {
        var all = row.textContent.toLowerCase();
        var keep = words.every(function (w) { return all.indexOf(w) >= 0; }) &&
          selects.every(function (s) {
            return !s.value || cellText(row, +s.getAttribute("data-column")) === s.value;
          });
        row.hidden = !keep;
        if (keep) shown++;
      });
      count.textContent = shown + " of " + rows.length + " rows";
    }
    text.addEventListener("input", apply);
    selects.forEach(function (s) { s.addEventListener("change", apply); });
    table.parentNode.insertBefore(bar, table);
    apply();
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeFilterable);

  // ---- Search ----------------------------------------------------------------------------
  var input = document.getElementById("aimsdoc-search");
  var panel = document.getElementById("aimsdoc-search-results");
  var status = document.getElementById("aimsdoc-search-count");
  if (!input || !panel) return;
  var loading = false, pending = [];
  var KIND = 0, ID = 1, TITLE = 2, URL = 3;

  // The index: AIMSDOC_SEARCH_INDEX lists the entries, AIMSDOC_SEARCH_WORDS the words
  // with the entries that hold each (encoding in src/render/portal/search_index.hpp).
  function withIndex(callback) {
    if (window.AIMSDOC_SEARCH_INDEX) return callback(window.AIMSDOC_SEARCH_INDEX);
    pending.push(callback);
    if (loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = root + "assets/search-index.js";
    script.onload = function () {
      var index = window.AIMSDOC_SEARCH_INDEX || [];
      pending.splice(0).forEach(function (cb) { cb(index); });
    };
    document.head.appendChild(script);
  }

  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var VALUE = {};
  for (var a = 0; a < ALPHABET.length; a++) VALUE[ALPHABET.charAt(a)] = a;

  // Marks in `marks` the entries of one encoded list.
  function decode(code, marks) {
    var i, v, bit;
    if (code.charAt(0) === "~") {
      for (i = 1; i < code.length; i++) {
        v = VALUE[code.charAt(i)];
        for (bit = 0; bit < 6; bit++) if (v & (1 << bit)) marks[(i - 1) * 6 + bit] = 1;
      }
      return;
    }
    var entry = -1, gap = 0;
    for (i = 0; i < code.length; i++) {
      v = VALUE[code.charAt(i)];
      gap = gap * 32 + (v & 31);
      if (v < 32) { entry += gap; marks[entry] = 1; gap = 0; }
    }
  }

  // Entries holding a word that starts with `term` (1 = yes), by entry number.
  var wordHits = {}, remembered = 0;
  function entriesWithWord(term, count) {
    if (wordHits[term]) return wordHits[term];
    if (++remembered > 64) { wordHits = {}; remembered = 1; }
    var marks = new Uint8Array(count);
    var table = window.AIMSDOC_SEARCH_WORDS || { words: [], entries: [] };
    for (var k = 0; k < table.words.length; k++)
      if (table.words[k].lastIndexOf(term, 0) === 0) decode(table.entries[k], marks);
    wordHits[term] = marks;
    return marks;
  }

  function score(entry, n, terms, hits) {
    var id = entry[ID].toLowerCase(), title = entry[TITLE].toLowerCase();
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], s = 0;
      if (id === t) s = 100;
      else if (id.indexOf(t) === 0) s = 60;
      else if (id.indexOf(t) >= 0) s = 40;
      else if (title.indexOf(t) >= 0) s = 25;
      else if (hits[i][n]) s = 8;
      if (!s) return 0;
      total += s;
    }
    return total;
  }

  function search(index, query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    var hits = terms.map(function (t) { return entriesWithWord(t, index.length); });
    var found = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], i, terms, hits);
      if (s) found.push({ entry: index[i], score: s, order: i });
    }
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return found.slice(0, 25);
  }

  // The input is an ARIA combobox: the results are its listbox, the highlighted one its
  // active descendant, and the number found is announced.
  function show(open) {
    panel.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    if (!open) input.removeAttribute("aria-activedescendant");
  }

  function activate(link) {
    var old = panel.querySelector("a.active");
    if (old) { old.classList.remove("active"); old.setAttribute("aria-selected", "false"); }
    if (!link) return;
    link.classList.add("active");
    link.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", link.id);
  }

  function render(hits, query) {
    panel.textContent = "";
    if (status) status.textContent = query.trim() ? hits.length + (hits.length === 1 ? " result" : " results") : "";
    if (!query.trim()) { show(false); return; }
    if (!hits.length) {
      var none = document.createElement("p");
      none.className = "none";
      none.textContent = "Nothing matches \u201c" + query + "\u201d.";
      panel.appendChild(none);
    } else {
      var list = document.createElement("ol");
      list.setAttribute("role", "listbox");
      list.setAttribute("aria-label", "Search results");
      hits.forEach(function (hit, n) {
        var e = hit.entry, li = document.createElement("li"), a = document.createElement("a");
        li.setAttribute("role", "none");
        a.href = root + e[URL];
        a.id = "aimsdoc-search-option-" + n;
        a.setAttribute("role", "option");
        a.setAttribute("aria-selected", "false");
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = e[KIND];
        var id = document.createElement("span");
        id.className = "id";
        id.textContent = e[ID];
        a.appendChild(kind);
        a.appendChild(id);
        a.appendChild(document.createTextNode(" " + e[TITLE]));
        li.appendChild(a);
        list.appendChild(li);
      });
      panel.appendChild(list);
    }
    show(true);
    activate(panel.querySelector("a"));
  }

  function update() {
    var query = input.value;
    withIndex(function (index) { if (input.value === query) render(search(index, query), query); });
  }

  input.addEventListener("focus", function () { withIndex(function () {}); });
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    var links = panel.querySelectorAll("a");
    var active = panel.querySelector("a.active");
    var at = Array.prototype.indexOf.call(links, active);
    if (event.key === "Enter" && active) { window.location.href = active.href; }
    else if (event.key === "Escape") { show(false); }
    else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && links.length) {
      event.preventDefault();
      var next = links[(at + (event.key === "ArrowDown" ? 1 : links.length - 1)) % links.length];
      activate(next);
      next.scrollIntoView({ block: "nearest" });
    }
  });
  document.addEventListener("click", function (event) {
    if (!panel.contains(event.target) && event.target !== input) show(false);
  });
})();
