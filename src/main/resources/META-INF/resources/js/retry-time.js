/*
 * Shows the time at which a user whom Microsoft blocks for 24 hours may try again in the reader's own time zone and
 * in the page's language. The server writes it in UTC (the fallback without script) with the instant in the
 * <time datetime> attribute; this only rewrites the text. No inline code: the Content-Security-Policy allows scripts
 * from this site only.
 */
(function () {
  "use strict";

  var lang = document.documentElement.lang || undefined;
  var times = document.querySelectorAll("time[data-local-time]");
  for (var i = 0; i < times.length; i++) {
    var when = new Date(times[i].getAttribute("datetime"));
    if (isNaN(when.getTime())) {
      continue;
    }
    try {
      times[i].textContent = when.toLocaleString(lang, {
        year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
      });
    } catch (e) {
      // An unknown language tag: keep the server's UTC text.
    }
  }
})();
