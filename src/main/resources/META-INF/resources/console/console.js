// Rules console: families and versions, upload by drag-and-drop, the 422 problems by sheet/row/column, the
// workbook's own test results, the cell diff against the version in force, the impact preview, four-eyes activation,
// rollback, change history and downloads. Plain script on the service's own API; no build step, no external files.
(function () {
  'use strict';
  var API = '/api/v1/rulesets';
  var signIn = window.ComplianceSignIn;
  var $ = function (id) { return document.getElementById(id); };

  var FAMILY = { truthfulness: '客户信息真实性 Truthfulness', access: '个人信息访问 Access',
    assessment: '销售人员考核 Assessment', service: '保全与资料生命周期 Service requests' };
  var STATUS = { ACTIVE: '生效中 Active', VALIDATED: '待审批 Awaiting approval', REJECTED: '未通过 Rejected',
    RETIRED: '已停用 Retired', PENDING_APPROVAL: '校验中 Validating' };
  var ACTION = { SEEDED: '初始版本 Seeded', UPLOADED: '上传 Uploaded', REJECTED: '上传被拒 Rejected',
    ACTIVATED: '生效 Activated', ROLLED_BACK: '回滚 Rolled back' };

  var state = { families: [], family: null, selected: null, user: '', roles: [] };

  function can(role) { return state.roles.indexOf(role) >= 0; }
  function current() {
    return state.families.filter(function (f) { return f.family === state.family; })[0];
  }
  function label(version) { return state.family + '@' + version; }

  function el(tag, value, cls) {
    var e = document.createElement(tag);
    e.textContent = value == null ? '' : String(value);
    if (cls) e.className = cls;
    return e;
  }
  function row(values) {
    var tr = document.createElement('tr');
    values.forEach(function (v) { tr.appendChild(v instanceof Node ? v : el('td', v)); });
    return tr;
  }
  function cell(node, cls) {
    var td = document.createElement('td');
    if (cls) td.className = cls;
    td.appendChild(node);
    return td;
  }
  function button(text, onClick, cls) {
    var b = el('button', text, cls);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }
  function when(instant) {
    if (!instant) return '';
    var d = new Date(instant);
    return isNaN(d) ? instant : d.toLocaleString('zh-CN', { hour12: false });
  }
  // Each cell carries its column's header, so that a phone shows a table row as a card of "label: value" lines.
  function labelCells(table) {
    var heads = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.textContent; });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (tr) {
      Array.prototype.forEach.call(tr.cells, function (td, i) { td.setAttribute('data-label', heads[i] || ''); });
    });
  }
  function statusBadge(status) { return el('span', STATUS[status] || status, 'status status-' + status); }

  function say(text, isError) {
    var m = $('message');
    m.hidden = false;
    m.textContent = text;
    m.classList.toggle('error', !!isError);
  }
  // Problems arrive as problem+json with a bilingual detail; anything else (network, a proxy page) gets a plain line.
  function fail(problem) {
    say((problem && (problem.detail || problem.title))
      || '请求失败，请稍后重试 / The request failed; try again shortly', true);
  }

  // Answers {ok, status, body} so callers can show a refusal instead of losing it in a rejected promise.
  function call(url, options) {
    return signIn.api(url, options).then(function (r) {
      var type = r.headers.get('Content-Type') || '';
      var body = type.indexOf('json') >= 0 ? r.json() : Promise.resolve(null);
      return body.then(function (b) { return { ok: r.ok, status: r.status, body: b }; });
    });
  }
  function getJson(url) {
    return call(url).then(function (r) { if (!r.ok) throw r.body; return r.body; });
  }

  function remember() {
    var q = new URLSearchParams({ family: state.family });
    if (state.selected != null) q.set('version', state.selected);
    history.replaceState(null, '', '?' + q.toString());
  }

  // ---- families, versions, history ----

  function loadFamilies() {
    return getJson(API).then(function (families) {
      state.families = families;
      if (!current()) state.family = families.length ? families[0].family : null;
      renderNav();
      renderVersions();
      return loadChanges();
    });
  }

  function renderNav() {
    var nav = $('families');
    nav.textContent = '';
    state.families.forEach(function (f) {
      var b = button((FAMILY[f.family] || f.family) + (f.activeVersion ? ' · v' + f.activeVersion : ''), function () {
        state.family = f.family;
        state.selected = null;
        $('detail').hidden = true;
        $('problems-box').hidden = true;
        $('message').hidden = true;
        remember();
        renderNav();
        renderVersions();
        loadChanges().catch(fail);
      });
      b.setAttribute('data-family', f.family);
      b.setAttribute('aria-current', String(f.family === state.family));
      nav.appendChild(b);
    });
  }

  function renderVersions() {
    var f = current();
    $('family-title').textContent = FAMILY[f.family] || f.family;
    $('family-state').textContent = '生效版本 In force: ' + (f.activeVersion ? label(f.activeVersion) : '—')
      + ' · 本实例执行 Served here: ' + (f.servedVersion ? label(f.servedVersion) : '—');
    $('family-state').setAttribute('data-active', f.activeVersion || '');
    var body = $('versions').tBodies[0];
    body.textContent = '';
    f.versions.slice().reverse().forEach(function (v) {
      var actions = document.createElement('td');
      actions.className = 'actions';
      actions.appendChild(button('查看 View', function () { showVersion(v.version); }, 'view'));
      actions.appendChild(button('下载 Download', function () { download(v); }, 'download'));
      if (v.status === 'RETIRED' && can('rule-approver')) {
        // opens the version first: the approver sees what going back (or forward again) changes before confirming
        var back = f.activeVersion && v.version < f.activeVersion;
        actions.appendChild(button(back ? '回滚到此版本 Roll back' : '重新生效 Re-activate',
          function () { showVersion(v.version); }, back ? 'rollback' : 'reactivate'));
      }
      var tr = row([label(v.version), cell(statusBadge(v.status)), v.fileName, v.ruleCount == null ? '' : v.ruleCount,
        (v.uploadedBy || '') + ' ' + when(v.uploadedAt), (v.approvedBy || '') + ' ' + when(v.activatedAt), actions]);
      tr.setAttribute('data-version', v.version);
      tr.setAttribute('data-status', v.status);
      tr.classList.toggle('selected', v.version === state.selected);
      body.appendChild(tr);
    });
    labelCells($('versions'));
    $('upload').hidden = !can('rule-author');
  }

  function loadChanges() {
    return getJson(API + '/' + state.family + '/changes').then(function (changes) {
      var body = $('changes').tBodies[0];
      body.textContent = '';
      changes.slice().reverse().forEach(function (c) {
        var tr = row([when(c.at), ACTION[c.action] || c.action, c.actor,
          c.fromVersion == null ? '' : label(c.fromVersion), c.toVersion == null ? '' : label(c.toVersion),
          c.detail || '']);
        tr.setAttribute('data-action', c.action);
        body.appendChild(tr);
      });
      labelCells($('changes'));
    });
  }

  // ---- one version: tests, diff, impact, activation ----

  function showVersion(version) {
    state.selected = version;
    remember();
    renderVersions();
    return getJson(API + '/' + state.family + '/versions/' + version).then(function (d) {
      // a later click chose another version while this one loaded: its answer must not overwrite that one
      if (state.selected !== version) return null;
      var v = d.version;
      var f = current();
      $('detail').hidden = false;
      $('detail').setAttribute('data-version', v.version);
      $('detail-label').textContent = v.label;
      $('detail-status').textContent = '';
      $('detail-status').appendChild(statusBadge(v.status));
      $('detail-meta').textContent = '文件 File: ' + v.fileName + ' · 上传人 Uploaded by: ' + v.uploadedBy + ' '
        + when(v.uploadedAt) + (v.approvedBy ? ' · 审批人 Approved by: ' + v.approvedBy + ' ' + when(v.activatedAt) : '')
        + (v.checksum ? ' · SHA-256 ' + v.checksum.substring(0, 12) + '…' : '');
      $('download').onclick = function () { download(v); };
      renderTests(d.report || {});
      renderActivation(v, f);
      var work = [];
      if (f.activeVersion && f.activeVersion !== v.version && v.status !== 'REJECTED') {
        work.push(loadDiff(f.activeVersion, v.version));
      } else {
        $('diff-base').textContent = f.activeVersion ? label(f.activeVersion) : '—';
        $('diff').hidden = true;
        $('diff-summary').textContent = v.status === 'REJECTED'
          ? '未通过校验的版本不比较 / A rejected version is not compared'
          : '这就是生效版本 / This is the version in force';
      }
      // a version awaiting approval only: the service previews VALIDATED (and ACTIVE) versions, not retired ones
      var previewable = state.family === 'truthfulness' && v.status === 'VALIDATED'
        && (can('rule-author') || can('rule-approver'));
      $('impact').hidden = !previewable;
      if (previewable) {
        // the preview compiles the version on the service; an activation clicked meanwhile would wait for the same
        // compile slot and could be refused as busy — and the approver should see the impact before deciding anyway
        var b = $('activate');
        var allowed = !b.disabled;
        b.disabled = true;
        b.title = '影响预估完成后可操作 / Available once the impact preview is in';
        var settle = function () {
          if (state.selected !== v.version) return;
          b.disabled = !allowed;
          b.title = '';
        };
        work.push(loadImpact(v.version).then(settle, function (e) { settle(); throw e; }));
      }
      return Promise.all(work);
    }).then(function () {
      if (state.selected === version) $('detail').scrollIntoView({ block: 'start' });
    }).catch(fail);
  }

  function problemRows(table, problems) {
    var body = table.tBodies[0];
    body.textContent = '';
    problems.forEach(function (p) {
      var tr = row([p.sheet || '（整个文件 whole file）', p.row == null ? '' : p.row, p.column || '', p.message]);
      tr.setAttribute('data-sheet', p.sheet || '');
      tr.setAttribute('data-row', p.row == null ? '' : p.row);
      tr.setAttribute('data-column', p.column || '');
      body.appendChild(tr);
    });
    labelCells(table);
    table.hidden = problems.length === 0;
  }

  function renderTests(report) {
    var failures = report.failures || report.problems || [];
    var cases = report.testCases;
    var text;
    if (report.problems) {
      text = '工作簿未能编译，测试用例未运行。/ The workbook did not compile; its test cases did not run.';
    } else if (cases == null) {
      text = '没有测试结果记录 / No test results recorded';
    } else if (!failures.length) {
      text = '工作簿自带的 ' + cases + ' 个测试用例全部通过 / All ' + cases + ' of the workbook\'s own test cases passed';
    } else {
      text = cases + ' 个测试用例中有 ' + failures.length + ' 处未通过 / ' + failures.length + ' failure(s) in '
        + cases + ' test cases';
    }
    $('tests-summary').textContent = text;
    $('tests-summary').setAttribute('data-cases', cases == null ? '' : cases);
    $('tests-summary').setAttribute('data-failures', failures.length);
    problemRows($('tests'), failures);
  }

  function renderActivation(v, f) {
    var b = $('activate');
    var why = $('four-eyes');
    var rollback = f.activeVersion && v.version < f.activeVersion;
    b.textContent = rollback ? '回滚到此版本 Roll back to this version'
      : v.status === 'RETIRED' ? '重新生效 Re-activate' : '生效 Activate';
    b.hidden = v.status === 'ACTIVE' || v.status === 'REJECTED' || v.status === 'PENDING_APPROVAL';
    b.disabled = false;
    why.hidden = false;
    why.removeAttribute('data-reason');
    if (v.status === 'ACTIVE') {
      why.textContent = '该版本正在生效。/ This version is in force.';
    } else if (v.status === 'REJECTED') {
      why.textContent = '未通过校验的版本不能生效，请修改工作簿后重新上传。/ A rejected version cannot be put in force; '
        + 'correct the workbook and upload it again.';
    } else if (!can('rule-approver')) {
      b.disabled = true;
      why.setAttribute('data-reason', 'role');
      why.textContent = '生效或回滚需要“规则审批人”角色，请联系审批人。/ Activation and rollback need the rule-approver '
        + 'role; ask an approver.';
    } else if (v.uploadedBy === state.user) {
      // the service refuses it too (403 four-eyes); saying so here spares the uploader a refused click
      b.disabled = true;
      why.setAttribute('data-reason', 'four-eyes');
      why.textContent = '四眼原则：' + v.label + ' 由您本人上传，须由另一位审批人审核后生效。'
        + ' / Four-eyes rule: you uploaded ' + v.label + ', so a different approver must review and activate it.';
    } else {
      why.textContent = (rollback ? '回滚后' : '生效后') + '，新的决策立即使用 ' + v.label + '（上传人 ' + v.uploadedBy
        + '）；之后可随时回滚。/ Once ' + (rollback ? 'rolled back' : 'activated') + ', new decisions use ' + v.label
        + ' (uploaded by ' + v.uploadedBy + ') at once; you can roll back at any time.';
    }
    b.onclick = function () { activate(v); };
  }

  function activate(v) {
    $('activate').disabled = true;
    say('正在编译并生效 ' + v.label + '… / Compiling and activating ' + v.label + '…');
    return call(API + '/' + state.family + '/versions/' + v.version + '/activate', { method: 'POST' })
      .then(function (r) {
        if (!r.ok) {
          // the service's own reason (four-eyes, rejected, another activation running), in Chinese and English
          var why = $('four-eyes');
          why.hidden = false;
          why.setAttribute('data-reason', 'refused');
          why.textContent = (r.body && (r.body.detail || r.body.title)) || ('HTTP ' + r.status);
          fail(r.body);
          // busy or another activation running: the approver may try again; a refusal (403, 409 rejected) stands
          $('activate').disabled = !(r.status === 503 || (r.body && r.body.type && /activation-in-progress/.test(r.body.type)));
          return null;
        }
        say(r.body.label + ' 已生效，新的决策使用该版本。/ ' + r.body.label + ' is now in force; new decisions use it.');
        return loadFamilies().then(function () { return showVersion(v.version); });
      }).catch(fail);
  }

  function loadDiff(a, b) {
    $('diff-base').textContent = label(a);
    return getJson(API + '/' + state.family + '/versions/' + a + '/diff/' + b).then(function (diff) {
      var body = $('diff').tBodies[0];
      body.textContent = '';
      var count = 0;
      diff.sheets.forEach(function (s) {
        s.changed.forEach(function (c) {
          c.cells.forEach(function (x) {
            count++;
            var tr = row([s.sheet, c.key.replace(/#1$/, ''), c.rowAfter, x.column, x.header,
              cell(document.createTextNode(x.before), 'before'), cell(document.createTextNode(x.after), 'after')]);
            tr.setAttribute('data-change', 'changed');
            body.appendChild(tr);
          });
        });
        s.added.forEach(function (r) {
          count++;
          var tr = row([s.sheet, r.key.replace(/#1$/, ''), r.row, '', '新增规则行 Row added', '',
            cell(document.createTextNode(Object.values(r.cells).join(' | ')), 'after')]);
          tr.setAttribute('data-change', 'added');
          body.appendChild(tr);
        });
        s.removed.forEach(function (r) {
          count++;
          var tr = row([s.sheet, r.key.replace(/#1$/, ''), r.row, '', '删除规则行 Row removed',
            cell(document.createTextNode(Object.values(r.cells).join(' | ')), 'before'), '']);
          tr.setAttribute('data-change', 'removed');
          body.appendChild(tr);
        });
      });
      labelCells($('diff'));
      $('diff').hidden = count === 0;
      $('diff-summary').textContent = count === 0 ? '规则内容与生效版本相同 / The rules are the same as the version in force'
        : '共 ' + count + ' 处变化 / ' + count + ' change(s)';
    });
  }

  function loadImpact(version) {
    $('impact-summary').textContent = '正在比较… / Comparing…';
    $('impact-summary').removeAttribute('data-records');
    $('impact-summary').removeAttribute('data-flips');
    return getJson('/api/v1/rulesets/truthfulness/versions/' + version + '/impact?last=500').then(function (r) {
      var s = $('impact-summary');
      s.setAttribute('data-records', r.records);
      s.setAttribute('data-flips', r.passToFail + r.failToPass);
      s.textContent = r.records === 0
        ? '暂无已记录的决策可供比较。/ No stored decisions to compare against yet.'
        : '以最近 ' + r.records + ' 条已记录的决策比较 ' + r.candidate + ' 与 ' + r.active + '：通过→不通过 '
          + r.passToFail + ' 条，不通过→通过 ' + r.failToPass + ' 条，核保门控变化 ' + r.gateChanged + ' 条。/ Over the last '
          + r.records + ' stored decisions, ' + r.candidate + ' against ' + r.active + ': ' + r.passToFail
          + ' PASS→FAIL, ' + r.failToPass + ' FAIL→PASS, ' + r.gateChanged + ' underwriting-gate change(s).';
      var channels = Object.keys(r.byChannel).map(function (k) {
        var c = r.byChannel[k];
        return { label: k, records: c.records, a: c.passToFail, b: c.failToPass,
          chartLabel: k + ' (' + c.records + ')' };
      });
      var rules = Object.keys(r.byRule).map(function (k) {
        return { label: k, a: r.byRule[k].added, b: r.byRule[k].removed };
      });
      var cb = $('impact-channels').tBodies[0];
      cb.textContent = '';
      channels.forEach(function (c) { cb.appendChild(row([c.label, c.records, c.a, c.b])); });
      var rb = $('impact-rules').tBodies[0];
      rb.textContent = '';
      rules.forEach(function (x) { rb.appendChild(row([x.label, x.a, x.b])); });
      if (!rules.length) rb.appendChild(row(['—', 0, 0]));
      drawImpact(channels, rules);
    });
  }

  var NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, content) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (content != null) e.textContent = content;
    return e;
  }

  function shorten(text) { return text.length > 26 ? text.substring(0, 25) + '…' : text; }

  // Paired horizontal bars: per channel PASS→FAIL / FAIL→PASS, per rule now fires / no longer fires.
  function drawImpact(channels, rules) {
    var blocks = [
      { title: '按渠道（记录数）By channel (records)', rows: channels, a: '通过→不通过 PASS→FAIL', b: '不通过→通过 FAIL→PASS' },
      { title: '按规则 By rule', rows: rules, a: '新触发 Now fires', b: '不再触发 No longer fires' }];
    var W = 720, L = 190, R = 60, BAR = 9, GAP = 8, y = 24;
    var max = 1;
    blocks.forEach(function (bl) { bl.rows.forEach(function (x) { max = Math.max(max, x.a, x.b); }); });
    var height = 24 + blocks.reduce(function (h, bl) {
      return h + 30 + Math.max(1, bl.rows.length) * (2 * BAR + GAP);
    }, 0) + 10;
    var root = svg('svg', { id: 'impact-svg', width: W, height: height, viewBox: '0 0 ' + W + ' ' + height,
      role: 'img', 'aria-label': '影响预估图 Impact chart' });
    root.appendChild(svg('rect', { x: L, y: 6, width: 10, height: 10, fill: '#c0392b' }));
    root.appendChild(svg('text', { x: L + 14, y: 15, 'font-size': 11 }, blocks[0].a + ' / ' + blocks[1].a));
    root.appendChild(svg('rect', { x: L + 330, y: 6, width: 10, height: 10, fill: '#1d6b3a' }));
    root.appendChild(svg('text', { x: L + 344, y: 15, 'font-size': 11 }, blocks[0].b.split(' ')[0] + ' / '
      + blocks[1].b.split(' ')[0]));
    var scale = function (v) { return v / max * (W - L - R); };
    blocks.forEach(function (bl) {
      y += 20;
      root.appendChild(svg('text', { x: 4, y: y, 'font-size': 13, 'font-weight': 'bold' }, bl.title));
      y += 10;
      if (!bl.rows.length) {
        root.appendChild(svg('text', { x: L, y: y + BAR, 'font-size': 12, fill: '#667' }, '无变化 No change'));
        y += 2 * BAR + GAP;
      }
      bl.rows.forEach(function (x) {
        root.appendChild(svg('text', { x: L - 6, y: y + BAR + 3, 'font-size': 12, 'text-anchor': 'end' },
          shorten(x.chartLabel || x.label)));
        [[x.a, '#c0392b'], [x.b, '#1d6b3a']].forEach(function (bar, i) {
          var top = y + i * BAR;
          root.appendChild(svg('rect', { 'class': 'bar', x: L, y: top, width: Math.max(1, scale(bar[0])),
            height: BAR - 1, fill: bar[1] }));
          root.appendChild(svg('text', { x: L + Math.max(1, scale(bar[0])) + 4, y: top + BAR - 1, 'font-size': 10 },
            bar[0]));
        });
        y += 2 * BAR + GAP;
      });
    });
    $('impact-chart').textContent = '';
    $('impact-chart').appendChild(root);
  }

  // ---- upload and download ----

  function upload(file) {
    if (!file) return Promise.resolve();
    $('problems-box').hidden = true;
    say('正在上传并校验 ' + file.name + '… / Uploading and checking ' + file.name + '…');
    var form = new FormData();
    form.append('file', file, file.name);
    return call(API + '/' + state.family, { method: 'POST', body: form }).then(function (r) {
      $('file').value = '';
      if (r.status === 201) {
        say('已上传并通过校验：' + r.body.label + '（' + r.body.ruleCount + ' 条规则），等待另一位审批人生效。/ Uploaded '
          + 'and validated: ' + r.body.label + ' (' + r.body.ruleCount + ' rules), awaiting a different approver.');
        return loadFamilies().then(function () { return showVersion(r.body.version); });
      }
      fail(r.body);
      var problems = (r.body && r.body.errors) || [];
      if (problems.length) {
        problemRows($('problems'), problems);
        $('problems-box').hidden = false;
        $('problems-box').scrollIntoView({ block: 'start' });
      }
      return loadFamilies();
    }).catch(fail);
  }

  // A link cannot carry the bearer token: fetch the workbook and hand it to the browser as a download.
  function download(v) {
    return signIn.api(API + '/' + v.family + '/versions/' + v.version + '/file', { headers: { Accept: '*/*' } })
      .then(function (r) {
        if (!r.ok) return r.json().then(function (b) { throw b; });
        return r.blob();
      }).then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = v.family + '-v' + v.version + '-' + v.fileName;
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
      }).catch(fail);
  }

  var drop = $('drop');
  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    drop.addEventListener(type, function () { drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    upload(e.dataTransfer && e.dataTransfer.files[0]);
  });
  $('file').addEventListener('change', function () { upload($('file').files[0]); });
  $('sign-out').addEventListener('click', function () { signIn.signOut(); });

  signIn.token().then(function () {
    var c = signIn.claims();
    state.user = c.preferred_username || c.sub || '';
    state.roles = c.groups || [];
    $('who').textContent = state.user;
    $('roles').textContent = '(' + state.roles.join(', ') + ')';
    var q = new URLSearchParams(location.search);
    state.family = q.get('family') || 'truthfulness';
    var version = q.get('version') ? parseInt(q.get('version'), 10) : null;
    return loadFamilies().then(function () { if (version) return showVersion(version); });
  }).catch(fail);
})();
