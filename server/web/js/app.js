// The dashboard's entry: hash routing (#/view?key=value...) to the views.
import { clear, h } from './dom.js';
import { showError } from './nav.js';
import * as relations from './relations.js';
import * as map from './map.js';
import * as events from './events.js';
import * as country from './country.js';

const views = { relations, map, events, country };

// parse reads location.hash as a view name and its parameters.
function parse(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const name = (q < 0 ? raw : raw.slice(0, q)) || 'relations';
  const params = Object.fromEntries(new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)));
  return { name: views[name] ? name : 'relations', params };
}

let generation = 0;

async function route() {
  const { name, params } = parse(location.hash);
  const gen = ++generation;
  for (const a of document.querySelectorAll('nav a')) {
    a.classList.toggle('active', a.dataset.view === name);
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  showError(null);
  const root = clear(document.getElementById('view'));
  root.dataset.view = name;
  root.appendChild(h('p', { class: 'muted' }, 'Loading…'));
  try {
    await views[name].render(root, params, { alive: () => gen === generation });
  } catch (err) {
    if (gen === generation) showError(err);
  }
}

window.addEventListener('hashchange', route);
route();
