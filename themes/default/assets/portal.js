// aimsdoc portal: sortable tables and the search box. No network: the search index is a
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

  // ---- Search ----------------------------------------------------------------------------
  var input = document.getElementById("aimsdoc-search");
  var panel = document.getElementById("aimsdoc-search-results");
  if (!input || !panel) return;
  var loading = false, pending = [];
  var KIND = 0, ID = 1, TITLE = 2, URL = 3, WORDS = 4;

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

  function score(entry, terms) {
    var id = entry[ID].toLowerCase(), title = entry[TITLE].toLowerCase();
    var words = " " + entry[WORDS] + " ";
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], s = 0;
      if (id === t) s = 100;
      else if (id.indexOf(t) === 0) s = 60;
      else if (id.indexOf(t) >= 0) s = 40;
      else if (title.indexOf(t) >= 0) s = 25;
      else if (words.indexOf(" " + t) >= 0) s = 8;
      if (!s) return 0;
      total += s;
    }
    return total;
  }

  function search(index, query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], terms);
      if (s) hits.push({ entry: index[i], score: s, order: i });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits.slice(0, 25);
  }

  function render(hits, query) {
    panel.textContent = "";
    if (!query.trim()) { panel.hidden = true; return; }
    if (!hits.length) {
      var none = document.createElement("p");
      none.className = "none";
      none.textContent = "Nothing matches \u201c" + query + "\u201d.";
      panel.appendChild(none);
    } else {
      var list = document.createElement("ol");
      hits.forEach(function (hit, n) {
        var e = hit.entry, li = document.createElement("li"), a = document.createElement("a");
        a.href = root + e[URL];
        if (n === 0) a.className = "active";
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
    panel.hidden = false;
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
    else if (event.key === "Escape") { panel.hidden = true; input.blur(); }
    else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && links.length) {
      event.preventDefault();
      if (active) active.classList.remove("active");
      var next = links[(at + (event.key === "ArrowDown" ? 1 : links.length - 1)) % links.length];
      next.classList.add("active");
      next.scrollIntoView({ block: "nearest" });
    }
  });
  document.addEventListener("click", function (event) {
    if (!panel.contains(event.target) && event.target !== input) panel.hidden = true;
  });
})();
