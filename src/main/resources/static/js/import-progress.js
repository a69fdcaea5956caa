// Progress bar of a running import: reads the counts every second and a half, and reloads the
// page (with its report) once the import has moved on (dry run over, import done).
(function () {
  const box = document.getElementById('progress-box');
  if (!box || !box.dataset.url) {
    return;
  }
  const shownState = box.dataset.state;
  const bar = document.getElementById('progress');
  const text = document.getElementById('progress-text');
  async function poll() {
    try {
      const response = await fetch(box.dataset.url, { headers: { 'Accept': 'application/json' } });
      if (response.ok) {
        const progress = await response.json();
        if (progress.state !== shownState) {
          window.location.reload();
          return;
        }
        bar.max = progress.total;
        bar.value = progress.processed;
        text.textContent = text.dataset.template.replace('{0}', progress.processed).replace('{1}', progress.total);
        ['created', 'updated', 'unchanged', 'rejected', 'invited'].forEach(function (name) {
          document.getElementById('count-' + name).textContent = progress.counts[name];
        });
      }
    } catch (e) {
      // the next poll tries again
    }
    window.setTimeout(poll, 1500);
  }
  window.setTimeout(poll, 1000);
})();
