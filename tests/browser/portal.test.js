// Browser test of the evidence portal in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core): builds the example AIMS, opens the portal via file:// and
//  - sees no console errors, page errors or failed requests on any page it visits,
//  - follows control -> policy -> requirement -> evidence file, and checks the SHA-256
//    shown beside the evidence against the bytes of the copied file,
//  - gets results from the search box (an id, and a word from a policy body),
//  - sorts the evidence register by a date column, and filters it by text and by the
//    choice list of its State column, with the live count of rows shown,
//  - shows the image beside a policy (content/risk/img/risk-matrix.png) inline: it loads
//    (naturalWidth > 0) and keeps its alt text,
//  - prints a control page to PDF (A4, the page's own @page margins): the sidebar is gone,
//    every page has text (pdftotext, pages split at form feeds), the print header names the
//    organization, the aimsdoc version and the build date, no address is printed twice,
//    and the page count stays within what the content needs.
//  - runs axe-core (npm, from package-lock.json) on every page of the portal in light and
//    dark colour schemes and fails on any violation of a WCAG 2.0/2.1 A or AA rule; then
//    does the same on a portal with gaps (a copy of the example with evidence missing,
//    refused, expired and stale, records planned and partial, a record deleted), whose
//    pages show the gap, partial and missing states the example never reaches.
// usage: node portal.test.js AIMSDOC AIMS_ROOT
"use strict";
const assert = require("assert/strict");
const { execFileSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
const { axeViolations } = require("./axe_pages");
const { openBrowser, runSteps } = require("./session");

function buildPortal(aimsdoc, root, tmp, name = "site") {
  const site = path.join(tmp, name);
  execFileSync(aimsdoc, ["build", "--root", root, "--out", site, "--allow-gaps"], { stdio: ["ignore", "ignore", "pipe"] });
  return site;
}

// What of the repository is not the example AIMS (the gap tree is a copy of the rest).
const NOT_THE_AIMS = /^(\.|build|_site|tests$|src$|bench$|node_modules$)/;

function edit(file, from, to) {
  const text = fs.readFileSync(file, "utf8");
  assert.ok(text.includes(from), `${file} no longer holds ${JSON.stringify(from)}`);
  fs.writeFileSync(file, text.replace(from, to));
}

// The example, broken the ways a real AIMS is: the gap, partial, planned, missing, refused,
// expired and stale states all reach its pages.
function gapTree(root, tmp) {
  const aims = path.join(tmp, "gaps");
  fs.cpSync(root, aims, { recursive: true, filter: (src) =>
    !NOT_THE_AIMS.test(path.relative(root, src).split(path.sep)[0]) || src === root });
  const controls = path.join(aims, "controls");
  fs.rmSync(path.join(aims, "evidence", "lifecycle", "validation-report-creditscore-v3.2-summary.md"));
  edit(path.join(controls, "A.6.2.4.yaml"), "expires: 2027-01-10", "expires: 2026-01-10");
  edit(path.join(controls, "A.6.2.4.yaml"), "notes:", "  - id: EV-A.6.2.4-03\n    title: A path out of the root\n" +
       "    file: ../../etc/passwd\n    collected: 2026-03-01\nnotes:");
  edit(path.join(controls, "5.2.yaml"), "status: implemented", "status: partial");
  edit(path.join(controls, "A.2.3.yaml"), "collected: 2026-04-20", "collected: 2024-04-20");
  edit(path.join(controls, "A.6.2.5.yaml"), "status: implemented", "status: planned");
  fs.rmSync(path.join(controls, "A.9.4.yaml"));
  return aims;
}

// The dashboard's figures of the gap portal: the states its pages must show, or axe would
// only read another copy of the example.
function assertHasGaps(site) {
  const index = fs.readFileSync(path.join(site, "index.html"), "utf8");
  const figure = (name) => Number((index.match(new RegExp(`data-figure="${name.replace(".", "\\.")}">(\\d+)<`)) || [])[1]);
  for (const name of ["gaps", "controls.partial", "evidence.missing", "evidence.rejected",
                      "evidence.expired", "evidence.stale"])
    assert.ok(figure(name) > 0, `the gap portal shows no ${name} (${figure(name)})`);
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
  // Loaded, not only committed: the next step's goto would abort the file's load, and the
  // aborted request would read as a failed one [net::ERR_ABORTED].
  await page.waitForLoadState("load");
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
  await searchIsCombobox(page, hrefs.length);
  return hrefs;
}

// The search box is an ARIA combobox whose listbox holds the results, the highlighted one
// its active descendant; the count is announced; no result is cut by the sidebar's box.
async function searchIsCombobox(page, count) {
  const box = page.locator("#aimsdoc-search");
  assert.equal(await box.getAttribute("role"), "combobox");
  assert.equal(await box.getAttribute("aria-expanded"), "true");
  const active = await box.getAttribute("aria-activedescendant");
  assert.equal(await page.locator(`#${active}`).getAttribute("role"), "option");
  await page.keyboard.press("ArrowDown");
  if (count > 1) assert.notEqual(await box.getAttribute("aria-activedescendant"), active);
  await page.keyboard.press("ArrowUp");
  const live = page.locator("#aimsdoc-search-count");
  assert.equal(await live.getAttribute("aria-live"), "polite");
  assert.equal(await live.textContent(), `${count} result${count === 1 ? "" : "s"}`);
  const clipped = await page.locator("#aimsdoc-search-results a").evaluateAll((as) => as.filter((a) => {
    const r = a.getBoundingClientRect(), x = Math.min(r.right - 4, window.innerWidth - 1), y = r.top + r.height / 2;
    const box = a.closest(".search-results").getBoundingClientRect();
    if (y < Math.max(0, box.top) || y >= Math.min(window.innerHeight, box.bottom)) return false;  // scrolled out of view
    const hit = document.elementFromPoint(x, y);
    return !(hit && a.contains(hit));
  }).map((a) => a.textContent));
  assert.deepEqual(clipped, [], "search results cut off at their right end");
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

async function evidenceFilters(page, site) {
  await page.goto(pathToFileURL(path.join(site, "evidence.html")).href);
  const rows = page.locator("table.sortable tbody tr");
  const total = await rows.count();
  const count = page.locator(".table-filter-count");
  assert.equal(await count.getAttribute("aria-live"), "polite");
  assert.equal(await count.innerText(), `${total} of ${total} rows`);
  const id = (await rows.first().locator("td").first().innerText()).trim();
  await page.getByLabel("Filter rows").fill(id);
  const one = await rows.evaluateAll((rs) => rs.filter((r) => !r.hidden).map((r) => r.cells[0].textContent.trim()));
  assert.ok(one.length >= 1 && one.every((t) => t.includes(id)), `filter ${id}: ${one}`);
  assert.equal(await count.innerText(), `${one.length} of ${total} rows`);
  await page.getByLabel("Filter rows").fill("");
  const freshness = page.getByLabel("State", { exact: true });
  const choices = await freshness.locator("option").allTextContents();
  assert.ok(choices.length >= 3, `freshness choices ${choices}`);
  await freshness.selectOption(choices[1]);
  const words = await rows.evaluateAll((rs) => rs.filter((r) => !r.hidden).map((r) => r.cells[5].textContent.trim()));
  assert.ok(words.length > 0 && words.length < total && words.every((w) => w === choices[1]),
    `freshness ${choices[1]}: ${words.length} of ${total}`);
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

// The text of each page of a PDF, by Debian's pdftotext (poppler-utils): pages end in \f.
function pdfPages(pdf, tmp) {
  const file = path.join(tmp, "print.pdf");
  fs.writeFileSync(file, pdf);
  const text = execFileSync("/usr/bin/pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return text.split("\f").slice(0, -1);
}

async function printsCleanly(page, site, tmp) {
  await page.goto(pathToFileURL(path.join(site, "controls", "A.6.2.4.html")).href);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".sidebar").evaluate((e) => getComputedStyle(e).display), "none");
  const header = await page.locator(".print-header").innerText();
  assert.match(header, /^Northwind Lending Ltd .* aimsdoc \S+ · built 2026-11-01$/, header);
  // preferCSSPageSize: the theme's @page margins, as a user's Print dialog uses them.
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  assert.ok(pdf.subarray(0, 4).toString() === "%PDF", "a PDF is produced");
  const pages = pdfPages(pdf, tmp);
  pages.forEach((text, i) => assert.ok(text.trim().length > 0,
    `printed page ${i + 1} of ${pages.length} is (nearly) blank: ${JSON.stringify(text.trim())}`));
  assert.ok(pages[0].includes("Northwind Lending Ltd"), "the print header is on page 1");
  // An address cited by several references (a crosswalk source) is not printed each time.
  const urls = pages.join("\n").match(/<https?:\/\/[^>\s]+/g) || [];
  assert.equal(new Set(urls).size, urls.length, `an address printed twice: ${urls}`);
  // A panel that will not split pushes itself to the next page and leaves the one before it
  // half empty (the old theme's first page of this control held 46% of the fullest page's
  // text): every page but the last holds at least half as much text as the fullest page.
  const sizes = pages.map((text) => text.replace(/\s+/g, " ").trim().length);
  const fullest = Math.max(...sizes);
  sizes.slice(0, -1).forEach((n, i) => assert.ok(n >= fullest / 2,
    `printed page ${i + 1} holds ${n} characters, the fullest ${fullest}: ${sizes}`));
  console.log(`   ${pages.length} printed pages (${sizes} characters)`);
  await page.emulateMedia({ media: "screen" });
}

// No page is wider than the window at 1280 and 390 px (a table may scroll inside its own
// box on a phone only); the register's header sticks on a wide screen; on a phone the
// navigation folds behind its Menu button and opens with it.
const LAYOUT_PAGES = ["index.html", "evidence.html", "soa.html", "gaps.html", "policies.html",
  "clauses.html", "owners.html", "controls/A.6.2.4.html"];

async function fitsWidth(page, site) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const name of LAYOUT_PAGES) {
      const file = path.join(site, name);
      assert.ok(fs.existsSync(file), `${name} is in the portal`);
      await page.goto(pathToFileURL(file).href);
      const wide = await page.evaluate((w) => {
        const out = [];
        if (document.documentElement.scrollWidth > w) out.push(`page ${document.documentElement.scrollWidth}px`);
        for (const t of document.querySelectorAll("main table")) {
          const box = t.closest(".table-wrap") || t.parentElement;
          if (w > 860 && t.scrollWidth > box.clientWidth + 1) out.push(`table ${t.scrollWidth}px in ${box.clientWidth}px`);
        }
        return out;
      }, width);
      assert.deepEqual(wide, [], `${name} at ${width} px is wider than its box`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(path.join(site, "evidence.html")).href);
  await page.mouse.wheel(0, 2500);
  await page.waitForFunction(() => window.scrollY > 1000);
  const top = await page.locator("table.sortable thead th").first().evaluate((th) => th.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 2, `the register's header sticks at the top (at ${top}px)`);
  await page.setViewportSize({ width: 390, height: 844 });
  const nav = page.locator("#aimsdoc-nav");
  assert.equal(await nav.isVisible(), false, "the navigation is folded on a phone");
  await page.getByRole("button", { name: "Menu" }).click();
  assert.equal(await nav.isVisible(), true, "the Menu button opens the navigation");
  await page.setViewportSize({ width: 1280, height: 900 });
}

function portalPages(site) {
  const pages = [];
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && !(dir === site && e.name === "files")) walk(full);
      else if (e.isFile() && e.name.endsWith(".html")) pages.push(full);
    }
  })(site);
  return pages.sort();
}

// Evidence files under files/ are the organization's documents, not portal pages.
async function accessible(page, site) {
  const pages = portalPages(site);
  assert.ok(pages.length > 50, `portal pages: ${pages.length}`);
  const found = await axeViolations(page, site, pages);
  assert.deepEqual(found, [], `axe-core found WCAG violations:\n${found.join("\n")}`);
  console.log(`   ${pages.length} pages x 2 colour schemes, no violation`);
}

async function main() {
  const [aimsdoc, root] = process.argv.slice(2);
  assert.ok(aimsdoc && root, "usage: node portal.test.js AIMSDOC AIMS_ROOT");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aimsdoc-browser-"));
  let context;
  try {
    const site = buildPortal(aimsdoc, path.resolve(root), tmp);
    const session = await openBrowser(tmp);
    ({ context } = session);
    const { page, problems } = session;
    const steps = [["control -> policy -> evidence", () => controlToEvidence(page, site)],
                   ["search box", () => searchWorks(page, site)],
                   ["sortable evidence register", () => evidenceSorts(page, site)],
                   ["filterable evidence register", () => evidenceFilters(page, site)],
                   ["image beside a policy", () => embeddedImageShows(page, site)],
                   ["print", () => printsCleanly(page, site, tmp)],
                   ["layout at 1280 and 390 px", () => fitsWidth(page, site)],
                   ["WCAG 2.1 AA (axe-core)", () => accessible(page, site), "axe"],
                   ["WCAG 2.1 AA (axe-core), portal with gaps", () => {
                     const gaps = buildPortal(aimsdoc, gapTree(path.resolve(root), tmp), tmp, "gap-site");
                     assertHasGaps(gaps);
                     return accessible(page, gaps);
                   }, "axe"]];
    await runSteps(steps, problems);
  } finally {
    if (context) await context.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error("FAIL:", e.message); process.exit(1); });
