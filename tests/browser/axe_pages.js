// axe-core's WCAG 2.1 A and AA rules over a list of portal pages, in light and dark mode:
// one line per violation ("scheme page: rule (impact) at targets: help"). For the browser
// tests that check a portal's accessibility (public.test.js, portal.test.js and the
// evidence pages' test share it).
"use strict";
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function axeViolations(page, site, files) {
  const axe = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const found = [];
  for (const file of files) {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(pathToFileURL(file).href);
    await page.addScriptTag({ content: axe });
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await page.evaluate((tags) =>
        // preload: false: axe would fetch the stylesheets by XHR, which file:// refuses.
        window.axe.run(document, { runOnly: { type: "tag", values: tags }, preload: false }), AXE_TAGS);
      for (const v of result.violations)
        found.push(`${scheme} ${path.relative(site, file)}: ${v.id} (${v.impact}) at ` +
                   `${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}: ${v.help}`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  return found;
}

module.exports = { axeViolations };
