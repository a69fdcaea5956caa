// Type-ahead for the client of a contact: suggestions come from the clients the user may see;
// choosing one fills the hidden clientId. A name typed by hand that is no client is refused by
// the server.
(function () {
  const input = document.getElementById('clientName');
  const hidden = document.getElementById('clientId');
  const list = document.getElementById('client-options');
  if (!input || !hidden || !list) {
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
})();
