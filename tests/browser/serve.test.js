// Browser test of `aimsdoc serve` in headless Chromium: a page opened from the server shows
// a build's errors over the page (file:line) after a policy gains a broken link, and reloads
// with the new text once the link is fixed, with no console or page errors.
// usage: node serve.test.js AIMSDOC AIMS_ROOT   (the AIMS is copied; the copy is edited)
"use strict";
const { chromium } = require("playwright-core");
const assert = require("assert/strict");
const { spawn } = require("child_process");
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// Resolves once the server answers, after at most `tries` attempts.
async function reachable(page, url, tries) {
  for (let i = 0; i < tries; i++) {
    try {
      const response = await page.goto(url);
      if (response && response.ok()) return;
    } catch (e) { /* not listening yet */ }
    await page.waitForTimeout(200);
  }
  throw new Error(`${url} never answered`);
}

async function main() {
  const [aimsdoc, root] = process.argv.slice(2);
  assert.ok(aimsdoc && root, "usage: node serve.test.js AIMSDOC AIMS_ROOT");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aimsdoc-serve-"));
  const aims = path.join(tmp, "aims");
  fs.cpSync(root, aims, { recursive: true });
  const port = await freePort();
  const server = spawn(aimsdoc, ["serve", "--root", aims, "--port", String(port)], { stdio: "ignore" });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
                                      args: ["--headless", "--no-sandbox", "--disable-gpu"] });
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
    await reachable(page, `http://127.0.0.1:${port}/policies/POL-1.html`, 300);
    const policy = path.join(aims, "content", "policy.md");
    const text = fs.readFileSync(policy, "utf8");
    const overlay = page.locator("#aimsdoc-serve-overlay");
    // An editor may save a file truncated first, and a build may catch it so: emptied, the
    // policy loses its front matter, and ops.md's link to it breaks too.
    fs.writeFileSync(policy, "");
    await overlay.filter({ hasText: "[front-matter.missing]" }).waitFor({ timeout: 60000 });
    console.log("ok - a half-written policy's errors show over the page");
    // Only the policy's own broken link proves the overlay follows the next save: ops.md's
    // [link.broken] is already shown.
    fs.writeFileSync(policy, text + "\nA [broken link](nowhere.md).\n");
    const ownLink = /content\/policy\.md:\d+:\d+: error: link to 'nowhere\.md'[^\[]*\[link\.broken\]/;
    await overlay.filter({ hasText: ownLink }).waitFor({ timeout: 60000 });
    const shown = await overlay.innerText();
    assert.doesNotMatch(shown, /\[front-matter\.missing\]/, "the half-written state's errors are gone");
    console.log("ok - a build's errors show over the page with file:line");
    fs.writeFileSync(policy, text + "\nFixed and reloaded.\n");
    await page.getByText("Fixed and reloaded.").waitFor({ timeout: 60000 });
    assert.equal(await overlay.count(), 0, "the overlay is gone after the reload");
    console.log("ok - the page reloads with the new text once they are fixed");
    assert.deepEqual(problems, [], "no console or page errors");
    console.log("ok - no console errors");
  } finally {
    if (browser) await browser.close();
    server.kill("SIGINT");
    await new Promise((done) => server.on("exit", done));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error("FAIL:", e.message); process.exit(1); });
