/* Sao chép: a "copy" button after every text marked data-sao-chep (the themes and slogans of a
   campaign year's press kit). Progressive enhancement: without JavaScript, or where the browser
   has no Clipboard API, the text stays plain and selectable and no button is shown. The button
   labels come from the nearest [data-copy-label] element, written by the template from vi.yaml. */
(function () {
  'use strict';
  if (!navigator.clipboard || !navigator.clipboard.writeText || !window.isSecureContext) {
    return;
  }
  var texts = document.querySelectorAll('[data-sao-chep]');
  var statuses = [];
  for (var i = 0; i < texts.length; i++) {
    add(texts[i]);
  }

  function label(scope, name, fallback) {
    return (scope && scope.getAttribute(name)) || fallback;
  }

  /* One polite live region per labelled scope tells screen readers what happened. */
  function statusOf(scope) {
    for (var i = 0; i < statuses.length; i++) {
      if (statuses[i].scope === scope) {
        return statuses[i].node;
      }
    }
    var node = document.createElement('p');
    node.className = 'visually-hidden';
    node.setAttribute('role', 'status');
    (scope || document.body).appendChild(node);
    statuses.push({scope: scope, node: node});
    return node;
  }

  function add(el) {
    var scope = el.closest('[data-copy-label]');
    var copy = label(scope, 'data-copy-label', 'Sao chép');
    var copied = label(scope, 'data-copied-label', 'Đã sao chép');
    var failed = label(scope, 'data-copy-failed-label', 'Không sao chép được');
    var text = el.textContent.replace(/\s+/g, ' ').trim();
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    var visible = document.createElement('span');
    visible.textContent = copy;
    var hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ': ' + text;
    button.appendChild(visible);
    button.appendChild(hidden);
    var timer = null;
    button.addEventListener('click', function () {
      var status = statusOf(scope);
      navigator.clipboard.writeText(text).then(function () {
        visible.textContent = copied;
        status.textContent = copied + ': ' + text;
        button.setAttribute('data-copied', '');
      }, function () {
        status.textContent = failed;
      });
      clearTimeout(timer);
      timer = setTimeout(function () {
        visible.textContent = copy;
        button.removeAttribute('data-copied');
      }, 3000);
    });
    el.parentNode.insertBefore(document.createTextNode(' '), el.nextSibling);
    el.parentNode.insertBefore(button, el.nextSibling.nextSibling);
  }
})();
