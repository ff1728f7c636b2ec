// The host page's part: say who is signed in, and when a "call arrives" (the form), set the
// element's attributes, as an agent desktop does when its telephony tells it about a call.
const agent = document.getElementById('agent');
const journey = document.getElementById('journey');
const form = document.getElementById('call');

const name = await (await fetch('/dev/whoami', { credentials: 'same-origin' })).text().catch(() => '');
agent.textContent = name ? `Signed in as ${name}.` : 'Not signed in: choose a demo agent.';

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const who = form.elements.who.value.trim();
  const isEmail = who.includes('@');
  journey.setAttribute('direction', form.elements.direction.value);
  // Both attributes are set each time, so a number replaces an address and the reverse.
  if (isEmail) {
    journey.removeAttribute('phone');
    journey.setAttribute('email', who);
  } else {
    journey.removeAttribute('email');
    journey.setAttribute('phone', who);
  }
});
