// Headless Chromium for the injection tests, with alert/confirm/prompt trapped in every
// document: what a page's script tried to show is in window.__fired.
"use strict";
const { chromium } = require("playwright-core");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TRAP = `(() => {
  window.__fired = [];
  for (const name of ["alert", "confirm", "prompt"])
    window[name] = (m) => { window.__fired.push(name + ": " + m); };
})();`;

// A context on a fresh profile; close() also removes the profile.
async function launch(prefix) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profile,
    { executablePath: "/usr/bin/chromium", args: ARGS, headless: true });
  await context.addInitScript(TRAP);
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

module.exports = { launch };
