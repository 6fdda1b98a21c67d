// The board's live island: applies the writer's own notes, dots and moves at once, sends every operation with an id of its own,
// follows the board's saved operations by Server-Sent Events (the browser resumes from the last sequence number
// it received) and redraws from the server, announcing new notes politely, at most every few seconds.
(function () {
  var root = document.querySelector('.board-page');
  if (!root || !window.EventSource || !window.fetch) { return; }
  var boardId = root.getAttribute('data-board');
  var csrf = root.getAttribute('data-csrf');
  var announcer = document.getElementById('board-announcer');
  var pause = document.getElementById('pause-live');
  var liveState = document.getElementById('live-state');
  var paused = false, stale = false, refreshing = false, again = false, newNotes = [], lastAnnounce = 0;

  function text(name) { return root.getAttribute('data-text-' + name) || ''; }

  function countText(n) {
    var category = new Intl.PluralRules(document.documentElement.lang).select(n);
    var pattern = root.getAttribute('data-count-' + category) || root.getAttribute('data-count-other') || '';
    return pattern.replace(/\d+/, String(n));
  }

  function announce() {
    if (paused || newNotes.length === 0 || Date.now() - lastAnnounce < 4000) { return; }
    announcer.textContent = newNotes.length === 1 ? newNotes[0] : countText(newNotes.length);
    newNotes = [];
    lastAnnounce = Date.now();
  }
  setInterval(announce, 1000);

  function refresh() {
    if (paused) { stale = true; return; }
    if (refreshing) { again = true; return; }
    refreshing = true;
    fetch('/boards/' + boardId, { headers: { 'Accept': 'text/html' } }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html');
      var focused = document.activeElement && document.activeElement.id;
      var focusedForm = !focused && document.activeElement && document.activeElement.form
        ? formKey(document.activeElement.form) : null;
      var oldFocus = document.querySelector('#board-status .focus');
      var drafts = {};
      document.querySelectorAll('#board-areas textarea[id], #board-areas input[type=text][id], #board-areas select[id]')
        .forEach(function (field) {
          var changed = field.tagName === 'SELECT' ? field.selectedIndex >= 0 && !field.options[field.selectedIndex].defaultSelected
            : field.value && field.value !== field.defaultValue;
          if (changed) { drafts[field.id] = field.value; }
        });
      ['board-status', 'board-areas'].forEach(function (id) {
        var fresh = next.getElementById(id);
        var current = document.getElementById(id);
        if (fresh && current) { current.replaceWith(document.importNode(fresh, true)); }
      });
      Object.keys(drafts).forEach(function (id) {
        var field = document.getElementById(id);
        if (field) { field.value = drafts[id]; }
      });
      var newFocus = document.querySelector('#board-status .focus');
      if (newFocus && (!oldFocus || oldFocus.getAttribute('data-focus') !== newFocus.getAttribute('data-focus'))) {
        var heading = document.getElementById('area-title-' + newFocus.getAttribute('data-focus'));
        if (heading) { heading.focus(); }
      } else if (focused && document.getElementById(focused)) {
        document.getElementById(focused).focus();
      } else if (focusedForm) {
        var same = Array.prototype.find.call(document.querySelectorAll('form[data-op-form]'), function (form) {
          return formKey(form) === focusedForm;
        });
        if (same && same.querySelector('button')) { same.querySelector('button').focus(); }
      }
      wire();
      countdown();
    }).finally(function () {
      refreshing = false;
      if (again) { again = false; refresh(); }
    });
  }

  // A form's identity across redraws: its hidden fields, e.g. "vote.add 12".
  function formKey(form) {
    return Array.prototype.map.call(form.querySelectorAll('input[type=hidden]:not([name=_csrf])'), function (input) {
      return input.value;
    }).join(' ');
  }

  function send(form, submitter) {
    var data = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
    data.append('clientOp', boardId + '-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2));
    var pending = null;
    if (data.get('op') === 'note.add') {
      var list = form.closest('.board-area').querySelector(':scope > ul.notes');
      pending = document.createElement('li');
      pending.className = 'note pending';
      if (data.get('language')) { pending.lang = data.get('language'); }
      pending.textContent = data.get('text');
      list.appendChild(pending);
      form.reset();
    } else if (data.get('op') === 'vote.add' || data.get('op') === 'vote.remove') {
      // The dot shows at once; the redraw after the server's answer keeps it, or takes it back if refused.
      var badge = document.querySelector('#note-' + data.get('noteId') + ' .badge.votes');
      if (badge) {
        var votes = parseInt(badge.textContent.match(/\d+/)[0], 10) + (data.get('op') === 'vote.add' ? 1 : -1);
        badge.textContent = badge.textContent.replace(/\d+/, String(Math.max(0, votes)));
        badge.classList.add('pending');
      }
    } else if (data.get('op') === 'note.move') {
      // The note moves at once, keeping the keyboard's place; the redraw after the answer keeps or undoes it.
      var note = document.getElementById('note-' + data.get('noteId'));
      var target = data.get('target') || '';
      var into = target.indexOf('cluster:') === 0 ? document.querySelector('#cluster-' + target.slice(8) + ' ul.notes')
        : document.querySelector('#area-' + target.slice(5) + ' > ul.notes');
      if (note && into && note.parentNode !== into) {
        var active = document.activeElement;
        into.appendChild(note);
        note.classList.add('pending');
        if (active && note.contains(active)) { active.focus(); }
      }
    }
    fetch('/boards/' + boardId + '/operations', {
      method: 'POST', body: data,
      headers: { 'Accept': 'application/json', 'X-CSRF-TOKEN': csrf, 'Content-Type': 'application/x-www-form-urlencoded' }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) {
        if (pending) { pending.remove(); }
        var problems = answer.body.problems ? Object.values(answer.body.problems).join(' ') : '';
        document.getElementById('board-refusal').textContent = text('refused').replace('{0}', problems);
      }
      refresh();
    }, function () {
      if (pending) { pending.remove(); }
      refresh();
    });
  }

  function wire() {
    document.querySelectorAll('form[data-op-form]').forEach(function (form) {
      if (form.dataset.wired) { return; }
      form.dataset.wired = 'true';
      form.addEventListener('submit', function (event) {
        if (event.defaultPrevented) { return; }
        event.preventDefault();
        send(form, event.submitter);
      });
    });
    document.querySelectorAll('.note[draggable]').forEach(function (note) {
      note.addEventListener('dragstart', function (event) {
        event.dataTransfer.setData('text/plain', note.getAttribute('data-note'));
      });
    });
    document.querySelectorAll('.board-area, .board-cluster').forEach(function (target) {
      target.addEventListener('dragover', function (event) { event.preventDefault(); });
      target.addEventListener('drop', function (event) {
        event.preventDefault();
        event.stopPropagation();
        var form = document.createElement('form');
        var fields = { op: 'note.move', noteId: event.dataTransfer.getData('text/plain'),
          target: target.hasAttribute('data-cluster') ? 'cluster:' + target.getAttribute('data-cluster')
            : 'area:' + target.getAttribute('data-area') };
        Object.keys(fields).forEach(function (name) {
          var input = document.createElement('input');
          input.name = name; input.value = fields[name];
          form.appendChild(input);
        });
        send(form);
      });
    });
  }

  // The server's clock minus this browser's, read whenever a timer arrives, so that everyone's countdown agrees.
  var skew = 0, skewFrom = null;

  function countdown() {
    var timer = document.querySelector('#board-status .timer');
    if (!timer) { return; }
    var serverNow = timer.getAttribute('data-server-now');
    if (serverNow !== skewFrom) {
      skewFrom = serverNow;
      skew = Date.parse(serverNow) - Date.now();
    }
    var left = Math.max(0, Math.round((Date.parse(timer.getAttribute('data-ends-at')) - (Date.now() + skew)) / 1000));
    var minutes = Math.floor(left / 60), seconds = left % 60;
    timer.querySelector('.countdown').textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
  }
  countdown();
  setInterval(countdown, 1000);

  pause.hidden = false;
  pause.addEventListener('click', function () {
    paused = !paused;
    pause.setAttribute('aria-pressed', String(paused));
    liveState.textContent = paused ? text('paused') : text('on');
    if (!paused && stale) { stale = false; refresh(); }
  });

  var source = new EventSource('/boards/' + boardId + '/live?after=' + root.getAttribute('data-seq'));
  source.addEventListener('open', function () { if (!paused) { liveState.textContent = text('on'); } });
  source.addEventListener('error', function () { liveState.textContent = text('lost'); });
  source.addEventListener('snapshot', function () { refresh(); });
  source.addEventListener('op', function (event) {
    var op = JSON.parse(event.data);
    root.setAttribute('data-seq', op.seq);
    if (op.kind === 'note.added' && op.data.text && !paused) { newNotes.push(op.data.text); }
    refresh();
  });
  wire();
})();
