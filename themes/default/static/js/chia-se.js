/* Chia sẻ: shows the "copy link" button of a page's share links and copies the page's address to the
   clipboard. Without JavaScript, or without the Clipboard API, the button stays hidden and the
   Facebook link still works. No request leaves the page. */
(function () {
  'use strict';
  if (!navigator.clipboard || !navigator.clipboard.writeText || !window.isSecureContext) {
    return;
  }
  var buttons = document.querySelectorAll('[data-copy-link]');
  for (var i = 0; i < buttons.length; i++) {
    add(buttons[i]);
  }

  function add(button) {
    var status = button.closest('.share') && button.closest('.share').querySelector('[data-copy-status]');
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(button.getAttribute('data-copy-link')).then(function () {
        button.textContent = button.getAttribute('data-copied-label') || label;
        button.setAttribute('data-copied', '');
        if (status) {
          status.textContent = button.textContent;
        }
      }, function () {
        button.textContent = label;
      });
    });
  }
}());
