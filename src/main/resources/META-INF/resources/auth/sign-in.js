// Signs a page in at the IdP the service names (GET /pages/sign-in) with the OAuth 2 authorization-code flow and
// PKCE, keeps the user's access token for this tab only (sessionStorage), and calls the API with it. Production
// points at the insurer's IdP (Keycloak, ADFS, …); the development profile at the service's own /dev/sign-in.
window.ComplianceSignIn = (function () {
  'use strict';
  var TOKEN = 'compliance.token';
  var PENDING = 'compliance.sign-in.';

  function b64url(bytes) {
    var s = '';
    new Uint8Array(bytes).forEach(function (b) { s += String.fromCharCode(b); });
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function random() { return b64url(crypto.getRandomValues(new Uint8Array(32))); }
  function challenge(verifier) {
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)).then(b64url);
  }
  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw { title: '登录服务不可用 / Sign-in service unavailable', status: r.status };
      return r.json();
    });
  }
  function provider() {
    return json('/pages/sign-in').then(function (cfg) {
      if (!cfg.authServerUrl) throw { title: '未配置登录 / Sign-in is not configured (compliance.pages.auth-server-url)' };
      return json(cfg.authServerUrl.replace(/\/$/, '') + '/.well-known/openid-configuration').then(function (d) {
        return { clientId: cfg.clientId, scope: cfg.scope, authorize: d.authorization_endpoint, token: d.token_endpoint };
      });
    });
  }
  function here() { return location.origin + location.pathname; }

  // Leaves for the IdP; the promise never settles because the page is gone.
  function start() {
    var verifier = random(), state = random();
    sessionStorage.setItem(PENDING + state, JSON.stringify({ verifier: verifier, back: location.href }));
    return Promise.all([provider(), challenge(verifier)]).then(function (r) {
      var q = new URLSearchParams({ response_type: 'code', client_id: r[0].clientId, redirect_uri: here(),
        scope: r[0].scope || 'openid', state: state, code_challenge: r[1], code_challenge_method: 'S256' });
      var hint = new URLSearchParams(location.search).get('login_hint');
      if (hint) q.set('login_hint', hint);
      location.assign(r[0].authorize + '?' + q.toString());
      return new Promise(function () {});
    });
  }

  // Back from the IdP with ?code=&state=: trade the code for a token, then restore the page's own URL.
  function finish(params) {
    var state = params.get('state');
    var pending = JSON.parse(sessionStorage.getItem(PENDING + state) || 'null');
    sessionStorage.removeItem(PENDING + state);
    if (!pending) return start();
    return provider().then(function (p) {
      return fetch(p.token, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', code: params.get('code'),
          redirect_uri: here(), client_id: p.clientId, code_verifier: pending.verifier }).toString() });
    }).then(function (r) {
      if (!r.ok) throw { title: '登录失败 / Sign-in failed', status: r.status };
      return r.json();
    }).then(function (t) {
      sessionStorage.setItem(TOKEN, JSON.stringify({ value: t.access_token,
        expires: Date.now() + (t.expires_in || 300) * 1000 - 10000 }));
      history.replaceState(null, '', pending.back);
      return t.access_token;
    });
  }

  function token() {
    var params = new URLSearchParams(location.search);
    if (params.get('code') && params.get('state')) return finish(params);
    var held = JSON.parse(sessionStorage.getItem(TOKEN) || 'null');
    if (held && held.expires > Date.now()) return Promise.resolve(held.value);
    return start();
  }

  // fetch() with the user's token; an expired or revoked token signs in again.
  function api(url, options) {
    return token().then(function (t) {
      var o = Object.assign({}, options || {});
      o.headers = Object.assign({ Accept: 'application/json' }, o.headers || {}, { Authorization: 'Bearer ' + t });
      return fetch(url, o);
    }).then(function (r) {
      if (r.status === 401) { sessionStorage.removeItem(TOKEN); return start(); }
      return r;
    });
  }

  function claims() {
    var held = JSON.parse(sessionStorage.getItem(TOKEN) || 'null');
    if (!held) return {};
    try {
      var part = held.value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(decodeURIComponent(escape(atob(part))));
    } catch (e) { return {}; }
  }

  function signOut() {
    sessionStorage.removeItem(TOKEN);
    location.reload();
  }

  return { api: api, token: token, claims: claims, signOut: signOut };
})();
