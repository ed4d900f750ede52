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
    // the running heads and page numbers of the source's pages (fw) are its layout too
    body.classList.toggle('source-layout', !!(box && box.checked));
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

  // the page images (decision 0048): the page of the text at the top of the window shows beside it; the pointer on a
  // line of the text outlines its zone on the image, the pointer on a zone marks the line's text
  var facsimile = document.querySelector('.facsimile');
  if (facsimile) {
    var pages = Array.prototype.slice.call(facsimile.querySelectorAll('.facs-page'));
    var marks = Array.prototype.slice.call(document.querySelectorAll('.pb[data-page]'));
    var header = document.querySelector('.edition-header');
    var current = null;

    var showPage = function (page) {
      if (!page || page === current) {
        return;
      }
      pages.forEach(function (p) { p.hidden = p !== page; });
      current = page;
    };
    var pageAtTop = function () {
      var line = (header ? header.offsetHeight : 0) + window.innerHeight / 4;
      var found = marks[0];
      for (var i = 0; i < marks.length; i++) {
        if (marks[i].offsetParent !== null && marks[i].getBoundingClientRect().top <= line) {
          found = marks[i];
        }
      }
      return found && document.getElementById(found.getAttribute('data-page'));
    };
    var sizeToHeader = function () {
      if (header) {
        document.documentElement.style.setProperty('--header-height', header.offsetHeight + 'px');
      }
    };
    var scheduled = false;
    window.addEventListener('scroll', function () {
      if (!scheduled) {
        scheduled = true;
        window.requestAnimationFrame(function () {
          scheduled = false;
          showPage(pageAtTop());
        });
      }
    }, {passive: true});
    window.addEventListener('resize', sizeToHeader);
    sizeToHeader();
    showPage(pageAtTop() || pages[0]);

    // a page whose graphic gives no size gets its coordinate space from the image itself
    pages.forEach(function (page) {
      var img = page.querySelector('img');
      var svg = page.querySelector('svg');
      var fit = function () {
        if (!svg.getAttribute('viewBox') && img.naturalWidth) {
          svg.setAttribute('viewBox', '0 0 ' + img.naturalWidth + ' ' + img.naturalHeight);
        }
      };
      img.addEventListener('load', fit);
      fit();
    });

    var zonesOf = function (id) {
      return facsimile.querySelectorAll('.zone[data-zone="' + CSS.escape(id) + '"]');
    };
    var linesOf = function (id) {
      return document.querySelectorAll('.ln[data-zone="' + CSS.escape(id) + '"]');
    };
    var hot = function (id, on) {
      zonesOf(id).forEach(function (z) { z.classList.toggle('hot', on); });
      linesOf(id).forEach(function (l) { l.classList.toggle('hot', on); });
    };

    document.querySelectorAll('.ln').forEach(function (line) {
      var id = line.getAttribute('data-zone');
      line.addEventListener('mouseenter', function () {
        var zone = zonesOf(id)[0];
        if (zone) {
          showPage(zone.closest('.facs-page'));
        }
        hot(id, true);
        if (zone) {
          // a line out of the pane's sight (the page is taller than the window): scroll the pane to it
          var z = zone.getBoundingClientRect();
          var pane = facsimile.getBoundingClientRect();
          if (z.top < pane.top || z.bottom > pane.bottom) {
            facsimile.scrollTop += z.top - pane.top - pane.height / 3;
          }
        }
      });
      line.addEventListener('mouseleave', function () { hot(id, false); });
    });
    facsimile.querySelectorAll('.zone').forEach(function (zone) {
      var id = zone.getAttribute('data-zone');
      zone.addEventListener('mouseenter', function () { hot(id, true); });
      zone.addEventListener('mouseleave', function () { hot(id, false); });
      zone.addEventListener('click', function () {
        var line = Array.prototype.find.call(linesOf(id), function (l) { return l.offsetParent !== null; });
        if (line) {
          line.scrollIntoView({block: 'center'});
        }
      });
    });
    marks.forEach(function (mark) {
      mark.addEventListener('click', function () { showPage(document.getElementById(mark.getAttribute('data-page'))); });
    });
  }
})();
