// Opens every published evidence file (every file under files/, and the target of every
// evidence link of every page) in headless Chromium over file://, with alert/confirm/prompt
// trapped. Fails when any of them ran script, opened a dialog or was shown as a document
// type that can run script (HTML, XHTML, SVG, XML).
// usage: node active_evidence.test.js SITE_DIR   (run by active_evidence.py)
"use strict";
const { launch } = require("./trapped_chromium");
const fs = require("fs");
const path = require("path");
const { pathToFileURL, fileURLToPath } = require("url");

const ACTIVE = ["text/html", "application/xhtml+xml", "image/svg+xml", "application/xml",
  "text/xml", "multipart/related", "text/xsl"];

function walk(dir, keep) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, keep) : keep(e.name) ? [p] : [];
  });
}

async function open(page, url, label, problems) {
  try {
    await page.goto(url, { waitUntil: "load", timeout: 10000 });
  } catch (e) {
    // A download (a type Chromium does not display) runs nothing.
    if (/Download is starting|ERR_ABORTED/.test(String(e))) return "download";
    problems.push(`${label}: ${e}`);
    return "error";
  }
  await page.waitForTimeout(100);
  const state = await page.evaluate(() => ({
    fired: window.__fired || [], ran: window.__ran === 1, type: document.contentType,
  }));
  for (const f of state.fired) problems.push(`${label}: ${f}`);
  if (state.ran) problems.push(`${label}: its script ran`);
  if (ACTIVE.includes(state.type)) problems.push(`${label}: shown as ${state.type}`);
  return state.type;
}

async function main() {
  const site = path.resolve(process.argv[2]);
  const { context, close } = await launch("aimsdoc-active-profile-");
  const problems = [];
  const page = context.pages()[0] || await context.newPage();
  page.on("dialog", async (d) => { problems.push(`dialog: ${d.message()}`); await d.dismiss(); });
  const files = walk(path.join(site, "files"), () => true).sort();
  for (const file of files)
    await open(page, pathToFileURL(file).href, path.relative(site, file), problems);
  // Every evidence link as the pages write it.
  const links = new Set();
  for (const html of walk(site, (n) => n.endsWith(".html"))) {
    await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
    const hrefs = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => a.href));
    for (const h of hrefs) if (h.startsWith("file:") && h.includes("/files/")) links.add(h.split("#")[0]);
  }
  for (const href of [...links].sort()) {
    if (!fs.existsSync(fileURLToPath(href))) problems.push(`broken evidence link ${href}`);
    else await open(page, href, `link ${path.relative(site, fileURLToPath(href))}`, problems);
  }
  await close();
  for (const p of problems) console.log("FAIL:", p);
  console.log(`${files.length} evidence files and ${links.size} evidence links opened, ${problems.length} problems`);
  process.exit(problems.length || files.length < 20 || links.size < 20 ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
