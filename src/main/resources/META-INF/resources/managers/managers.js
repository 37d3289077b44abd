// Managers' page: leaderboard, filters, an agent's history chart (inline SVG), XLSX export. No external libraries.
(function () {
  'use strict';
  var api = '/api/v1/agents';
  var $ = function (id) { return document.getElementById(id); };
  var params;
  // after sign-in, when the page's own URL (filters, selected agent) is back
  function readFilters() {
    params = new URLSearchParams(location.search);
    $('branch').value = params.get('branchCode') || '';
    $('status').value = params.get('status') || '';
    $('asOf').value = params.get('asOf') || '';
  }

  function query() {
    var q = new URLSearchParams();
    if ($('branch').value.trim()) q.set('branchCode', $('branch').value.trim());
    if ($('status').value) q.set('status', $('status').value);
    if ($('asOf').value) q.set('asOf', $('asOf').value);
    return q;
  }

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value == null ? '' : String(value);
    if (cls) el.className = cls;
    return el;
  }

  function fail(problem) {
    $('error').hidden = false;
    $('error').textContent = (problem && (problem.detail || problem.title)) || 'Request failed';
  }

  var signIn = window.ComplianceSignIn;

  function getJson(url) {
    return signIn.api(url).then(function (r) {
      return r.json().then(function (body) { if (!r.ok) throw body; return body; });
    });
  }

  // A link cannot carry the bearer token: fetch the workbook and hand it to the browser as a download.
  function download(url, fileName) {
    return signIn.api(url, { headers: { Accept: '*/*' } }).then(function (r) {
      if (!r.ok) return r.json().then(function (body) { throw body; });
      return r.blob();
    }).then(function (blob) {
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    }).catch(fail);
  }

  function loadBoard() {
    $('error').hidden = true;
    var q = query();
    q.set('size', '1000');
    $('export').href = api + '/scores/export?' + query().toString();
    return getJson(api + '/scores?' + q.toString()).then(function (board) {
      var body = $('leaderboard').tBodies[0];
      body.textContent = '';
      board.agents.forEach(function (a, i) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-agent', a.agentCode);
        tr.appendChild(text('td', i + 1));
        tr.appendChild(text('td', a.agentCode));
        tr.appendChild(text('td', a.name));
        tr.appendChild(text('td', a.branchCode));
        tr.appendChild(text('td', a.activePoints));
        var st = text('td', '');
        st.appendChild(text('span', a.status, 'status-' + a.status));
        tr.appendChild(st);
        tr.appendChild(text('td', a.flags.join(', ')));
        tr.appendChild(text('td', a.violationCount));
        tr.addEventListener('click', function () { showAgent(a.agentCode); });
        body.appendChild(tr);
      });
      $('summary').textContent = '(' + board.total + ' — ' + board.asOf + ', ' + board.rulesetVersion + ')';
    }).catch(fail);
  }

  function showAgent(code) {
    Array.prototype.forEach.call(document.querySelectorAll('tr[data-agent]'), function (tr) {
      tr.classList.toggle('selected', tr.getAttribute('data-agent') === code);
    });
    var to = $('asOf').value ? '?to=' + $('asOf').value : '';
    var asOf = $('asOf').value ? '?asOf=' + $('asOf').value : '';
    var enc = encodeURIComponent(code);
    return Promise.all([getJson(api + '/' + enc + '/score/history' + to), getJson(api + '/' + enc + '/score' + asOf)])
      .then(function (res) {
        $('detail').hidden = false;
        $('detail-agent').textContent = code + ' ' + (res[1].name || '') + ' — ' + res[1].status;
        drawChart(res[0].points);
        var body = $('violations').tBodies[0];
        body.textContent = '';
        res[1].violations.forEach(function (v) {
          var tr = document.createElement('tr');
          [v.date, v.type, v.points, v.active ? '是' : '否', v.source, v.enteredBy || v.decisionId || '']
            .forEach(function (x) { tr.appendChild(text('td', x)); });
          body.appendChild(tr);
        });
      }).catch(fail);
  }

  var NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, content) {
    var el = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (content != null) el.textContent = content;
    return el;
  }

  // A step chart: points hold from one change date to the next.
  function drawChart(points) {
    var W = 900, H = 280, L = 50, R = 20, T = 20, B = 40;
    var chart = $('chart');
    chart.textContent = '';
    var root = svg('svg', { id: 'history-chart', width: W, height: H, viewBox: '0 0 ' + W + ' ' + H });
    if (!points.length) { chart.appendChild(root); return; }
    var t = points.map(function (p) { return Date.parse(p.date); });
    var t0 = t[0], t1 = Math.max(t[t.length - 1], t0 + 86400000);
    var maxY = Math.max(14, Math.max.apply(null, points.map(function (p) { return p.activePoints; })) + 2);
    var x = function (v) { return L + (v - t0) / (t1 - t0) * (W - L - R); };
    var y = function (v) { return H - B - v / maxY * (H - T - B); };
    [3, 6, 9, 12].forEach(function (th) {
      root.appendChild(svg('line', { 'class': 'threshold', x1: L, x2: W - R, y1: y(th), y2: y(th),
        stroke: '#e0b0b0', 'stroke-dasharray': '4 3' }));
      root.appendChild(svg('text', { x: L - 6, y: y(th) + 4, 'text-anchor': 'end', 'font-size': 11 }, th));
    });
    root.appendChild(svg('line', { x1: L, x2: W - R, y1: y(0), y2: y(0), stroke: '#888' }));
    root.appendChild(svg('line', { x1: L, x2: L, y1: T, y2: y(0), stroke: '#888' }));
    var coords = [];
    points.forEach(function (p, i) {
      if (i > 0) coords.push(x(t[i]) + ',' + y(points[i - 1].activePoints));
      coords.push(x(t[i]) + ',' + y(p.activePoints));
    });
    root.appendChild(svg('polyline', { 'class': 'points-line', points: coords.join(' '), fill: 'none',
      stroke: '#1f3a5f', 'stroke-width': 2 }));
    points.forEach(function (p, i) {
      var c = svg('circle', { 'class': 'point', cx: x(t[i]), cy: y(p.activePoints), r: 4,
        fill: p.status === 'TERMINATED' ? '#8e1b1b' : '#1f3a5f' });
      c.appendChild(svg('title', {}, p.date + ': ' + p.activePoints + ' ' + p.status));
      root.appendChild(c);
    });
    root.appendChild(svg('text', { x: L, y: H - 12, 'font-size': 11 }, points[0].date));
    root.appendChild(svg('text', { x: W - R, y: H - 12, 'font-size': 11, 'text-anchor': 'end' },
      points[points.length - 1].date));
    chart.appendChild(root);
  }

  $('export').addEventListener('click', function (e) {
    e.preventDefault();
    download($('export').href, 'agent-scores-' + ($('asOf').value || 'today') + '.xlsx');
  });
  $('sign-out').addEventListener('click', function () { signIn.signOut(); });

  $('filters').addEventListener('submit', function (e) {
    e.preventDefault();
    history.replaceState(null, '', '?' + query().toString());
    loadBoard();
  });

  signIn.token().then(function () {
    var c = signIn.claims();
    $('who').textContent = c.preferred_username || c.sub || '';
    readFilters();
    return loadBoard();
  }).then(function () {
    if (params.get('agent')) return showAgent(params.get('agent'));
  }).catch(fail);
})();
