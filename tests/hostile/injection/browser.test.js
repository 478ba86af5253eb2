// Opens every page of a portal built from the hostile AIMS in headless Chromium (file://)
// with alert/confirm/prompt trapped, types payload words into the search box, and fails
// if any script from the input ran. Also checks that the organization's name, a script
// tag written as text, is shown literally.
// usage: node browser.test.js SITE_DIR   (run by browser_run.py)
"use strict";
const { launch } = require("./trapped_chromium");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");


function pages(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? pages(p) : e.name.endsWith(".html") ? [p] : [];
  });
}

async function main() {
  const site = process.argv[2];
  const { context, close } = await launch("aimsdoc-inj-profile-");
  const problems = [];
  const page = context.pages()[0] || await context.newPage();
  page.on("dialog", async (d) => { problems.push(`dialog: ${d.message()}`); await d.dismiss(); });
  const all = pages(site).sort();
  for (const file of all) {
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.waitForTimeout(50);
    const fired = await page.evaluate(() => window.__fired);
    for (const f of fired) problems.push(`${path.relative(site, file)}: ${f}`);
  }
  await page.goto(pathToFileURL(path.join(site, "index.html")).href);
  const shown = await page.evaluate(() => document.body.innerText);
  if (!shown.includes('Evil <script>alert("x-script")</script> Corp'))
    problems.push("index.html does not show the organization's name literally");
  for (const query of ["x-img", "script", "alert", "onerror", "HYPERLINK", "organization"]) {
    await page.fill("#aimsdoc-search", query);
    await page.waitForTimeout(300);
    const results = await page.locator("#aimsdoc-search-results").innerText();
    if (query === "x-img" && !results.includes("x-img"))
      problems.push(`search for ${query} showed no hostile result (was the index loaded?)`);
    const fired = await page.evaluate(() => window.__fired);
    for (const f of fired) problems.push(`search ${query}: ${f}`);
  }
  await close();
  for (const p of problems) console.log("FAIL:", p);
  console.log(`${all.length} pages opened, ${problems.length} problems`);
  process.exit(problems.length || all.length < 8 ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
