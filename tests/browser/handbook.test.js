// The policy handbook (handbook.html) in headless Chromium, then printed to PDF:
//  - one section per approved policy (as `aimsdoc export json` lists them), in the
//    configured order, every in-page link landing on an element, no id used twice;
//  - the PDF (Chromium's print, A4) starts each policy on a new page: pdftotext's page
//    breaks put every policy's heading at the top of a page of its own, and every
//    table-of-contents entry is a named destination of the PDF (pdfinfo -dests).
// The portal comes out of `aimsdoc bundle`, unzipped: the handed-over copy works from file://.
// usage: node handbook.test.js AIMSDOC AIMS_ROOT
"use strict";
const { openBrowser } = require("./session");
const assert = require("assert/strict");
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");

function approvedPolicies(aimsdoc, root) {
  const model = JSON.parse(execFileSync(aimsdoc, ["export", "json", "--root", root],
    { maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "pipe"] }));
  return model.policies.filter((p) => p.approved_by).sort((a, b) => (a.path < b.path ? -1 : 1));
}

async function checkPage(page, site, policies) {
  await page.goto(pathToFileURL(path.join(site, "handbook.html")).href);
  const sections = await page.locator("section.handbook-policy").evaluateAll(
    (els) => els.map((e) => e.id));
  assert.deepEqual(sections, policies.map((p) => `policy-${p.id}`), "one section per approved policy, by folder");
  const toc = await page.locator(".handbook-toc a").evaluateAll((els) => els.map((a) => a.getAttribute("href")));
  assert.deepEqual(toc, sections.map((id) => `#${id}`));
  const broken = await page.evaluate(() => [...document.querySelectorAll('a[href^="#"]')]
    .map((a) => a.getAttribute("href"))
    .filter((h) => !document.getElementById(decodeURIComponent(h.slice(1)))));
  assert.deepEqual(broken, [], "every in-page link lands on an element");
  const dupes = await page.evaluate(() => {
    const seen = new Set(), twice = [];
    for (const e of document.querySelectorAll("[id]")) {
      if (seen.has(e.id)) twice.push(e.id);
      seen.add(e.id);
    }
    return twice;
  });
  assert.deepEqual(dupes, [], "no id is used twice");
  const crossLinks = await page.locator('.policy-body a[href^="#policy-"]').count();
  assert.ok(crossLinks > 0, "links between policies became anchors in the handbook");
}

async function checkPdf(page, tmp, policies) {
  await page.emulateMedia({ media: "print" });
  const pdfPath = path.join(tmp, "handbook.pdf");
  await page.pdf({ path: pdfPath, format: "A4", outline: true, tagged: true });
  const info = execFileSync("pdfinfo", [pdfPath]).toString();
  const pageCount = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  assert.ok(pageCount >= policies.length + 2, `${pageCount} pages for a cover, contents and ${policies.length} policies`);
  const pages = execFileSync("pdftotext", ["-layout", pdfPath, "-"]).toString().split("\f");
  const tops = pages.map((text) => text.trim().split("\n")[0].trim());
  for (const p of policies) {
    // The eyebrow is upper-cased by the stylesheet.
    const starts = tops.filter((t) => t.toUpperCase().startsWith(`POLICY ${p.id}`.toUpperCase())).length;
    assert.equal(starts, 1, `policy ${p.id} starts exactly one page (page tops: ${tops.join(" | ")})`);
  }
  const dests = execFileSync("pdfinfo", ["-dests", pdfPath]).toString();
  for (const p of policies)
    assert.ok(dests.includes(`policy-${p.id}`), `the PDF has a destination for policy ${p.id}`);
  return pageCount;
}

async function main() {
  const [aimsdoc, root] = process.argv.slice(2);
  assert.ok(aimsdoc && root, "usage: node handbook.test.js AIMSDOC AIMS_ROOT");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aimsdoc-handbook-"));
  let context;
  try {
    const copy = path.join(tmp, "aims");
    for (const part of ["site.yaml", "content", "controls", "evidence", "mappings"])
      fs.cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
    const zip = path.join(tmp, "handed-over.zip");
    execFileSync(aimsdoc, ["bundle", "--root", copy, "--out", zip, "--allow-gaps"], { stdio: ["ignore", "ignore", "pipe"] });
    execFileSync("unzip", ["-q", zip, "-d", path.join(tmp, "received")]);
    const site = path.join(tmp, "received", "handed-over");
    const policies = approvedPolicies(aimsdoc, root);
    assert.ok(policies.length >= 3, "the example has approved policies");
    const session = await openBrowser(tmp);
    ({ context } = session);
    const { page, problems } = session;
    await checkPage(page, site, policies);
    console.log(`ok - ${policies.length} policy sections, links and ids`);
    const pages = await checkPdf(page, tmp, policies);
    console.log(`ok - PDF of ${pages} pages, each policy from a new page, destinations present`);
    assert.deepEqual(problems, [], "no console errors, page errors or failed requests");
  } finally {
    if (context) await context.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error("FAIL:", e.message); process.exit(1); });
