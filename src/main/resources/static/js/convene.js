// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // CSRF token on every htmx request (Spring Security checks it like on any form).
  document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Copy buttons: <button data-copy="#selector">.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) {
      return;
    }
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (!source) {
      return;
    }
    source.select();
    var done = function () {
      button.setAttribute("data-copied", "true");
    };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(source.value).then(done, done);
    } else {
      document.execCommand("copy");
      done();
    }
  });
})();

// Upload progress for htmx forms marked data-progress="#progress-element".
(function () {
  "use strict";
  document.addEventListener("htmx:xhr:progress", function (event) {
    var form = event.target.closest("[data-progress]");
    if (!form || !event.detail.lengthComputable) {
      return;
    }
    var bar = document.querySelector(form.getAttribute("data-progress"));
    if (bar) {
      bar.hidden = false;
      bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
    }
  });
})();
