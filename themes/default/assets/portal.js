// aimsdoc portal: sortable and filterable tables and the search box. No network: the search index is
// scripts (search-index.js, then the shards a query needs) loaded on use, so it also works from file://.
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
  var KIND = 0, ID = 1, TITLE = 2, URL = 3;
  var SHOWN = 25;  // results shown

  // The index is scripts: a manifest, then the shards a query needs, each run once (format
  // in src/render/portal/search_index.hpp). `then` runs once all of `paths` ran or failed.
  var scripts = {};  // path: the callbacks waiting for it, then true
  function load(paths, then) {
    var waiting = 1;
    function one() { if (--waiting === 0) then(); }
    paths.forEach(function (path) {
      if (scripts[path] === true) return;
      waiting++;
      if (scripts[path]) { scripts[path].push(one); return; }
      scripts[path] = [one];
      var script = document.createElement("script");
      script.src = root + path;
      script.onload = script.onerror = function () {
        var waiters = scripts[path];
        scripts[path] = true;
        waiters.forEach(function (cb) { cb(); });
      };
      document.head.appendChild(script);
    });
    one();
  }
  function shard(path) { return (window.AIMSDOC_SEARCH_SHARDS || {})[path]; }
  function withManifest(then) {
    load(["assets/search-index.js"], function () {
      then(window.AIMSDOC_SEARCH_MANIFEST || { entries: 0, partChars: 0, keys: [], entryShards: [] });
    });
  }

  // Shards are sorted by code point (UTF-8 bytes), which is not JavaScript's order.
  function compare(a, b) {
    for (var i = 0; i < a.length && i < b.length;) {
      var x = a.codePointAt(i), y = b.codePointAt(i);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xffff ? 2 : 1;
    }
    return a.length - b.length;
  }
  // The last of `shards` ([first, path], sorted) whose first is at most `value`, or -1.
  function shardAt(shards, value, cmp) {
    var lo = 0, hi = shards.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (cmp(shards[mid][0], value) <= 0) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }
  // The key shards that can hold a key starting with `prefix`: from the one it falls in,
  // through those whose first key starts with it.
  function keyShards(manifest, prefix) {
    var shards = manifest.keys, i = Math.max(shardAt(shards, prefix, compare), 0), out = [];
    if (!shards.length) return out;
    out.push(shards[i][1]);
    while (++i < shards.length && shards[i][0].lastIndexOf(prefix, 0) === 0) out.push(shards[i][1]);
    return out;
  }

  // As search_fold: ASCII as it is (the term is lower-cased), any other character "~".
  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) i++;  // a pair is one character
      out += c < 128 ? text.charAt(i) : "~";
    }
    return out;
  }
  // What a term is looked up by: the shards to read, in them the keys of a class whose
  // text starts with `text` (`exactOnly`: is it), the least score that class of key
  // stands for (score() below), and `exact` for a key equal to the text (an equal id
  // scores 100). A term with a union shard (search_index.hpp) is read there, and an id
  // equal to it in the one key shard it falls in.
  function lookups(manifest, term) {
    var f = fold(term), part = f.slice(0, manifest.partChars), unions = manifest.unions || {};
    function read(text, kind, value, exact, paths, exactOnly) {
      return { text: text, kind: kind, value: value, exact: exact, exactOnly: exactOnly,
        paths: paths || keyShards(manifest, text) };
    }
    if (Object.prototype.hasOwnProperty.call(unions, term)) {
      var u = [unions[term]], at = manifest.keys[Math.max(shardAt(manifest.keys, term + "i", compare), 0)];
      return [read(term, "w", 8, 8, u), read(term, "t", 25, 25, u), read(term, "c", 40, 40, u),
        read(term, "i", 60, 60, u), read(term, "i", 100, 100, at ? [at[1]] : [], true)];
    }
    return [read(term, "w", 8, 8), read(part, "t", 25, 25), read(part, "c", 40, 40),
      read(f, "i", 60, 100)];
  }

  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var VALUE = {};
  for (var a = 0; a < ALPHABET.length; a++) VALUE[ALPHABET.charAt(a)] = a;

  // Raises to `value` in `marks` the entries of one encoded list.
  function decode(code, marks, value) {
    var i, v, bit, e;
    if (code.charAt(0) === "~") {
      for (i = 1; i < code.length; i++) {
        v = VALUE[code.charAt(i)];
        for (bit = 0; bit < 6; bit++) {
          e = (i - 1) * 6 + bit;
          if (v & (1 << bit) && marks[e] < value) marks[e] = value;
        }
      }
      return;
    }
    var entry = -1, gap = 0;
    for (i = 0; i < code.length; i++) {
      v = VALUE[code.charAt(i)];
      gap = gap * 32 + (v & 31);
      if (v < 32) { entry += gap; if (marks[entry] < value) marks[entry] = value; gap = 0; }
    }
  }

  // Per term, by entry number: `words` 1 where a word starts with it; `bound` the most the
  // entry can score for it (0: it cannot match). The term's shards are loaded.
  var termMarks = {}, remembered = 0;
  function marksOf(manifest, term, reads) {
    if (termMarks[term]) return termMarks[term];
    if (++remembered > 64) { termMarks = {}; remembered = 1; }
    var words = new Uint8Array(manifest.entries), bound = new Uint8Array(manifest.entries);
    reads.forEach(function (r) {
      var marks = r.kind === "w" ? words : bound;
      r.paths.forEach(function (path) {
        var keys = shard(path) || { keys: [], lists: [] };
        for (var k = 0; k < keys.keys.length; k++) {
          var key = keys.keys[k], text = key.slice(0, -1);
          if (key.charAt(key.length - 1) !== r.kind || text.lastIndexOf(r.text, 0) !== 0) continue;
          if (text === r.text) decode(keys.lists[k], marks, r.exact);
          else if (!r.exactOnly) decode(keys.lists[k], marks, r.value);
        }
      });
    });
    for (var n = 0; n < bound.length; n++) if (words[n] && !bound[n]) bound[n] = 8;
    return (termMarks[term] = { words: words, bound: bound });
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

  function entryShard(manifest, n) {
    var at = shardAt(manifest.entryShards, n, function (a, b) { return a - b; });
    return at < 0 ? null : manifest.entryShards[at];
  }
  function ahead(a, b) { return b.score - a.score || a.order - b.order; }

  // The SHOWN best entries, best first, as scoring every entry would give. Candidates are
  // taken by their bound, best first; each is scored on its real id and title once its
  // entry shard is loaded, until the SHOWN-th found beats the next candidate's bound.
  function rank(manifest, terms, marks, then) {
    var hits = marks.map(function (m) { return m.words; }), candidates = [];
    for (var n = 0; n < manifest.entries; n++) {
      var total = 0;
      for (var i = 0; i < terms.length && (i === 0 || total); i++)
        total = marks[i].bound[n] ? total + marks[i].bound[n] : 0;
      if (total) candidates.push({ score: total, order: n });
    }
    candidates.sort(ahead);
    var found = [], next = 0;
    function step() {
      for (; next < candidates.length; next++) {
        var c = candidates[next];
        if (found.length >= SHOWN && ahead(found[SHOWN - 1], c) < 0) break;
        var at = entryShard(manifest, c.order), rows = at && shard(at[1]);
        if (at && !rows && scripts[at[1]] !== true) {
          var paths = candidates.slice(next, next + SHOWN).map(function (d) {
            var s = entryShard(manifest, d.order);
            return s ? s[1] : null;
          }).filter(Boolean);
          return load(paths, step);
        }
        var entry = rows && rows[c.order - at[0]], s = entry ? score(entry, c.order, terms, hits) : 0;
        if (!s) continue;
        found.push({ entry: entry, score: s, order: c.order });
        found.sort(ahead);
        if (found.length > SHOWN) found.pop();
      }
      then(found);
    }
    step();
  }

  function search(query, then) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) return then([]);
    withManifest(function (manifest) {
      var reads = terms.map(function (t) { return lookups(manifest, t); }), paths = [];
      reads.forEach(function (rs) { rs.forEach(function (r) { paths = paths.concat(r.paths); }); });
      load(paths, function () {
        rank(manifest, terms, terms.map(function (t, i) { return marksOf(manifest, t, reads[i]); }), then);
      });
    });
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
    search(query, function (hits) { if (input.value === query) render(hits, query); });
  }

  input.addEventListener("focus", function () { withManifest(function () {}); });
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
