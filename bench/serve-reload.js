// The measuring half of bench/serve-reload: opens a policy page served by `aimsdoc serve`
// in headless Chromium, then, RUNS times, appends a sentence to the policy's file and
// times until the page has reloaded (its load event) with it. Prints one line per run (with when the server
// reported the rebuild done) and the median in ms.
// usage: node serve-reload.js AIMSDOC AIMS_ROOT POLICY_FILE PAGE_PATH RUNS PORT
// (Chromium opened by tests/browser/session.js; playwright-core from its node_modules or
// NODE_PATH)
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { openBrowser } = require("../tests/browser/session.js");

// Resolves once the server has built the portal and listens (it says "serving ...").
function listening(server) {
  return new Promise((resolve, reject) => {
    let log = "";
    server.stderr.on("data", (d) => {
      log += d;
      if (/^serving /m.test(log)) resolve();
    });
    server.on("exit", (code) => reject(new Error(`aimsdoc serve exited (${code}):\n${log}`)));
  });
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// When the page next finished loading (its load event) with `sentence` in it. Timed at the
// event rather than by polling for the text: Playwright's wait for a locator looks again
// only every 500 ms after its first tries, which added up to that much to a run.
function reloadedWith(page, sentence) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`"${sentence}" never shown`)), 60000);
    const onLoad = async () => {
      const at = performance.now();
      if (await page.getByText(sentence).count() === 0) return;  // an earlier build's page
      page.off("load", onLoad);
      clearTimeout(timer);
      resolve(at);
    };
    page.on("load", onLoad);
  });
}

async function main() {
  const [aimsdoc, root, policy, pagePath, runsArg, port] = process.argv.slice(2);
  const runs = Number(runsArg);
  const server = spawn(aimsdoc, ["serve", "--root", root, "--port", port],
                       { stdio: ["ignore", "ignore", "pipe"] });
  let serverLog = "";
  let rebuiltAt = 0;  // when the server last said it rebuilt: splits watch+build from reload
  server.stderr.on("data", (d) => {
    serverLog += d;
    if (/rebuilt \(exit/.test(d)) rebuiltAt = performance.now();
  });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aimsdoc-serve-reload-"));
  let browser;
  try {
    await listening(server);
    browser = await openBrowser(tmp);
    const { page } = browser;
    await page.goto(`http://127.0.0.1:${port}/${pagePath}`);
    const original = fs.readFileSync(policy, "utf8");
    const times = [];
    for (let r = 0; r <= runs; r++) {  // run 0 is a warm-up, not counted
      const sentence = `Amended in serve reload run ${r}.`;
      await page.waitForTimeout(1000);  // the page has loaded and polls again
      const t0 = performance.now();
      const shown = reloadedWith(page, sentence);
      fs.writeFileSync(policy, `${original}\n\n${sentence}\n`);
      const ms = (await shown) - t0;
      if (r > 0) times.push(ms);
      console.log(`${r === 0 ? "warm-up" : `run ${r}`}: ${ms.toFixed(0)} ms ` +
                  `(change seen and rebuilt after ${(rebuiltAt - t0).toFixed(0)} ms)`);
    }
    fs.writeFileSync(policy, original);
    console.log(`edit to reloaded page: median ${median(times).toFixed(0)} ms of ${runs} ` +
                `(min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
  } finally {
    if (browser) await browser.context.close();
    if (server.exitCode === null) {
      server.kill("SIGINT");
      await new Promise((done) => server.on("exit", done));
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    if (process.env.SERVE_RELOAD_LOG) fs.writeFileSync(process.env.SERVE_RELOAD_LOG, serverLog);
  }
}

main().catch((e) => { console.error("FAIL:", e.message); process.exit(1); });
