/* Loa's editor page: loads Decap CMS from Loa's own copy (decap/decap-cms.js) and starts it once
   the theme's stylesheets are known, read from the site's home page whatever the theme names them
   (fingerprinted or not), so the preview of an entry looks as it will on the site. A file, not an
   inline script, so a Content-Security-Policy without 'unsafe-inline' scripts still allows it. */
(function () {
  'use strict';
  window.CMS_MANUAL_INIT = true;
  var here = document.currentScript.src;
  var home = new URL('../', location.href);
  var styles = fetch(home, {credentials: 'same-origin'})
    .then(function (r) { return r.ok ? r.text() : ''; })
    .catch(function () { return ''; });
  var decap = document.createElement('script');
  decap.src = new URL('decap/decap-cms.js', here).href;
  decap.onload = function () {
    styles.then(function (html) {
      new DOMParser().parseFromString(html, 'text/html').querySelectorAll('link[rel~="stylesheet"][href]')
        .forEach(function (l) { window.CMS.registerPreviewStyle(new URL(l.getAttribute('href'), home).href); });
      window.CMS.init();
    });
  };
  document.body.appendChild(decap);
}());
