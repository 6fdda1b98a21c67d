// Small helpers every page shares; the pages work without them.
(function () {
  // A signed-out viewer's time zone, so pages can show times in it too.
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('SILTA_TZ=') < 0) {
      document.cookie = 'SILTA_TZ=' + zone.replace(/\//g, '~') + '; path=/; max-age=31536000; samesite=lax';
    }
    document.querySelectorAll('select[data-detect-zone]').forEach(function (select) {
      if (!select.value || select.value === 'UTC') {
        var match = Array.prototype.find.call(select.options, function (o) { return o.value === zone; });
        if (match) { select.value = zone; }
      }
    });
  } catch (e) { /* no Intl: times show in the event's zone only */ }

  // Destructive buttons ask first.
  document.addEventListener('submit', function (event) {
    var question = event.submitter && event.submitter.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { event.preventDefault(); }
  });

  // Move focus to the error summary when a form comes back refused.
  var summary = document.querySelector('.error-summary');
  if (summary) { summary.focus(); }
})();
