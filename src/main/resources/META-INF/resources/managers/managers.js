// Managers' page: branch summary, leaderboard, an agent's reasons, history chart and violations, XLSX export.
// Names, thresholds and reasons come from the assessment workbook in force (the vocabulary endpoint), never from
// this file, so a workbook change shows here without a release. No external libraries.
(function () {
  'use strict';
  var api = '/api/v1/agents';
  var PAGE_SIZE = 50;
  var $ = function (id) { return document.getElementById(id); };
  var params;
  var page = 0;
  var vocabulary = { statuses: [], types: [] };

  function readFilters() {
    params = new URLSearchParams(location.search);
    $('branch').value = params.get('branchCode') || '';
    $('status').value = params.get('status') || '';
    $('sort').value = params.get('sort') || 'status';
    $('asOf').value = params.get('asOf') || '';
    page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
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

  // a table cell that names its column on a phone, where rows become cards
  function cell(label, value, cls) {
    var td = text('td', value, cls);
    td.setAttribute('data-label', label);
    return td;
  }

  function fail(problem) {
    $('error').hidden = false;
    var message = problem && (problem.detail || problem.title);
    $('error').textContent = message || '请求失败,请稍后重试 / The request failed; try again later';
  }

  var signIn = window.ComplianceSignIn;

  function getJson(url) {
    return signIn.api(url).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) { if (!r.ok) throw body; return body; });
    }, function () {
      throw { detail: '无法连接服务 / The service cannot be reached' };
    });
  }

  function statusOf(code) {
    return vocabulary.statuses.filter(function (s) { return s.code === code; })[0];
  }

  function typeOf(code) {
    return vocabulary.types.filter(function (t) { return t.code === code; })[0];
  }

  // the Names sheet's words beside the code: 灰名单 GREY_LIST
  function statusName(code) {
    var s = statusOf(code) || (vocabulary.flags || []).filter(function (f) { return f.code === code; })[0];
    return s && s.nameZh ? s.nameZh + ' ' + code : code;
  }

  function typeName(code) {
    var t = typeOf(code);
    return t && t.descriptionZh ? t.descriptionZh + ' (' + code + ')' : code;
  }

  function loadVocabulary() {
    var asOf = $('asOf').value ? '?asOf=' + $('asOf').value : '';
    return getJson(api + '/scores/vocabulary' + asOf).then(function (v) {
      vocabulary = v;
      var select = $('status');
      var chosen = select.value || (params && params.get('status')) || '';
      while (select.options.length > 1) select.remove(1);
      v.statuses.forEach(function (s) {
        var o = document.createElement('option');
        o.value = s.code;
        o.textContent = statusName(s.code);
        select.appendChild(o);
      });
      select.value = chosen;
      var th = $('thresholds');
      th.textContent = '';
      th.appendChild(text('span', '阈值 Thresholds (' + v.rulesetVersion + '): '));
      v.statuses.filter(function (s) { return s.thresholdPoints > 0; }).forEach(function (s) {
        var chip = text('span', statusName(s.code) + ' ≥ ' + s.thresholdPoints, 'chip status-' + s.code);
        chip.title = (s.reasonZh || '') + ' / ' + (s.reasonEn || '');
        th.appendChild(chip);
      });
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

  function loadSummary() {
    var q = new URLSearchParams();
    if ($('branch').value.trim()) q.set('branchCode', $('branch').value.trim());
    if ($('asOf').value) q.set('asOf', $('asOf').value);
    return getJson(api + '/scores/summary?' + q.toString()).then(function (s) {
      $('summary-asof').textContent = '(' + s.asOf + ')';
      var box = $('summary');
      box.textContent = '';
      if (!s.branches.length) {
        box.appendChild(text('p', '没有机构数据 / No branches to show', 'empty'));
        return;
      }
      s.branches.forEach(function (b) {
        var card = document.createElement('article');
        card.className = 'branch';
        card.setAttribute('data-branch', b.branchCode);
        card.appendChild(text('h3', (b.branchName ? b.branchName + ' ' : '') + b.branchCode));
        card.appendChild(text('p', '销售人员 Agents ' + b.agents + ' · 有效积分 Points ' + b.activePoints
          + ' · 本月新增违规 New this month ' + b.newViolationsThisMonth, 'figures'));
        var chips = document.createElement('p');
        Object.keys(b.byStatus).forEach(function (code) {
          if (b.byStatus[code] > 0) {
            chips.appendChild(text('span', statusName(code) + ' ' + b.byStatus[code], 'chip status-' + code));
          }
        });
        card.appendChild(chips);
        card.appendChild(sparkline(b.trend));
        box.appendChild(card);
      });
    });
  }

  function loadBoard() {
    var q = query();
    q.set('sort', $('sort').value);
    q.set('page', String(page));
    q.set('size', String(PAGE_SIZE));
    $('export').href = api + '/scores/export?' + query().toString();
    return getJson(api + '/scores?' + q.toString()).then(function (board) {
      var body = $('leaderboard').tBodies[0];
      body.textContent = '';
      board.agents.forEach(function (a, i) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-agent', a.agentCode);
        tr.appendChild(cell('#', board.page * board.size + i + 1));
        tr.appendChild(cell('工号 Agent', a.agentCode));
        tr.appendChild(cell('姓名 Name', a.name));
        tr.appendChild(cell('机构 Branch', (a.branchName ? a.branchName + ' ' : '') + a.branchCode));
        tr.appendChild(cell('有效积分 Points', a.activePoints));
        var st = cell('状态 Status', '');
        st.appendChild(text('span', statusName(a.status), 'status-' + a.status));
        tr.appendChild(st);
        tr.appendChild(cell('标记 Flags', a.flags.map(statusName).join(', ')));
        tr.appendChild(cell('违规 Violations', a.violationCount));
        tr.addEventListener('click', function () { showAgent(a.agentCode); });
        body.appendChild(tr);
      });
      $('empty').hidden = board.total > 0;
      $('leaderboard').hidden = board.total === 0;
      var pages = Math.max(1, Math.ceil(board.total / board.size));
      $('pager').hidden = pages <= 1;
      $('page-info').textContent = '第 ' + (board.page + 1) + ' / ' + pages + ' 页 Page';
      $('prev').disabled = board.page === 0;
      $('next').disabled = board.page + 1 >= pages;
      $('board-info').textContent = '(' + board.total + ' 人 agents — ' + board.asOf + ', ' + board.rulesetVersion + ')';
    });
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
        var score = res[1];
        $('detail').hidden = false;
        $('detail-agent').textContent = code + ' ' + (score.name || '') + ' — ' + statusName(score.status)
          + ' · ' + score.activePoints;
        var reasons = $('reasons');
        reasons.textContent = '';
        score.reasons.forEach(function (r) {
          var li = document.createElement('li');
          li.appendChild(text('strong', r.ruleId + ' '));
          li.appendChild(text('span', r.messageZh));
          li.appendChild(text('span', ' / ' + r.messageEn, 'muted'));
          reasons.appendChild(li);
        });
        drawChart(res[0].points);
        var body = $('violations').tBodies[0];
        body.textContent = '';
        score.violations.forEach(function (v) {
          var tr = document.createElement('tr');
          tr.appendChild(cell('日期 Date', v.date));
          tr.appendChild(cell('类型 Type', typeName(v.type)));
          tr.appendChild(cell('分值 Points', v.points));
          tr.appendChild(cell('有效 Active', v.active ? '是 Yes' : '否 No'));
          tr.appendChild(cell('失效日 Expires', v.expiresOn));
          tr.appendChild(cell('保单 Policy', v.policyNo || '—'));
          tr.appendChild(cell('来源 Source', v.source));
          tr.appendChild(cell('录入 Entered by', v.enteredBy || v.decisionId || ''));
          tr.appendChild(cell('备注 Note', v.note || ''));
          body.appendChild(tr);
        });
        $('no-violations').hidden = score.violations.length > 0;
        $('violations').hidden = score.violations.length === 0;
      }).catch(fail);
  }

  var NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, content) {
    var el = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (content != null) el.textContent = content;
    return el;
  }

  // twelve month-end totals as bars, scaled to the largest
  function sparkline(trend) {
    var W = 240, H = 48, max = Math.max.apply(null, trend.map(function (m) { return m.activePoints; }).concat([1]));
    var root = svg('svg', { 'class': 'trend', viewBox: '0 0 ' + W + ' ' + H, preserveAspectRatio: 'none' });
    var w = W / trend.length;
    trend.forEach(function (m, i) {
      var h = m.activePoints / max * (H - 4);
      var bar = svg('rect', { x: i * w + 1, y: H - h, width: w - 2, height: Math.max(h, 0.5), fill: '#1f3a5f' });
      bar.appendChild(svg('title', {}, m.month + ': ' + m.activePoints));
      root.appendChild(bar);
    });
    return root;
  }

  // A step chart: points hold from one change date to the next; the workbook's thresholds as dashed lines.
  function drawChart(points) {
    var W = 900, H = 280, L = 50, R = 20, T = 20, B = 40;
    var chart = $('chart');
    chart.textContent = '';
    var root = svg('svg', { id: 'history-chart', viewBox: '0 0 ' + W + ' ' + H });
    if (!points.length) { chart.appendChild(root); return; }
    var thresholds = vocabulary.statuses.filter(function (s) { return s.thresholdPoints > 0; });
    var t = points.map(function (p) { return Date.parse(p.date); });
    var t0 = t[0], t1 = Math.max(t[t.length - 1], t0 + 86400000);
    var top = Math.max.apply(null, thresholds.map(function (s) { return s.thresholdPoints; }).concat([0]));
    var maxY = Math.max(top + 2, Math.max.apply(null, points.map(function (p) { return p.activePoints; })) + 2);
    var x = function (v) { return L + (v - t0) / (t1 - t0) * (W - L - R); };
    var y = function (v) { return H - B - v / maxY * (H - T - B); };
    thresholds.forEach(function (s) {
      root.appendChild(svg('line', { 'class': 'threshold', x1: L, x2: W - R, y1: y(s.thresholdPoints),
        y2: y(s.thresholdPoints), stroke: '#e0b0b0', 'stroke-dasharray': '4 3' }));
      root.appendChild(svg('text', { x: L - 6, y: y(s.thresholdPoints) + 4, 'text-anchor': 'end', 'font-size': 11 },
        s.thresholdPoints));
      root.appendChild(svg('text', { 'class': 'threshold-name', x: W - R, y: y(s.thresholdPoints) - 3,
        'text-anchor': 'end', 'font-size': 11, fill: '#a05050' }, statusName(s.code)));
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
      c.appendChild(svg('title', {}, p.date + ': ' + p.activePoints + ' ' + statusName(p.status)));
      root.appendChild(c);
    });
    root.appendChild(svg('text', { x: L, y: H - 12, 'font-size': 11 }, points[0].date));
    root.appendChild(svg('text', { x: W - R, y: H - 12, 'font-size': 11, 'text-anchor': 'end' },
      points[points.length - 1].date));
    chart.appendChild(root);
  }

  function pageUrl() {
    var q = query();
    q.set('sort', $('sort').value);
    if (page > 0) q.set('page', String(page));
    return '?' + q.toString();
  }

  function refresh() {
    $('error').hidden = true;
    history.replaceState(null, '', pageUrl());
    return loadVocabulary().then(function () { return Promise.all([loadSummary(), loadBoard()]); }).catch(fail);
  }

  $('export').addEventListener('click', function (e) {
    e.preventDefault();
    download($('export').href, 'agent-scores-' + ($('asOf').value || 'today') + '.xlsx');
  });
  $('sign-out').addEventListener('click', function () { signIn.signOut(); });
  $('prev').addEventListener('click', function () { page = Math.max(0, page - 1); refresh(); });
  $('next').addEventListener('click', function () { page += 1; refresh(); });

  $('filters').addEventListener('submit', function (e) {
    e.preventDefault();
    page = 0;
    refresh();
  });

  signIn.token().then(function () {
    var c = signIn.claims();
    $('who').textContent = c.preferred_username || c.sub || '';
    readFilters();
    return refresh();
  }).then(function () {
    if (params.get('agent')) return showAgent(params.get('agent'));
  }).catch(fail);
})();
