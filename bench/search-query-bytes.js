// What one query of the search box loads, on a built portal: opens a requirement page
// over file:// in headless Chromium and, for each query in a fresh page, types it and
// waits for the results, then sums the bytes of the search index files it requested (the
// manifest, key, union and entry shards). Prints the index's shard count, largest shard and
// total first.
// usage: NODE_PATH=tests/browser/node_modules node bench/search-query-bytes.js SITE QUERY...
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { fileURLToPath, pathToFileURL } = require("url");
const { openBrowser } = require("../tests/browser/session");

async function main() {
  const [site, ...queries] = process.argv.slice(2);
  const assets = path.join(site, "assets");
  const index = fs.readdirSync(assets).filter((f) => f.startsWith("search-"))
    .map((f) => fs.statSync(path.join(assets, f)).size);
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  console.log(`${index.length - 1} shards and the manifest; largest ${kib(Math.max(...index))}; ` +
              `total ${kib(index.reduce((a, b) => a + b, 0))}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aimsdoc-query-bytes-"));
  const { context } = await openBrowser(tmp);
  try {
    const start = fs.readdirSync(path.join(site, "clauses")).filter((f) => f.endsWith(".html"))[0];
    for (const query of queries) {
      const page = await context.newPage();
      const loaded = [];
      page.on("request", (r) => { if (/assets\/search-/.test(r.url())) loaded.push(fileURLToPath(r.url())); });
      await page.goto(pathToFileURL(path.join(site, "clauses", start)).href);
      await page.fill("#aimsdoc-search", query);
      await page.locator("#aimsdoc-search-results").waitFor({ state: "visible", timeout: 60000 });
      const results = await page.locator("#aimsdoc-search-results a").count();
      const bytes = loaded.reduce((sum, f) => sum + fs.statSync(f).size, 0);
      const kinds = (k) => loaded.filter((f) => path.basename(f).startsWith(`search-${k}-`)).length;
      console.log(`${JSON.stringify(query)}: ${results} results; ${loaded.length} files ` +
                  `(${kinds("k")} key, ${kinds("u")} union, ${kinds("e")} entry shards), ${kib(bytes)}`);
      await page.close();
    }
  } finally {
    await context.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error("FAIL:", e.message); process.exit(1); });
