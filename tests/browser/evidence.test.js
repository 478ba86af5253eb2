// The evidence item pages of the example portal in headless Chromium, over file://:
//  - every row of the evidence register links to the item's own page (evidence/<id>.html),
//    and following one lands there;
//  - a Markdown item shows its rendered Markdown, a CSV item a table whose header cells are
//    column headers, a text item its text, an image item the picture (naturalWidth > 0,
//    the title as alt text);
//  - the SHA-256 shown is the copied file's, the copy button is shown (script runs) and
//    reports what it did, and the raw file's link opens the file;
//  - axe-core (WCAG 2.0/2.1 A and AA) finds nothing on these pages in light and dark mode,
//    and no page logs an error or fails a request.
// usage: node evidence.test.js AIMSDOC AIMS_ROOT
"use strict";
const assert = require("assert/strict");
const { execFileSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL, fileURLToPath } = require("url");
const { axeViolations } = require("./axe_pages");
const { openBrowser, runSteps } = require("./session");

// One item of each previewed kind in the example AIMS.
const MARKDOWN = "EV-A.6.2.6-02", CSV = "EV-A.6.2.6-01", TEXT = "EV-A.6.2.3-02", IMAGE = "EV-A.6.2.6-03";

function open(page, site, rel) {
  return page.goto(pathToFileURL(path.join(site, rel)).href);
}

async function registerLinksPages(page, site) {
  await open(page, site, "evidence.html");
  const rows = page.locator("table.sortable tbody tr");
  const hrefs = await rows.evaluateAll((rs) => rs.map((r) => r.cells[0].querySelector("a").getAttribute("href")));
  assert.ok(hrefs.length > 50, `register rows: ${hrefs.length}`);
  const ids = await rows.evaluateAll((rs) => rs.map((r) => r.cells[0].textContent.trim()));
  assert.deepEqual(hrefs, ids.map((id) => `evidence/${id}.html`), "each row links its item's page");
  await page.click(`table.sortable a.id:text-is("${MARKDOWN}")`);
  assert.ok(page.url().endsWith(`/evidence/${MARKDOWN}.html`), page.url());
  assert.match(await page.textContent("h1"), new RegExp(MARKDOWN));
}

async function markdownRenders(page, site) {
  await open(page, site, `evidence/${MARKDOWN}.html`);
  const prose = page.locator(".evidence-preview .prose");
  assert.ok(await prose.locator("h1, h2").count() > 0, "the Markdown's headings are rendered");
  assert.ok((await prose.textContent()).length > 200, "the Markdown's text is shown");
  assert.equal(await prose.locator("text=/^#+ /").count(), 0, "no raw Markdown heading marks");
}

async function csvIsTable(page, site) {
  await open(page, site, `evidence/${CSV}.html`);
  const table = page.locator(".evidence-preview table.csv-preview");
  const head = await table.locator("thead th").evaluateAll((ths) => ths.map((th) => [th.scope, th.textContent]));
  assert.deepEqual(head[0], ["col", "system"]);
  assert.equal(head.length, 7, `columns: ${head}`);
  const rows = await table.locator("tbody tr").count();
  assert.ok(rows >= 10, `rows: ${rows}`);
  assert.match(await page.textContent(".evidence-preview"), new RegExp(`${rows} rows`));
}

async function textShows(page, site) {
  await open(page, site, `evidence/${TEXT}.html`);
  const text = await page.textContent(".evidence-preview pre.text-preview");
  const raw = await page.getAttribute("a.evidence-raw", "href");
  const file = fileURLToPath(new URL(raw, page.url()));
  assert.equal(text, fs.readFileSync(file, "utf8"), "the text shown is the file's");
}

async function imageShows(page, site) {
  await open(page, site, `evidence/${IMAGE}.html`);
  const img = page.locator(".evidence-preview img.image-preview");
  await img.waitFor();
  assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth > 0), "the image loads");
  const title = (await page.textContent("h1")).replace(IMAGE, "").trim();
  assert.equal(await img.getAttribute("alt"), title);
}

// On the Markdown item: its copy (.md.txt) opens as text, where a CSV would download.
async function hashCopyAndRaw(page, site) {
  await open(page, site, `evidence/${MARKDOWN}.html`);
  const shown = (await page.textContent("#evidence-sha256")).trim();
  const button = page.locator("button.copy-button");
  assert.ok(await button.isVisible(), "the copy button is shown where script runs");
  await button.click();
  const status = page.locator(".copy-status");
  await page.waitForFunction(() => document.querySelector(".copy-status").textContent !== "");
  const said = await status.textContent();
  assert.ok([await button.getAttribute("data-copied"), await button.getAttribute("data-failed")].includes(said), said);
  const [response] = await Promise.all([page.waitForEvent("framenavigated"), page.click("a.evidence-raw")]);
  assert.ok(response.url().includes("/files/evidence/"), response.url());
  const file = fileURLToPath(page.url());
  const digest = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  assert.equal(shown, digest, "the SHA-256 shown is the copied file's");
}

async function accessible(page, site) {
  const files = [MARKDOWN, CSV, TEXT, IMAGE].map((id) => path.join(site, "evidence", `${id}.html`));
  const found = await axeViolations(page, site, files);
  assert.deepEqual(found, [], `axe-core found WCAG violations:\n${found.join("\n")}`);
}

async function main() {
  const [aimsdoc, root] = process.argv.slice(2);
  assert.ok(aimsdoc && root, "usage: node evidence.test.js AIMSDOC AIMS_ROOT");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aimsdoc-evidence-"));
  let context;
  try {
    const site = path.join(tmp, "site");
    execFileSync(aimsdoc, ["build", "--root", path.resolve(root), "--out", site, "--allow-gaps"],
      { stdio: ["ignore", "ignore", "pipe"] });
    const session = await openBrowser(tmp);
    ({ context } = session);
    const { page, problems } = session;
    const steps = [["the register links each item's page", () => registerLinksPages(page, site)],
                   ["Markdown rendered", () => markdownRenders(page, site)],
                   ["CSV as a table", () => csvIsTable(page, site)],
                   ["text as text", () => textShows(page, site)],
                   ["image shown", () => imageShows(page, site)],
                   ["SHA-256, copy button and raw file", () => hashCopyAndRaw(page, site)],
                   ["WCAG 2.1 AA (axe-core)", () => accessible(page, site)]];
    await runSteps(steps, problems);
  } finally {
    if (context) await context.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error("FAIL:", e.message); process.exit(1); });
