// Type-ahead for a client field: every input with data-suggestions (and a datalist in its
// list attribute) fetches the clients the user may see; choosing one fills the hidden input
// named by data-target. A name typed by hand that is no client is refused by the server.
(function () {
  document.querySelectorAll('input[data-suggestions]').forEach(function (input) {
    const hidden = document.getElementById(input.dataset.target);
    const list = input.list;
    if (!hidden || !list) {
      return;
    }
    let known = [];
    input.addEventListener('input', async function () {
      const match = known.find(function (c) { return c.name === input.value; });
      hidden.value = match ? match.id : '';
      if (match || input.value.length < 1) {
        return;
      }
      const response = await fetch(input.dataset.suggestions + '?q=' + encodeURIComponent(input.value),
        { headers: { 'Accept': 'application/json' } });
      if (!response.ok) {
        return;
      }
      known = await response.json();
      list.replaceChildren(...known.map(function (c) {
        const option = document.createElement('option');
        option.value = c.name;
        return option;
      }));
      const again = known.find(function (c) { return c.name === input.value; });
      hidden.value = again ? again.id : '';
    });
  });
})();
