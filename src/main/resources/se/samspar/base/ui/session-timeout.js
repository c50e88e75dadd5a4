// Session time-out in the browser. $0: timeout (ms), $1: warn this long before (ms),
// $2: warning text, $3: button text. "this" is the guard element with $server.keepAlive/timedOut.
const el = this;
const timeoutMs = $0, warnMs = $1;
if (el.__samsparGuard) { clearInterval(el.__samsparGuard); }
let last = Date.now();
let lastPing = Date.now();
let done = false;
let box = document.getElementById('session-warning');
if (!box) {
  box = document.createElement('div');
  box.id = 'session-warning';
  box.className = 'session-warning';
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-live', 'assertive');
  const text = document.createElement('p');
  const button = document.createElement('button');
  box.append(text, button);
  document.body.appendChild(box);
}
box.hidden = true;
box.querySelector('p').textContent = $2;
const button = box.querySelector('button');
button.textContent = $3;
const activity = () => {
  last = Date.now();
  if (Date.now() - lastPing > 60000) {
    lastPing = Date.now();
    el.$server.keepAlive();
  }
};
button.onclick = () => { last = Date.now(); lastPing = Date.now(); box.hidden = true; el.$server.keepAlive(); };
if (!window.__samsparActivity) {
  window.__samsparActivity = true;
  document.addEventListener('click', () => window.__samsparTouch && window.__samsparTouch(), true);
  document.addEventListener('keydown', () => window.__samsparTouch && window.__samsparTouch(), true);
}
window.__samsparTouch = () => { if (box.hidden) { activity(); } };
el.__samsparGuard = setInterval(() => {
  if (done) { return; }
  const idle = Date.now() - last;
  if (idle >= timeoutMs - 2000) {
    done = true;
    clearInterval(el.__samsparGuard);
    el.$server.timedOut();
  } else if (idle >= timeoutMs - warnMs) {
    box.hidden = false;
  }
}, 1000);
