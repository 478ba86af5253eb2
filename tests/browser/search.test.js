// Browser test of the search index in shards (src/render/portal/search_index.hpp), in
// headless Chromium over file://, on the example AIMS and on a generated corpus of
// CORPUS_POLICIES policies (bench/gen-corpus), whose index has many shards:
//  - for each of a list of queries (ids, id parts, title parts, body words, prefixes,
//    several words, nothing), the box shows exactly the results, in the order, that the
//    unsharded index gave: every entry scored against every word (the search of
//    portal.js before the shards, kept below as `scoreAll`, run on all shards loaded);
//  - one query loads the manifest and only some of the shards; a word with a union shard
//    (the corpus has some) loads it and at most one key shard, and finds what every shard
//    it stands for would (each union word is one of the queries).
// usage: node search.test.js AIMSDOC AIMS_ROOT
"use strict";
const assert = require("assert/strict");
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
const { openBrowser, runSteps } = require("./session");

const CORPUS_POLICIES = 1500;
const QUERIES = ["A.6.2.4", "a.6", "6.2", "pol-", "POL-MON-001", "olic", "policy", "risk",
  "risk assessment", "adverse impact ratio", "ai", "the", "a", "e", "likelihood", "managem",
  "data quality", "é", "zzzz-no-such-thing", "A.6.2.4 bias", "retention of", "pol-0007",
  "platform", "engine assistant", "document reader 1", "retraining"];

function build(aimsdoc, root, out) {
  execFileSync(aimsdoc, ["build", "--root", root, "--out", out, "--allow-gaps"], { stdio: ["ignore", "ignore", "pipe"] });
  return out;
}

function manifestOf(site) {
  const sandbox = { window: {} };
  require("vm").runInNewContext(fs.readFileSync(path.join(site, "assets/search-index.js"), "utf8"), sandbox);
  return sandbox.window.AIMSDOC_SEARCH_MANIFEST;
}

// The hrefs the box shows for `query`, once it shows them.
async function boxResults(page, query) {
  await page.fill("#aimsdoc-search", "");
  await page.fill("#aimsdoc-search", query);
  await page.locator("#aimsdoc-search-results").waitFor({ state: "visible", timeout: 10000 });
  return page.locator("#aimsdoc-search-results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
}

// In the page: loads every shard, then searches as portal.js did with one whole index.
async function scoreAll(page, queries) {
  return page.evaluate(async (queries) => {
    const root = document.body.getAttribute("data-root") || "";
    const m = window.AIMSDOC_SEARCH_MANIFEST;
    const paths = m.keys.map((k) => k[1]).concat(m.entryShards.map((e) => e[1]));
    await Promise.all(paths.map((p) => new Promise((done) => {
      const s = document.createElement("script");
      s.src = root + p;
      s.onload = s.onerror = done;
      document.head.appendChild(s);
    })));
    const shards = window.AIMSDOC_SEARCH_SHARDS;
    const index = m.entryShards.flatMap((e) => shards[e[1]]);
    const words = [], lists = [];
    for (const [, p] of m.keys)
      shards[p].keys.forEach((k, i) => { if (k.endsWith("w")) { words.push(k.slice(0, -1)); lists.push(shards[p].lists[i]); } });
    const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    function decode(code, marks) {
      if (code[0] === "~") {
        for (let i = 1; i < code.length; i++) {
          const v = ALPHABET.indexOf(code[i]);
          for (let bit = 0; bit < 6; bit++) if (v & (1 << bit)) marks[(i - 1) * 6 + bit] = 1;
        }
        return;
      }
      let entry = -1, gap = 0;
      for (const c of code) {
        const v = ALPHABET.indexOf(c);
        gap = gap * 32 + (v & 31);
        if (v < 32) { entry += gap; marks[entry] = 1; gap = 0; }
      }
    }
    function withWord(term) {
      const marks = new Uint8Array(index.length);
      words.forEach((w, k) => { if (w.lastIndexOf(term, 0) === 0) decode(lists[k], marks); });
      return marks;
    }
    // portal.js's score() as it was before the shards: the oracle, kept as it was.
    function score(entry, n, terms, hits) {
      const id = entry[1].toLowerCase(), title = entry[2].toLowerCase();
      let total = 0;
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i];
        let s = 0;
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
    return queries.map((query) => {
      const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
      const hits = terms.map(withWord), found = [];
      index.forEach((e, i) => { const s = score(e, i, terms, hits); if (s) found.push({ e, s, i }); });
      found.sort((a, b) => b.s - a.s || a.i - b.i);
      return found.slice(0, 25).map((f) => root + f.e[3]);
    });
  }, queries);
}

// The search shards (key, union, entry) a fresh page loads for one query.
async function shardsLoadedFor(page, site, word) {
  await page.goto(pathToFileURL(path.join(site, "policies.html")).href);
  const first = await boxResults(page, word);
  assert.ok(first.length > 0, `${word} finds something`);
  return page.evaluate(() =>
    [...document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src"))
      .filter((s) => /assets\/search-[keu]-/.test(s)));
}

async function sameAsWholeIndex(page, site, label, word, wantUnions) {
  const manifest = manifestOf(site);
  const shards = manifest.keys.length + manifest.entryShards.length;
  const unions = Object.keys(manifest.unions);
  const loaded = await shardsLoadedFor(page, site, word);
  console.log(`   ${label}: ${shards} shards, ${unions.length} unions; "${word}" loaded ${loaded.length}`);
  assert.ok(shards >= 8, `${label}: only ${shards} shards`);
  assert.ok(loaded.length > 0 && loaded.length < shards / 2, `${label}: one word loaded ${loaded.length} of ${shards} shards`);
  if (wantUnions) {
    assert.ok(unions.length > 0, `${label}: no union shard`);
    const keysRead = (await shardsLoadedFor(page, site, unions[0])).filter((s) => /search-[ku]-/.test(s));
    assert.ok(keysRead.some((s) => s.endsWith(manifest.unions[unions[0]])), `"${unions[0]}" read its union shard`);
    assert.ok(keysRead.length <= 2, `"${unions[0]}" read ${keysRead.length} key and union shards`);
  }
  const queries = QUERIES.concat(unions);
  const shown = [];
  for (const q of queries) shown.push(await boxResults(page, q));
  const expected = await scoreAll(page, queries);
  queries.forEach((q, i) => assert.deepEqual(shown[i], expected[i], `${label}: ${JSON.stringify(q)}`));
  console.log(`   ${label}: results per query ${expected.map((r) => r.length).join(" ")}`);
  assert.ok(expected.filter((r) => r.length > 0).length >= queries.length / 2, "most queries find things");
}

async function main() {
  const [aimsdoc, root] = process.argv.slice(2);
  assert.ok(aimsdoc && root, "usage: node search.test.js AIMSDOC AIMS_ROOT");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aimsdoc-search-"));
  let context;
  try {
    const example = build(aimsdoc, path.resolve(root), path.join(tmp, "site"));
    const corpus = path.join(tmp, "corpus");
    execFileSync(path.join(path.resolve(root), "bench/gen-corpus"), [String(CORPUS_POLICIES), corpus], { stdio: "ignore" });
    const generated = build(aimsdoc, corpus, path.join(tmp, "corpus-site"));
    const session = await openBrowser(tmp);
    ({ context } = session);
    const { page, problems } = session;
    await runSteps([["example: results as with the whole index, few shards loaded", () => sameAsWholeIndex(page, example, "example", "likelihood", false)],
                    [`${CORPUS_POLICIES} policies: the same, and union shards`, () => sameAsWholeIndex(page, generated, "corpus", "retraining", true)]],
                   problems);
  } finally {
    if (context) await context.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error("FAIL:", e.message); process.exit(1); });
