// The bookmarklet's landing page, for browsers without the Clipline extension. The
// bookmarklet opens http://127.0.0.1:PORT/bookmarklet.html#<page address>; this page is the
// Clipline server's own origin: the reader pairs it once by pasting the address
// `clipline serve` printed, and the token is kept in this origin's localStorage, which no
// news site can read. The token never enters the news site's page. Clipline fetches the
// address itself (a page behind a login clips as its public version; the extension sends
// the live page instead).
//
// Any web page can open this page with an address of its choosing, so nothing is clipped
// until the reader has seen the address and pressed Clip: otherwise a site could make
// Clipline fetch addresses on the reader's own network and fill the notebook. The button
// wakes a moment after the page shows, so a click meant for the page that opened this
// window does not land on it (the page cannot be framed: the server forbids it).
(function () {
  'use strict';
  var status = document.getElementById('status');
  function say(text, ok) {
    status.textContent = text;
    status.className = ok ? 'ok' : 'error';
  }
  var url = decodeURIComponent(location.hash.slice(1));
  if (!/^https?:\/\//i.test(url)) {
    say('There is no web address to clip: use the bookmarklet on a news page.', false);
    return;
  }
  var KEY = 'clipline.bookmarklet.token';
  var token = null;
  try {
    token = localStorage.getItem(KEY) || sessionStorage.getItem('clipline.token');
  } catch (e) {
    token = null;
  }
  if (token) {
    confirmFirst(token);
    return;
  }
  say('Pair first, then this page clips ' + url, false);
  document.getElementById('pair').hidden = false;
  document.getElementById('pair-save').addEventListener('click', function () {
    var pasted;
    try {
      pasted = new URL(document.getElementById('pair-url').value.trim());
    } catch (e) {
      say('That is not an address: paste the one `clipline serve` printed.', false);
      return;
    }
    var fresh = pasted.searchParams.get('token');
    if (pasted.origin !== location.origin || !fresh) {
      say('Paste the address this Clipline printed (' + location.origin + '/?token=…).', false);
      return;
    }
    try {
      localStorage.setItem(KEY, fresh);
    } catch (e) {
      // Without storage the pairing lasts for this clip only.
    }
    document.getElementById('pair').hidden = true;
    clip(fresh);
  });

  /** Show the address and clip it when the reader presses Clip. */
  function confirmFirst(token) {
    var button = document.getElementById('clip-go');
    document.getElementById('target').textContent = url;
    document.getElementById('confirm').hidden = false;
    button.addEventListener('click', function () {
      document.getElementById('confirm').hidden = true;
      clip(token);
    });
    setTimeout(function () {
      button.disabled = false;
    }, 600);
  }

  function clip(token) {
  say('Clipping…', true);
  fetch('/api/rpc', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-clipline-token': token },
    body: JSON.stringify({ cmd: 'ArticleClip', args: { source: { kind: 'url', url: url } } }),
  })
    .then(function (res) {
      return res.json().then(function (data) {
        return { ok: res.ok, data: data };
      });
    })
    .then(function (r) {
      if (r.data && r.data.code === 'unauthorized') {
        localStorage.removeItem(KEY);
        say('Clipline refused the saved token: use the bookmarklet again and pair anew.', false);
        return;
      }
      if (!r.ok) {
        say(r.data && r.data.message ? r.data.message : 'Clipline could not clip this page.', false);
        return;
      }
      var article = r.data.data.articles[0];
      say((article.status === 'created' ? 'Clipped: ' : 'Already in your notebook: ') + article.title, true);
      setTimeout(function () {
        window.close();
      }, 2500);
    })
    .catch(function () {
      say('Clipline is not running. Start it, then use the bookmarklet again.', false);
    });
  }
})();
