// The case clinic: the context counter, the printable summary, and the live room.
// The room's changes arrive as HTML on its event stream and htmx's SSE extension swaps them in; this
// script only keeps time, remembers the last event seen, and helps the composer. Names shared with
// the server (events, ids, parameters) are read from the page, never written here.
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

  // Refusals (409), forbidden (403), bad input (400), posting too fast (429) and a room too busy (503)
  // carry a message to show, like a success does.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 409 || status === 400 || status === 403 || status === 429 || status === 503) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // "Posted." and the like say so for a moment, then make room again.
  document.addEventListener("htmx:afterSwap", function (event) {
    (event.detail.target || event.target).querySelectorAll("[data-transient]").forEach(function (message) {
      window.setTimeout(function () { message.remove(); }, 4000);
    });
  });

  // ----- the countdown, ticking in the browser towards the server's deadline --------------
  var skew = Date.parse(room.getAttribute("data-server-now")) - Date.now();
  var overtimeLabel = room.getAttribute("data-overtime");
  var leftLabel = room.getAttribute("data-left");
  var timesUpLabel = room.getAttribute("data-times-up");
  var soundToggle = room.querySelector("[data-sound-toggle]");
  var audio = null;
  var wasOver = null;
  function two(n) { return n < 10 ? "0" + n : "" + n; }
  function chime() {
    if (!soundToggle || !soundToggle.checked || !audio) {
      return;
    }
    var tone = audio.createOscillator();
    var gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.8);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.8);
  }
  function tick() {
    var timer = document.querySelector(".countdown[data-deadline]");
    if (!timer) {
      wasOver = null;
      return;
    }
    var remaining = Math.round((Date.parse(timer.getAttribute("data-deadline")) - (Date.now() + skew)) / 1000);
    var over = remaining < 0;
    var seconds = Math.abs(remaining);
    var text = Math.floor(seconds / 60) + ":" + two(seconds % 60);
    timer.querySelector(".countdown__time").textContent = (over ? "+" : "") + text;
    timer.querySelector(".countdown__label").textContent = over ? timesUpLabel + " · " + overtimeLabel : leftLabel;
    timer.classList.toggle("countdown--over", over);
    timer.classList.toggle("countdown--soon", !over && remaining <= 60);
    if (over && wasOver === false) {
      chime();
    }
    wasOver = over;
  }
  if (soundToggle) {
    soundToggle.checked = window.localStorage.getItem("convene.sound") === "on";
    soundToggle.addEventListener("change", function () {
      window.localStorage.setItem("convene.sound", soundToggle.checked ? "on" : "off");
      if (soundToggle.checked && !audio && window.AudioContext) {
        audio = new window.AudioContext();
      }
    });
  }
  tick();
  window.setInterval(tick, 1000);

  // ----- the room's stream --------------------------------------------------------------------
  var lastEventParam = room.getAttribute("data-last-event-param");
  var resetEvent = room.getAttribute("data-reset-event");
  var connection = document.getElementById("room-connection");
  var lastSeen = null;

  // When the extension has to open a new EventSource (the browser gave up retrying), it opens from
  // the last event this page saw, so the server sends what was missed rather than nothing.
  htmx.createEventSource = function (url) {
    if (lastSeen) {
      url = url.replace(new RegExp("([?&]" + lastEventParam + "=)[^&]*"), "$1" + encodeURIComponent(lastSeen));
    }
    return new EventSource(url, { withCredentials: true });
  };
  document.addEventListener("htmx:sseBeforeMessage", function (event) {
    var message = event.detail;
    if (message.type === resetEvent) {
      // More was missed than the server keeps: the page as it is now is the truth.
      event.preventDefault();
      window.location.reload();
      return;
    }
    if (message.lastEventId) {
      lastSeen = message.lastEventId;
    }
  });
  document.addEventListener("htmx:sseOpen", function () { connection.hidden = true; });
  document.addEventListener("htmx:sseError", function () { connection.hidden = false; });

  // A contribution already on the page (rendered with it, then caught up on) is not appended twice.
  document.addEventListener("htmx:oobBeforeSwap", function (event) {
    var incoming = event.detail.fragment && event.detail.fragment.firstElementChild;
    if (incoming && incoming.id && incoming.id !== event.detail.target.id && document.getElementById(incoming.id)) {
      event.detail.shouldSwap = false;
    }
  });
  document.addEventListener("htmx:oobAfterSwap", tick);

  // Leaving says so at once; otherwise the missing heartbeat tells the room within half a minute.
  window.addEventListener("pagehide", function () {
    navigator.sendBeacon(room.getAttribute("data-leave-url"));
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
      var fixed = form.querySelector("input[type=hidden][name=kind]:not([data-reply-kind])");
      if (fixed) {
        fixed.value = reply.getAttribute("data-reply-kind");
      } else {
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
})();
