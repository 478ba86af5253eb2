// Browser test of the evidence portal in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core): builds the example AIMS, opens the portal via file:// and
//  - sees no console errors, page errors or failed requests on any page it visits,
//  - follows control -> policy -> requirement -> evidence file, and checks the SHA-256
//    shown beside the evidence against the bytes of the copied file,
//  - gets results from the search box (an id, and a word from a policy body),
//  - sorts the evidence register by a date column,
//  - shows the image beside a policy (content/risk/img/risk-matrix.png) inline: it loads
//    (naturalWidth > 0) and keeps its alt text,
//  - prints: the sidebar disappears in print media and a PDF comes out.
// usage: node portal.test.js AIMSDOC AIMS_ROOT
"use strict";
const { chromium } = require("playwright-core");
const assert = require("assert/strict");
const { execFileSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update",
  "--disable-sync"];

function buildPortal(aimsdoc, root, tmp) {
  const site = path.join(tmp, "site");
  execFileSync(aimsdoc, ["build", "--root", root, "--out", site, "--allow-gaps"], { stdio: ["ignore", "ignore", "pipe"] });
  return site;
}

function watchForErrors(page, problems) {
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()} (${page.url()})`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message} (${page.url()})`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure().errorText}`));
}

async function controlToEvidence(page, site) {
  await page.goto(pathToFileURL(path.join(site, "index.html")).href);
  assert.match(await page.title(), /Northwind Lending Ltd/);
  await page.click('.sidebar a:has-text("Statement of Applicability")');
  assert.ok(page.url().endsWith("/soa.html"), page.url());
  await page.click('table.data a.id:text-is("A.6.2.4")');
  assert.ok(page.url().endsWith("/controls/A.6.2.4.html"), page.url());
  assert.match(await page.textContent("h1"), /AI system verification and validation/);
  const policyLink = page.locator("section:has(h2:text-is('Policies')) a").first();
  const policyId = (await policyLink.locator(".id").textContent()).trim();
  await policyLink.click();
  assert.ok(page.url().endsWith(`/policies/${policyId}.html`), page.url());
  assert.ok((await page.locator(".policy-body").textContent()).length > 200, "policy body is rendered");
  await page.click('section:has(h2:text-is("Requirements this policy covers")) a:has(.id:text-is("A.6.2.4"))');
  assert.ok(page.url().endsWith("/controls/A.6.2.4.html"), page.url());
  const row = page.locator("table.evidence tbody tr").first();
  const shown = (await row.locator(".hash code").textContent()).trim();
  const [evidencePage] = await Promise.all([page.waitForEvent("framenavigated"), row.locator("a.evidence-link").click()]);
  assert.ok(evidencePage.url().includes("/files/evidence/"), evidencePage.url());
  const file = decodeURIComponent(new URL(page.url()).pathname);
  const digest = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  assert.equal(shown, digest, "SHA-256 on the control page matches the copied file");
  return policyId;
}

async function searchFinds(page, site, query, expectedHref) {
  await page.goto(pathToFileURL(path.join(site, "controls", "A.2.2.html")).href);
  await page.fill("#aimsdoc-search", query);
  const results = page.locator("#aimsdoc-search-results a");
  await results.first().waitFor({ timeout: 5000 });
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.some((h) => h.endsWith(expectedHref)), `${query}: ${hrefs.join(", ")}`);
  return hrefs;
}

async function searchWorks(page, site) {
  const byId = await searchFinds(page, site, "A.6.2.4", "controls/A.6.2.4.html");
  assert.ok(byId[0].endsWith("controls/A.6.2.4.html"), "exact id ranks first");
  await page.keyboard.press("Enter");
  await page.waitForURL(/controls\/A\.6\.2\.4\.html$/);
  // A word that only the body of the objectives procedure contains, not its title.
  await searchFinds(page, site, "adverse impact ratio", "policies/POL-MON-001.html");
  await page.fill("#aimsdoc-search", "zzzz-no-such-thing");
  await page.locator("#aimsdoc-search-results .none").waitFor({ timeout: 5000 });
}

async function evidenceSorts(page, site) {
  await page.goto(pathToFileURL(path.join(site, "evidence.html")).href);
  await page.click('th:has-text("Collected") button');
  const dates = await page.locator("table.sortable tbody tr td:nth-child(4)").allTextContents();
  assert.ok(dates.length > 50, `evidence rows: ${dates.length}`);
  assert.deepEqual(dates, [...dates].sort(), "ascending by collected date");
  await page.click('th:has-text("Collected") button');
  const again = await page.locator("table.sortable tbody tr td:nth-child(4)").allTextContents();
  assert.deepEqual(again, [...dates].sort().reverse(), "descending on second click");
}

async function embeddedImageShows(page, site) {
  await page.goto(pathToFileURL(path.join(site, "policies", "POL-RSK-001.html")).href);
  const img = page.locator('img[src$="risk-matrix.png"]');
  assert.equal(await img.count(), 1, "the policy embeds its image");
  assert.match(await img.getAttribute("alt"), /^Risk matrix: likelihood/);
  const width = await img.evaluate((e) => e.complete ? e.naturalWidth
    : new Promise((done) => { e.onload = () => done(e.naturalWidth); e.onerror = () => done(0); }));
  assert.ok(width > 0, `the image loads (naturalWidth ${width})`);
}

async function printsCleanly(page, site) {
  await page.goto(pathToFileURL(path.join(site, "controls", "A.6.2.4.html")).href);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".sidebar").evaluate((e) => getComputedStyle(e).display), "none");
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10000 && pdf.subarray(0, 4).toString() === "%PDF", "a PDF is produced");
  await page.emulateMedia({ media: "screen" });
}

async function main() {
  const [aimsdoc, root] = process.argv.slice(2);
  assert.ok(aimsdoc && root, "usage: node portal.test.js AIMSDOC AIMS_ROOT");
  assert.ok(fs.existsSync("/usr/bin/chromium"), "Debian chromium is not installed (scripts/bootstrap --with-tests)");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aimsdoc-browser-"));
  let context;
  try {
    const site = buildPortal(aimsdoc, path.resolve(root), tmp);
    context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
      executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    const page = await context.newPage();
    const problems = [];
    watchForErrors(page, problems);
    const steps = [["control -> policy -> evidence", () => controlToEvidence(page, site)],
                   ["search box", () => searchWorks(page, site)],
                   ["sortable evidence register", () => evidenceSorts(page, site)],
                   ["image beside a policy", () => embeddedImageShows(page, site)],
                   ["print", () => printsCleanly(page, site)]];
    for (const [name, step] of steps) {
      await step();
      console.log(`ok - ${name}`);
    }
    assert.deepEqual(problems, [], "no console errors, page errors or failed requests");
    console.log("ok - no console errors");
  } finally {
    if (context) await context.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error("FAIL:", e.message); process.exit(1); });
