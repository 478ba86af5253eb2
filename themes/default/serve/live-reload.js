// aimsdoc serve: added to the pages the server sends (never to the portal on disk). Waits
// for the next build (long polling), then reloads the page; when the build has errors it
// shows them over the page instead, with file:line, and reloads once they are fixed.
(function () {
  "use strict";
  var seen = null;

  function overlay(errors) {
    var old = document.getElementById("aimsdoc-serve-overlay");
    if (old) old.remove();
    if (!errors.length) return;
    var box = document.createElement("div");
    box.id = "aimsdoc-serve-overlay";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:50vh;overflow:auto;" +
      "z-index:99999;background:#2b0b0e;color:#ffe3e3;border:2px solid #cf222e;border-radius:6px;" +
      "padding:0.8rem 1rem;font:13px/1.45 ui-monospace,monospace;box-shadow:0 4px 24px #0008";
    var title = document.createElement("strong");
    title.textContent = "The last build found " + errors.length +
      (errors.length === 1 ? " error" : " errors") + "; this page reloads when they are fixed.";
    var close = document.createElement("button");
    close.textContent = "Hide";
    close.style.cssText = "float:right;margin-left:1rem";
    close.onclick = function () { box.remove(); };
    var list = document.createElement("ul");
    list.style.cssText = "margin:0.5rem 0 0;padding-left:1.2rem";
    errors.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;  // text, never markup: a message can quote anything
      list.appendChild(item);
    });
    box.appendChild(close);
    box.appendChild(title);
    box.appendChild(list);
    document.body.appendChild(box);
  }

  function poll() {
    fetch("/__aimsdoc/changes?since=" + (seen === null ? "" : seen), { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (seen !== null && state.generation !== seen && !state.errors.length) {
          location.reload();
          return;
        }
        seen = state.generation;
        overlay(state.errors);
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); });  // the server restarts or stopped
  }

  poll();
})();
