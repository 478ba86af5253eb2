// The public portal (`build --audience public`, issue 16) in headless Chromium:
//  - axe-core (WCAG 2.1 A and AA tags) on every page, light and dark: no violation;
//  - the pages are the trust summary, the SoA, the evidence register and a page per other
//    framework; every link of every page opens a file of the portal or an anchor on it, and the
//    summary links to the SoA and the evidence register, each evidence id in the SoA lands
//    on its row; no page wider than the viewport at 1280 and 390 px;
//  - no console error, page error or failed request.
// usage: node public.test.js AIMSDOC AIMS_ROOT
"use strict";
const assert = require("assert/strict");
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL, fileURLToPath } = require("url");
const { axeViolations } = require("./axe_pages");
const { openBrowser, runSteps } = require("./session");

// Every page but the copied evidence files under files/.
function pagesOf(site) {
  return fs.readdirSync(site, { recursive: true })
    .filter((n) => n.endsWith(".html") && !n.startsWith("files/"))
    .map((n) => path.join(site, n)).sort();
}

async function linksWork(page, site, pages) {
  for (const file of pages) {
    await page.goto(pathToFileURL(file).href);
    const hrefs = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => a.href));
    for (const href of hrefs) {
      if (!href.startsWith("file:")) continue;
      const url = new URL(href);
      const target = decodeURIComponent(fileURLToPath(url.href.split("#")[0]));
      assert.ok(fs.existsSync(target), `${path.basename(file)} links to a missing ${target}`);
      if (url.hash && url.hash !== "#top" && target.endsWith(".html")) {
        const ids = execFileSync("grep", ["-o", `id="${decodeURIComponent(url.hash.slice(1))}"`, target],
          { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
        assert.ok(ids.length > 0, `${path.basename(file)}: ${url.hash} names nothing in ${target}`);
      }
    }
  }
  await page.goto(pathToFileURL(path.join(site, "index.html")).href);
  await page.click('.sidebar a:has-text("Statement of Applicability")');
  assert.ok(page.url().endsWith("/soa.html"), page.url());
  await page.click('tr#req-A\\.6\\.2\\.4 a:text-is("EV-A.6.2.4-02")');
  assert.ok(page.url().endsWith("/evidence.html#ev-EV-A.6.2.4-02"), page.url());
  const row = page.locator('tr[data-confidential="true"]', { hasText: "EV-A.6.2.4-02" });
  assert.equal(await row.count(), 1, "the confidential item is listed");
  assert.equal(await row.locator("a[href*='files/']").count(), 0, "and not linked to a file");
}

async function fitsWidth(page, pages) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(wide <= 0, `${path.basename(file)} is ${wide} px wider than ${width} px`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function accessible(page, site, pages) {
  const found = await axeViolations(page, site, pages);
  assert.deepEqual(found, [], `axe-core found WCAG violations:\n${found.join("\n")}`);
  console.log(`   ${pages.length} pages x 2 colour schemes, no violation`);
}

async function main() {
  const [aimsdoc, root] = process.argv.slice(2);
  assert.ok(aimsdoc && root, "usage: node public.test.js AIMSDOC AIMS_ROOT");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aimsdoc-public-"));
  let context;
  try {
    const site = path.join(tmp, "site");
    execFileSync(aimsdoc, ["build", "--root", path.resolve(root), "--out", site, "--audience", "public"],
      { stdio: ["ignore", "ignore", "pipe"] });
    const pages = pagesOf(site);
    const frameworks = fs.readdirSync(path.join(root, "mappings")).filter((n) => !n.startsWith("crosswalk") && n !== "iso42001.yaml");
    assert.deepEqual(pages.map((p) => path.relative(site, p)).filter((p) => !p.startsWith("frameworks/")),
                     ["evidence.html", "index.html", "soa.html"]);
    assert.ok(pages.length > 3, `framework pages: ${pages.length - 3} (site.yaml lists ${frameworks.length} catalogs)`);
    const session = await openBrowser(tmp);
    ({ context } = session);
    const { page, problems } = session;
    const steps = [["links", () => linksWork(page, site, pages)],
                   ["layout at 1280 and 390 px", () => fitsWidth(page, pages)],
                   ["WCAG 2.1 AA (axe-core)", () => accessible(page, site, pages), "axe"]];
    await runSteps(steps, problems);
  } finally {
    if (context) await context.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error("FAIL:", e.message); process.exit(1); });
