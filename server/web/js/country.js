// The Country view: a country's partners, with the balance of cooperation
// and conflict with each.
import { get, countryList } from './api.js';
import { h, s, clear, fmt } from './dom.js';
import { go, href } from './nav.js';
import { countrySelect } from './relations.js';

// balance draws a partner's cooperation (left, green) and conflict (right,
// red) as shares of its events.
function balance(p) {
  const W = 160;
  const total = p.cooperation + p.conflict || 1;
  const cw = (W * p.cooperation) / total;
  return s('svg', { class: 'balance', viewBox: `0 0 ${W} 14`, width: W, height: 14, role: 'img', 'aria-label': `${p.cooperation} cooperation, ${p.conflict} conflict` },
    s('title', {}, `${p.cooperation} cooperation, ${p.conflict} conflict`),
    s('rect', { class: 'track', x: 0, y: 0, width: W, height: 14, rx: 3 }),
    p.cooperation ? s('rect', { class: 'coop', x: 0, y: 0, width: cw.toFixed(1), height: 14, rx: 3 }) : null,
    p.conflict ? s('rect', { class: 'conflict', x: cw.toFixed(1), y: 0, width: (W - cw).toFixed(1), height: 14, rx: 3 }) : null);
}

// render draws the view for params {code}.
export async function render(root, params, { alive }) {
  const list = await countryList();
  if (!alive()) return;
  const code = params.code || (list[0] && list[0].code) || '';
  const pick = countrySelect('pick-country', list, code, 'Country');
  pick.addEventListener('change', () => go('country', { code: pick.value }));
  if (!code) {
    clear(root).append(h('div', { class: 'view-head' }, h('h2', {}, 'Country'), pick), h('p', { class: 'muted' }, 'The store holds no events yet.'));
    return;
  }
  const r = await get(`countries/${encodeURIComponent(code)}/partners`);
  if (!alive()) return;
  const partners = r.partners || [];
  let coop = 0;
  let conf = 0;
  for (const p of partners) {
    coop += p.cooperation;
    conf += p.conflict;
  }
  const c = list.find((x) => x.code === code);
  clear(root).append(
    h('div', { class: 'view-head' }, h('h2', {}, 'Country'), h('div', { class: 'controls' }, pick)),
    h('div', { class: 'pair' }, h('h2', { class: 'pair-title' }, `${r.name || code} (${code})`),
      h('div', { class: 'stats' },
        h('div', { class: 'stat' }, h('span', { class: 'stat-n' }, String(c ? c.events : 0)), h('span', {}, 'events')),
        h('div', { class: 'stat' }, h('span', { class: 'stat-n' }, String(partners.length)), h('span', {}, 'partners')),
        h('div', { class: 'stat coop' }, h('span', { class: 'stat-n' }, String(coop)), h('span', {}, 'cooperation')),
        h('div', { class: 'stat conf' }, h('span', { class: 'stat-n' }, String(conf)), h('span', {}, 'conflict')))),
    h('section', { class: 'card' }, h('h3', {}, 'Partners'),
      partners.length
        ? h('div', { class: 'table-wrap' }, h('table', { class: 'partners' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Partner'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Cooperation'), h('th', { class: 'num' }, 'Conflict'), h('th', {}, 'Balance'), h('th', { class: 'num' }, 'Mean Goldstein'))),
          h('tbody', {}, partners.map((p) => h('tr', {},
            h('td', {}, h('a', { href: href('relations', { a: code, b: p.country }) }, `${p.name || p.country} (${p.country})`)),
            h('td', { class: 'num' }, String(p.events)),
            h('td', { class: 'num' }, String(p.cooperation)),
            h('td', { class: 'num' }, String(p.conflict)),
            h('td', {}, balance(p)),
            h('td', { class: 'num' }, fmt(p.mean_goldstein)))))))
        : h('p', { class: 'muted' }, 'No partners: the events of this country have no other country on the other side.')),
    h('p', { class: 'links' }, h('a', { href: href('map', { country: code }) }, 'On the map'), ' · ', h('a', { href: href('events', { actor: code }) }, 'Its events')));
}
