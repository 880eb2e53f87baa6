// The case clinic: the context counter, the printable summary, and the live room.
// The room listens to the clinic's server-sent events and re-fetches the parts they affect.
(function () {
  "use strict";

  // ----- preparing a case: characters left in the context ---------------------------------
  document.querySelectorAll("textarea[data-counter]").forEach(function (area) {
    var counter = document.getElementById(area.getAttribute("data-counter"));
    var max = parseInt(area.getAttribute("maxlength"), 10);
    var template = counter.getAttribute("data-template");
    var update = function () {
      var left = max - area.value.replace(/\r\n/g, "\n").length;
      counter.textContent = template.replace("{n}", left);
      counter.classList.toggle("counter--low", left < 100);
    };
    area.addEventListener("input", update);
    update();
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) {
      window.print();
    }
  });

  var room = document.querySelector("[data-room]");
  if (!room) {
    return;
  }

  // Refusals (409) and bad input (400) carry a message to show, like a success does.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 409 || status === 400 || status === 403) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // ----- the countdown, ticking in the browser towards the server's deadline --------------
  var skew = Date.parse(room.getAttribute("data-server-now")) - Date.now();
  var overtimeLabel = room.getAttribute("data-overtime");
  var leftLabel = room.getAttribute("data-left");
  function two(n) { return n < 10 ? "0" + n : "" + n; }
  function tick() {
    var timer = document.querySelector(".countdown[data-deadline]");
    if (!timer) {
      return;
    }
    var remaining = Math.round((Date.parse(timer.getAttribute("data-deadline")) - (Date.now() + skew)) / 1000);
    var over = remaining < 0;
    var seconds = Math.abs(remaining);
    var text = Math.floor(seconds / 60) + ":" + two(seconds % 60);
    timer.querySelector(".countdown__time").textContent = (over ? "+" : "") + text;
    timer.querySelector(".countdown__label").textContent = over ? overtimeLabel : leftLabel;
    timer.classList.toggle("countdown--over", over);
    timer.classList.toggle("countdown--soon", !over && remaining <= 60);
  }
  tick();
  window.setInterval(tick, 1000);

  // ----- announcing what changed to screen readers ----------------------------------------
  var announcer = document.getElementById("room-announcer");
  var lastAnnounced = {};
  function announce(part) {
    var element = document.getElementById("room-" + part);
    var text = element && element.getAttribute("data-announce");
    if (text && text !== lastAnnounced[part]) {
      lastAnnounced[part] = text;
      announcer.textContent = text;
    }
  }
  ["step", "contributions"].forEach(function (part) {
    var element = document.getElementById("room-" + part);
    lastAnnounced[part] = element && element.getAttribute("data-announce");
  });

  // ----- refreshing the parts an event affects -----------------------------------------------
  var ALL = ["step", "controls", "composer", "contributions", "queue", "presence"];
  var PARTS_BY_EVENT = {
    "clinic-started": ALL, "step-started": ALL, "step-resumed": ALL, "step-skipped": ALL, "clinic-ended": ALL,
    "step-extended": ["step", "controls"], "step-shortened": ["step", "controls"],
    "agenda-adjusted": ["step", "controls"],
    "contribution-posted": ["contributions", "queue"],
    "hand-raised": ["queue"], "hand-lowered": ["queue"], "floor-given": ["queue", "step"],
    "presence-changed": ["presence"],
    "case-held": ["composer", "contributions"],
    "reset": ALL
  };
  var partsUrl = room.getAttribute("data-parts-url");
  var pending = new Set();
  var flushing = null;
  var latest = {};
  // Every refresh fetches the part anew; only the answer to the latest request is shown, so a
  // slow answer never overwrites a newer one.
  function fetchPart(part) {
    if (!document.getElementById("room-" + part)) {
      return;
    }
    var number = (latest[part] || 0) + 1;
    latest[part] = number;
    fetch(partsUrl + part, { headers: { "HX-Request": "true" }, credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        var element = document.getElementById("room-" + part);
        if (!html || !element || latest[part] !== number) {
          return;
        }
        beforeReplace(part);
        var holder = document.createElement("div");
        holder.innerHTML = html.trim();
        var replacement = holder.firstElementChild;
        if (!replacement) {
          return;
        }
        element.replaceWith(replacement);
        htmx.process(replacement);
        afterReplace(part);
      })
      .catch(function () { /* the next event or the reconnect refreshes it */ });
  }
  function refresh(parts) {
    parts.forEach(function (part) { pending.add(part); });
    if (flushing) {
      return;
    }
    // Events come in bursts (a skipped step and the next one started): fetch once per burst.
    flushing = window.setTimeout(function () {
      var parts = Array.from(pending);
      pending.clear();
      flushing = null;
      parts.forEach(fetchPart);
    }, 40);
  }

  // Whatever someone is typing survives the composer being redrawn for the next step.
  var typed = null;
  function beforeReplace(part) {
    if (part === "composer") {
      var text = document.getElementById("composer-text");
      typed = text ? text.value : null;
    }
  }
  function afterReplace(part) {
    if (part === "step" || part === "contributions") {
      announce(part);
    }
    if (part === "step") {
      tick();
    }
    if (part === "composer" && typed) {
      var text = document.getElementById("composer-text");
      if (text && !text.value) {
        text.value = typed;
      }
      typed = null;
    }
  }

  // A control used here refreshes at once; the event will confirm it for everyone else.
  document.body.addEventListener("htmx:afterRequest", function (event) {
    var path = event.detail.requestConfig && event.detail.requestConfig.path || "";
    if (event.detail.successful && /\/room\/(start|advance|back|skip|end|extend|shorten|agenda)$/.test(path)) {
      refresh(ALL);
    }
  });

  // ----- the composer: replying to a question or a piece of advice ----------------------------
  function composer() { return document.querySelector("[data-composer]"); }
  function cancelReply() {
    var form = composer();
    if (!form) {
      return;
    }
    form.querySelector("[data-reply-to]").value = "";
    var override = form.querySelector("input[data-reply-kind]");
    if (override) {
      override.remove();
    }
    form.querySelectorAll("[data-kind-choice] input").forEach(function (input) { input.disabled = false; });
    form.querySelector("[data-replying]").hidden = true;
  }
  document.addEventListener("click", function (event) {
    var reply = event.target.closest("button[data-reply]");
    if (reply) {
      var form = composer();
      if (!form) {
        return;
      }
      cancelReply();
      form.querySelector("[data-reply-to]").value = reply.getAttribute("data-reply");
      form.querySelectorAll("[data-kind-choice] input").forEach(function (input) { input.disabled = true; });
      if (form.querySelector("[data-kind-choice]")) {
        var kind = document.createElement("input");
        kind.type = "hidden";
        kind.name = "kind";
        kind.value = reply.getAttribute("data-reply-kind");
        kind.setAttribute("data-reply-kind", "");
        form.appendChild(kind);
      }
      var banner = form.querySelector("[data-replying]");
      banner.querySelector("[data-replying-text]").textContent = reply.getAttribute("data-reply-label");
      banner.hidden = false;
      document.getElementById("composer-text").focus();
      return;
    }
    if (event.target.closest("[data-cancel-reply]")) {
      cancelReply();
      document.getElementById("composer-text").focus();
    }
  });
  document.body.addEventListener("clinic-posted", function () {
    var form = composer();
    if (form) {
      form.reset();
      cancelReply();
    }
  });

  // ----- the event stream: EventSource reconnects by itself and sends Last-Event-ID ----------
  var connection = document.getElementById("room-connection");
  var source = null;
  var wasLost = false;
  var failures = 0;
  function connect() {
    source = new EventSource(room.getAttribute("data-events-url"));
    source.onopen = function () {
      connection.hidden = true;
      failures = 0;
      if (wasLost) {
        // Events missed while away arrive first; refreshing everything covers a restarted server too.
        refresh(ALL);
        wasLost = false;
      }
    };
    source.onerror = function () {
      connection.hidden = false;
      wasLost = true;
      // The browser retries by itself unless the server answered with something other than a
      // stream (a restarted server asking to sign in again): then try anew, and finally reload.
      if (source.readyState === EventSource.CLOSED) {
        failures++;
        if (failures > 5) {
          window.location.reload();
        } else {
          window.setTimeout(connect, 1000 * failures);
        }
      }
    };
    Object.keys(PARTS_BY_EVENT).forEach(function (type) {
      source.addEventListener(type, function () {
        refresh(PARTS_BY_EVENT[type]);
      });
    });
  }
  connect();
  window.addEventListener("pagehide", function () { if (source) { source.close(); } });
})();
