// Navigation between views and the error banner, shared by the views.
import { clear } from './dom.js';
import { query } from './api.js';

// href makes the hash of a view with its parameters.
export function href(name, params) {
  return `#/${name}${query(params)}`;
}

// go switches to a view (adding a history entry).
export function go(name, params) {
  location.hash = href(name, params);
}

// showError puts a message in the banner; null hides it.
export function showError(err) {
  const box = document.getElementById('error');
  clear(box);
  if (!err) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.appendChild(document.createTextNode(err.message || String(err)));
}
