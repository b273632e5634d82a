/*
 * Keeps a running readiness scan's progress bar up to date without reloading the page: polls the
 * scan's progress JSON every 2 seconds, writes the numbers into the <progress> element and the
 * sentences (already in the page's language) into its text equivalent. On the scan's own page
 * (data-reload="finished") it reloads once the scan has finished, so that the result or the failure is
 * shown; on the list of scans, where an admin may be filling in the form, it only stops polling.
 * Without JavaScript the scan's page refreshes itself instead (<noscript><meta http-equiv="refresh">).
 * No inline code: the Content-Security-Policy allows scripts from this site only.
 */
(function () {
  "use strict";

  var INTERVAL_MS = 2000;

  function show(box, progress) {
    var bar = box.querySelector("progress");
    if (progress.percent === null) {
      bar.removeAttribute("value");
      bar.textContent = "";
    } else {
      bar.value = progress.percent;
      bar.textContent = progress.percent + " %";
    }
    ["count", "elapsed", "remaining"].forEach(function (field) {
      var span = box.querySelector('[data-field="' + field + '"]');
      var text = progress[field + "Text"];
      if (span && span.textContent !== text) {
        span.textContent = text;
      }
    });
  }

  function reloadIfAsked(box) {
    if (box.getAttribute("data-reload") === "finished") {
      window.location.reload();
    }
  }

  function poll(box) {
    var url = box.getAttribute("data-progress-url");
    fetch(url, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          // Signed out, or the scan is gone: a full load (where asked) shows what the server has for it.
          throw new Error("progress answered " + response.status);
        }
        return response.json();
      })
      .then(function (progress) {
        show(box, progress);
        if (progress.finished) {
          reloadIfAsked(box);
          return;
        }
        window.setTimeout(function () { poll(box); }, INTERVAL_MS);
      })
      .catch(function () {
        reloadIfAsked(box);
      });
  }

  function start() {
    var boxes = document.querySelectorAll("[data-progress-url]");
    for (var i = 0; i < boxes.length; i++) {
      (function (box) {
        window.setTimeout(function () { poll(box); }, INTERVAL_MS);
      })(boxes[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
