/* In: printing helps. Progressive enhancement: without JavaScript the page has no button (the
   browser's own print command prints it the same) and the printed footer names no day.
   - Every [data-print-button] place (partials/print-action.peb) gets a button that prints the
     page; its label is the attribute's value, written by the template from vi.yaml.
   - Just before printing, every [data-print-date] (partials/print-footer.peb) shows today's date
     as Vietnamese readers write it (Ngày in: 17/5/2024) after its label. */
(function () {
  'use strict';
  if (typeof window.print !== 'function') {
    return;
  }
  var places = document.querySelectorAll('[data-print-button]');
  for (var i = 0; i < places.length; i++) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'print-button';
    button.textContent = places[i].getAttribute('data-print-button') || 'In';
    button.addEventListener('click', function () {
      window.print();
    });
    places[i].appendChild(button);
    places[i].hidden = false;
  }

  window.addEventListener('beforeprint', function () {
    var now = new Date();
    var dates = document.querySelectorAll('[data-print-date]');
    for (var i = 0; i < dates.length; i++) {
      dates[i].textContent = ' · ' + dates[i].getAttribute('data-print-date') + ': ' + now.getDate() + '/' + (now.getMonth() + 1)
          + '/' + now.getFullYear();
      dates[i].hidden = false;
    }
  });
}());
