/*
 * Cyberbench SCORM run-time: the API a SCO looks for in its parent windows (window.API for SCORM 1.2,
 * window.API_1484_11 for SCORM 2004), served as a plain static file (no build step). The data model
 * table (element names, access, value rules) comes from the server with the learner's data, in the
 * JSON of #scorm-state, so the rules here and the server's checks are one table.
 *
 * Calls are synchronous, as SCORM requires; commits are sent in the background. Each commit carries
 * every value changed since the last commit the server acknowledged, with a growing sequence number,
 * so a lost or late request never loses or undoes anything; unacknowledged values are also kept in
 * localStorage and sent again if the page is reloaded.
 */
(function () {
  'use strict';

  var state = JSON.parse(document.getElementById('scorm-state').textContent);
  var v12 = state.version === 'SCORM_12';
  var texts = state.texts;
  var statusBar = document.getElementById('scorm-status');
  var storageKey = 'cyberbench.scorm.attempt.' + state.attempt;

  var model = state.model.map(function (d) {
    return {
      re: new RegExp('^' + d.name + '$'),
      access: d.access,
      format: d.format == null ? null : new RegExp('^(' + d.format + ')$'),
      min: d.min,
      max: d.max,
      spm: d.spm,
      requires: d.requires
    };
  });
  var children = Object.keys(state.children).map(function (name) {
    return { re: new RegExp('^' + name + '$'), value: state.children[name] };
  });
  var arrays = state.arrays.map(function (name) { return new RegExp('^(' + name + ')\\.(\\d+)\\.'); });
  var arrayNames = state.arrays.map(function (name) { return new RegExp('^' + name + '$'); });

  var values = state.values;
  var pending = {};      // element -> value changed and not yet acknowledged
  var changedIn = {};    // element -> the first sequence that carries its latest value
  var sequence = state.sequence;
  var phase = 'new';     // new -> running -> ended
  var lastError = '0';
  var diagnostic = '';
  var finishPending = false;
  var retryDelay = 0;
  var retryTimer = null;
  var autoSave = null;

  // Values a previous page set but could not save (connection lost, page closed): keep them.
  try {
    var saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
    if (saved && saved.values) {
      Object.keys(saved.values).forEach(function (k) {
        values[k] = saved.values[k];
        pending[k] = saved.values[k];
        changedIn[k] = sequence + 1;
      });
    }
  } catch (e) { /* storage unavailable: nothing kept */ }

  var E = v12 ? {
    none: '0', general: '101', argument: '201', noChildren: '202', noCount: '203',
    unknown: '401', keyword: '402', readOnly: '403', writeOnly: '404', type: '405', range: '405', dependency: '201',
    gap: '201', alreadyInitialized: '101', terminated: '101',
    getBefore: '301', getAfter: '301', setBefore: '301', setAfter: '301', commitBefore: '301', commitAfter: '301',
    finishBefore: '301', finishAfter: '301', getEmpty: '201', setEmpty: '201', notSet: '0'
  } : {
    none: '0', general: '101', argument: '201', noChildren: '301', noCount: '301',
    unknown: '401', keyword: '404', readOnly: '404', writeOnly: '405', type: '406', range: '407', dependency: '408',
    gap: '351', alreadyInitialized: '103', terminated: '104',
    getBefore: '122', getAfter: '123', setBefore: '132', setAfter: '133', commitBefore: '142', commitAfter: '143',
    finishBefore: '112', finishAfter: '113', getEmpty: '301', setEmpty: '351', notSet: '403'
  };
  var MESSAGES = v12 ? {
    '0': 'No error', '101': 'General exception', '201': 'Invalid argument error', '202': 'Element cannot have children',
    '203': 'Element not an array - cannot have count', '301': 'Not initialized', '401': 'Not implemented error',
    '402': 'Invalid set value, element is a keyword', '403': 'Element is read only', '404': 'Element is write only',
    '405': 'Incorrect data type'
  } : {
    '0': 'No Error', '101': 'General Exception', '102': 'General Initialization Failure', '103': 'Already Initialized',
    '104': 'Content Instance Terminated', '111': 'General Termination Failure', '112': 'Termination Before Initialization',
    '113': 'Termination After Termination', '122': 'Retrieve Data Before Initialization', '123': 'Retrieve Data After Termination',
    '132': 'Store Data Before Initialization', '133': 'Store Data After Termination', '142': 'Commit Before Initialization',
    '143': 'Commit After Termination', '201': 'General Argument Error', '301': 'General Get Failure', '351': 'General Set Failure',
    '391': 'General Commit Failure', '401': 'Undefined Data Model Element', '402': 'Unimplemented Data Model Element',
    '403': 'Data Model Element Value Not Initialized', '404': 'Data Model Element Is Read Only',
    '405': 'Data Model Element Is Write Only', '406': 'Data Model Element Type Mismatch',
    '407': 'Data Model Element Value Out Of Range', '408': 'Data Model Dependency Not Established'
  };

  function fail(code, why) {
    lastError = code;
    diagnostic = why || '';
    return code;
  }

  function ok() {
    lastError = '0';
    diagnostic = '';
  }

  function definition(name) {
    for (var i = 0; i < model.length; i++) {
      if (model[i].re.test(name)) { return model[i]; }
    }
    return null;
  }

  function count(prefix) {
    var highest = -1;
    var start = prefix + '.';
    Object.keys(values).forEach(function (k) {
      if (k.indexOf(start) === 0) {
        var index = parseInt(k.substring(start.length), 10);
        if (!isNaN(index) && index > highest) { highest = index; }
      }
    });
    return highest + 1;
  }

  function isArray(name) {
    return arrayNames.some(function (re) { return re.test(name); });
  }

  function isContainer(name) {
    return children.some(function (c) { return c.re.test(name); });
  }

  function number(text) {
    return text === undefined || text === '' ? null : parseFloat(text);
  }

  // SCORM 2004 RTE 4.2.4.1 and 4.2.22: the threshold and the passing score, when set, decide.
  function evaluatedCompletion() {
    if (state.completionThreshold != null) {
      var progress = number(values['cmi.progress_measure']);
      return progress == null ? 'unknown' : progress >= state.completionThreshold ? 'completed' : 'incomplete';
    }
    return values['cmi.completion_status'] || 'unknown';
  }

  function evaluatedSuccess() {
    if (state.scaledPassingScore != null) {
      var scaled = number(values['cmi.score.scaled']);
      return scaled == null ? 'unknown' : scaled >= state.scaledPassingScore ? 'passed' : 'failed';
    }
    return values['cmi.success_status'] || 'unknown';
  }

  function initialize(argument) {
    if (argument !== '' && argument !== undefined) { fail(E.argument); return 'false'; }
    if (phase === 'running') { fail(E.alreadyInitialized); return 'false'; }
    if (phase === 'ended') { fail(E.terminated); return 'false'; }
    phase = 'running';
    ok();
    return 'true';
  }

  function finish(argument) {
    if (argument !== '' && argument !== undefined) { fail(E.argument); return 'false'; }
    if (phase === 'new') { fail(E.finishBefore); return 'false'; }
    if (phase === 'ended') { fail(E.finishAfter); return 'false'; }
    phase = 'ended';
    finishPending = true;
    var navigation = values['adl.nav.request'];
    send(true);
    ok();
    if (!v12 && navigation && navigation !== '_none_') {
      // the SCO asked the LMS to take it away (exit, exitAll, suspendAll, ...)
      window.setTimeout(ended, 0);
    }
    return 'true';
  }

  function getValue(name) {
    if (phase === 'new') { fail(E.getBefore); return ''; }
    if (phase === 'ended') { fail(E.getAfter); return ''; }
    name = name === undefined || name === null ? '' : String(name);
    if (name === '') { fail(E.getEmpty); return ''; }
    var suffix = name.match(/^(.*)\._(children|count|version)$/);
    if (suffix && suffix[2] === 'children') {
      for (var i = 0; i < children.length; i++) {
        if (children[i].re.test(suffix[1])) { ok(); return children[i].value; }
      }
      fail(definition(suffix[1]) || isArray(suffix[1]) ? E.noChildren : E.unknown, name);
      return '';
    }
    if (suffix && suffix[2] === 'count') {
      if (isArray(suffix[1])) { ok(); return String(count(suffix[1])); }
      fail(definition(suffix[1]) || isContainer(suffix[1]) ? E.noCount : E.unknown, name);
      return '';
    }
    var d = definition(name);
    if (!d) { fail(E.unknown, name); return ''; }
    if (d.access === 'WO') { fail(E.writeOnly, name); return ''; }
    if (!v12 && name === 'cmi.completion_status') { ok(); return evaluatedCompletion(); }
    if (!v12 && name === 'cmi.success_status') { ok(); return evaluatedSuccess(); }
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      if (v12) { ok(); return ''; }
      fail(E.notSet, name);
      return '';
    }
    ok();
    return String(values[name]);
  }

  function setValue(name, value) {
    if (phase === 'new') { fail(E.setBefore); return 'false'; }
    if (phase === 'ended') { fail(E.setAfter); return 'false'; }
    name = name === undefined || name === null ? '' : String(name);
    value = value === undefined || value === null ? '' : String(value);
    if (name === '') { fail(E.setEmpty); return 'false'; }
    if (/\._(children|count|version)$/.test(name)) { fail(E.keyword, name); return 'false'; }
    var d = definition(name);
    if (!d) { fail(E.unknown, name); return 'false'; }
    if (d.access === 'RO') { fail(E.readOnly, name); return 'false'; }
    for (var i = 0; i < arrays.length; i++) {
      var index = name.match(arrays[i]);
      if (index && parseInt(index[2], 10) > count(index[1])) { fail(E.gap, name + ': index beyond _count'); return 'false'; }
    }
    if ((d.spm > 0 && value.length > d.spm) || (d.format && !d.format.test(value))) { fail(E.type, name); return 'false'; }
    if ((d.min != null || d.max != null) && value !== '') {
      var n = parseFloat(value);
      if ((d.min != null && n < d.min) || (d.max != null && n > d.max)) { fail(E.range, name); return 'false'; }
    }
    if (!v12 && d.requires) {
      var required = name.replace(d.re, d.requires);
      if (!Object.prototype.hasOwnProperty.call(values, required)) { fail(E.dependency, required + ' must be set first'); return 'false'; }
    }
    values[name] = value;
    pending[name] = value;
    changedIn[name] = sequence + 1;
    remember();
    saveSoon();
    ok();
    return 'true';
  }

  // Many SCOs commit only when they finish, and browsers no longer promise to run their unload
  // handlers: what the SCO sets is saved a moment later anyway.
  function saveSoon() {
    if (autoSave) { return; }
    autoSave = window.setTimeout(function () {
      autoSave = null;
      if (phase === 'running' && Object.keys(pending).length > 0) { send(false); }
    }, 2000);
  }

  function commit(argument) {
    if (argument !== '' && argument !== undefined) { fail(E.argument); return 'false'; }
    if (phase === 'new') { fail(E.commitBefore); return 'false'; }
    if (phase === 'ended') { fail(E.commitAfter); return 'false'; }
    send(false);
    ok();
    return 'true';
  }

  function remember() {
    try {
      if (Object.keys(pending).length === 0) {
        window.localStorage.removeItem(storageKey);
      } else {
        window.localStorage.setItem(storageKey, JSON.stringify({ values: pending }));
      }
    } catch (e) { /* storage full or unavailable: the server copy is what counts */ }
  }

  function show(text, problem) {
    statusBar.textContent = text;
    statusBar.className = problem ? 'problem' : '';
  }

  /** Sends everything not yet acknowledged; unloading pages send with keepalive so the request outlives them. */
  function send(finishing, unloading) {
    var carried = {};
    Object.keys(pending).forEach(function (k) { carried[k] = pending[k]; });
    var mine = ++sequence;
    var body = JSON.stringify({ sequence: mine, values: carried, finish: finishing });
    var headers = { 'Content-Type': 'application/json' };
    headers[state.csrfHeader] = state.csrfToken;
    show(texts.saving, false);
    return fetch(state.commitUrl, {
      method: 'POST', headers: headers, body: body, credentials: 'same-origin',
      keepalive: body.length < 60000 && (unloading || finishing)
    }).then(function (response) {
      if (response.status === 401 || response.status === 403) {
        show(texts.signedOut, true);
        return;
      }
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json().then(function (answer) {
        if (!answer.applied) {
          // a newer commit (another tab of this attempt) was stored first: send ours again after it
          if (!answer.closed && answer.sequence >= mine) {
            sequence = Math.max(sequence, answer.sequence);
            send(finishing, unloading);
          }
          return;
        }
        Object.keys(pending).forEach(function (k) {
          if (changedIn[k] <= mine) { delete pending[k]; delete changedIn[k]; }
        });
        if (finishing) { finishPending = false; }
        remember();
        retryDelay = 0;
        show(answer.refused && answer.refused.length ? texts.refused + ' ' + answer.refused.join(', ') : texts.saved,
          answer.refused && answer.refused.length > 0);
      });
    }).catch(function () {
      show(texts.retrying, true);
      retryDelay = Math.min(retryDelay ? retryDelay * 2 : 2000, 60000);
      if (retryTimer) { window.clearTimeout(retryTimer); }
      retryTimer = window.setTimeout(function () {
        retryTimer = null;
        if (Object.keys(pending).length > 0 || finishPending) { send(finishPending); }
      }, retryDelay);
    });
  }

  function ended() {
    var frame = document.getElementById('sco');
    if (frame) { frame.parentNode.removeChild(frame); }
    var note = document.createElement('p');
    note.id = 'scorm-ended';
    note.textContent = texts.ended;
    document.body.appendChild(note);
  }

  window.addEventListener('pagehide', function () {
    if (Object.keys(pending).length > 0 || finishPending) { send(finishPending, true); }
  });

  function lastErrorCode() { return lastError; }
  function errorString(code) { return MESSAGES[code === undefined || code === '' ? lastError : String(code)] || ''; }
  function diagnosticText(code) { return code === undefined || code === '' ? diagnostic : errorString(code); }

  if (v12) {
    window.API = {
      LMSInitialize: initialize, LMSFinish: finish, LMSGetValue: getValue, LMSSetValue: setValue, LMSCommit: commit,
      LMSGetLastError: lastErrorCode, LMSGetErrorString: errorString, LMSGetDiagnostic: diagnosticText
    };
  } else {
    window.API_1484_11 = {
      Initialize: initialize, Terminate: finish, GetValue: getValue, SetValue: setValue, Commit: commit,
      GetLastError: lastErrorCode, GetErrorString: errorString, GetDiagnostic: diagnosticText
    };
  }

  // Only now, with the API in place, may the SCO load and look for it.
  var frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.title = state.title;
  frame.setAttribute('allow', 'fullscreen; autoplay');
  frame.src = state.launchUrl;
  document.body.appendChild(frame);
}());
