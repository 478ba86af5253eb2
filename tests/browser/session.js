// What the browser tests of a built portal share: Debian's Chromium, headless, with a page
// whose console errors, page errors and failed requests are collected, and the run of named
// steps that prints one "ok -" line each and fails on any problem collected meanwhile.
"use strict";
const { chromium } = require("playwright-core");
const assert = require("assert/strict");
const path = require("path");

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update",
  "--disable-sync"];

function watchForErrors(page, problems) {
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()} (${page.url()})`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message} (${page.url()})`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure().errorText}`));
}

// A browser with its profile under `tmp`; the caller closes `context`.
async function openBrowser(tmp) {
  assert.ok(require("fs").existsSync("/usr/bin/chromium"),
            "Debian chromium is not installed (scripts/bootstrap --with-tests)");
  const context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
    executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const page = await context.newPage();
  const problems = [];
  watchForErrors(page, problems);
  return { context, page, problems };
}

// Runs [name, step, kind] in order. A step of kind "axe" is left out under the sanitizer
// builds (AIMSDOC_SKIP_AXE=1): axe reads the pages, which the sanitized binary wrote as the
// main build's does, and it is the longest step.
async function runSteps(steps, problems) {
  for (const [name, step, kind] of steps) {
    if (kind === "axe" && process.env.AIMSDOC_SKIP_AXE === "1") {
      console.log(`skip - ${name} (sanitizer build: the main build runs it)`);
      continue;
    }
    await step();
    console.log(`ok - ${name}`);
  }
  assert.deepEqual(problems, [], "no console errors, page errors or failed requests");
  console.log("ok - no console errors");
}

module.exports = { openBrowser, runSteps };
