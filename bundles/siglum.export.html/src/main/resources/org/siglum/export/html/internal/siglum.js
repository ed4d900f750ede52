// The web edition's behaviour: the witness switch, the source's line breaks, and the apparatus marks.
// Without script the page shows the edited text; nothing here reaches the network.
(function () {
  'use strict';
  var body = document.body;

  function tokens(element, name) {
    return (element.getAttribute(name) || '').split(/\s+/).filter(Boolean);
  }

  function showLayout() {
    var box = document.getElementById('layout');
    var witness = body.getAttribute('data-witness');
    document.querySelectorAll('br.lb').forEach(function (br) {
      // a break that names no source is the text's own layout: any witness shows it
      var eds = tokens(br, 'data-ed');
      br.hidden = !(box && box.checked && (eds.length === 0 || eds.indexOf(witness) >= 0));
    });
  }

  function showWitness(witness) {
    body.setAttribute('data-witness', witness);
    document.querySelectorAll('[data-wit]').forEach(function (element) {
      element.hidden = tokens(element, 'data-wit').indexOf(witness) < 0;
    });
    showLayout();
  }

  document.querySelectorAll('input[name="witness"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      if (radio.checked) {
        showWitness(radio.value);
      }
    });
    if (radio.checked && radio.value !== body.getAttribute('data-witness')) {
      showWitness(radio.value); // the browser kept a choice across a reload
    }
  });
  var layout = document.getElementById('layout');
  if (layout) {
    layout.addEventListener('change', showLayout);
  }

  function toggle(button, open) {
    var panel = document.getElementById(button.getAttribute('aria-controls'));
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    panel.hidden = !open;
  }

  document.querySelectorAll('.app-mark').forEach(function (button) {
    // a button: Enter and Space click it, so the keyboard needs nothing more than Escape
    button.addEventListener('click', function () {
      toggle(button, button.getAttribute('aria-expanded') !== 'true');
    });
    button.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        toggle(button, false);
      }
    });
  });

  // a note's way back to a marker that the chosen witness hides (in a reading): open that entry's panel instead
  document.querySelectorAll('a.backlink').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var marker = document.getElementById(link.getAttribute('href').slice(1));
      var app = marker && marker.closest('.app');
      if (!app || marker.offsetParent !== null) {
        return;
      }
      var button = app.querySelector(':scope > .app-mark');
      if (button) {
        event.preventDefault();
        toggle(button, true);
        button.focus();
      }
    });
  });
})();
