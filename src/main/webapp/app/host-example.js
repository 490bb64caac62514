// The example host page's own script (dev mode only): the host gets a token for its signed-in user (here from dev
// mode's sign-in; a real host from its identity provider) and passes it to the embedded component.
import './components/outreach-employer.js';

const { token } = await fetch('/api/v1/dev/users/kari/token', { method: 'POST' }).then((r) => r.json());
const card = document.querySelector('outreach-employer');
card.orgNumber = new URLSearchParams(location.search).get('org') || '923609016';
card.token = token;
