// The Relations view: two countries, what the articles say of their ties,
// and how cooperation and conflict moved in both directions.
import { get, countryList } from './api.js';
import { h, clear, fmt } from './dom.js';
import { go, href } from './nav.js';
import { card } from './event.js';
import { timeline } from './timeline.js';

const factKinds = [
  ['ties_since', 'Ties since'],
  ['shared_membership', 'Shared memberships'],
  ['cooperation_area', 'Cooperation areas'],
  ['joint_venture', 'Joint ventures'],
  ['agreement', 'Agreements'],
  ['partnership', 'Partnership'],
];

// countrySelect is a picker of the countries with stored events.
export function countrySelect(id, list, value, label) {
  const sel = h('select', { id, 'aria-label': label },
    h('option', { value: '' }, '— country —'),
    list.map((c) => h('option', { value: c.code }, `${c.name || c.code} (${c.code}) · ${c.events}`)));
  sel.value = value || '';
  return sel;
}

// highlight shows sentence with the values it states marked (the first
// occurrence of each).
function highlight(sentence, values) {
  const lower = sentence.toLowerCase();
  const found = values.map((v) => [lower.indexOf(v.toLowerCase()), v.length]).filter(([i]) => i >= 0).sort((x, y) => x[0] - y[0]);
  const q = h('blockquote', { class: 'fact-text' });
  let at = 0;
  for (const [i, n] of found) {
    if (i < at) continue; // overlaps the previous mark
    q.append(sentence.slice(at, i), h('mark', {}, sentence.slice(i, i + n)));
    at = i + n;
  }
  q.append(sentence.slice(at));
  return q;
}

// profile shows the facts, grouped by kind, each sentence once with the
// values it states marked.
function profile(facts) {
  const box = h('section', { class: 'card profile' }, h('h3', {}, 'Profile of the pair'));
  if (!facts.length) {
    box.appendChild(h('p', { class: 'muted' }, 'The stored articles state no standing ties, memberships or cooperation areas for this pair.'));
    return box;
  }
  const dl = h('dl', { class: 'facts' });
  for (const [kind, label] of factKinds) {
    const fs = facts.filter((f) => f.kind === kind);
    if (!fs.length) continue;
    const values = [...new Set(fs.map((f) => f.value))];
    const dd = h('dd', {}, h('div', { class: 'chips' }, values.map((v) => h('span', { class: 'chip' }, v))));
    const bySentence = new Map();
    for (const f of fs) {
      const key = `${f.article_id}|${f.sentence}`;
      if (!bySentence.has(key)) bySentence.set(key, []);
      bySentence.get(key).push(f);
    }
    for (const group of bySentence.values()) {
      const f = group[0];
      const q = highlight(f.text || '', group.map((g) => g.value));
      q.appendChild(h('cite', {}, `${f.article_id}, sentence ${f.sentence}`));
      dd.appendChild(q);
    }
    dl.append(h('dt', { 'data-kind': kind }, label), dd);
  }
  box.appendChild(dl);
  return box;
}

// diplomacy shows the public-diplomacy activity: events in which one
// side's officials engage the other's society.
function diplomacy(pd) {
  const box = h('section', { class: 'card diplomacy' }, h('h3', {}, 'Public diplomacy'));
  const periods = (pd && pd.periods) || [];
  const evs = (pd && pd.events) || [];
  if (!evs.length) {
    box.appendChild(h('p', { class: 'muted' }, 'No events in which one side’s officials engage the other country’s society.'));
    return box;
  }
  box.appendChild(h('p', { class: 'muted' }, 'Officials of one side meeting the other country’s society (education, business, media, civil society…) or travelling beyond its capital.'));
  box.appendChild(h('ul', { class: 'pd-periods' }, periods.map((p) => h('li', {}, h('strong', {}, String(p.events)), ` in ${p.period}`))));
  box.appendChild(h('div', { class: 'pd-events' }, evs.map(card)));
  return box;
}

// topCodes lists the commonest event types in each direction.
function topCodes(rel) {
  const box = h('section', { class: 'card' }, h('h3', {}, 'Top event types'));
  const rows = rel.top_codes || [];
  if (!rows.length) return null;
  box.appendChild(h('table', { class: 'compact' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Direction'), h('th', {}, 'Code'), h('th', {}, 'Event type'), h('th', { class: 'num' }, 'Events'))),
    h('tbody', {}, rows.map((r) => h('tr', {},
      h('td', {}, r.direction.replace('->', ' → ')), h('td', {}, h('code', {}, r.code)), h('td', {}, r.name || ''), h('td', { class: 'num' }, String(r.events)))))));
  return box;
}

// summary counts cooperation and conflict over all periods.
function summary(rel) {
  let coop = 0;
  let conf = 0;
  let n = 0;
  let g = 0;
  for (const p of rel.periods || []) {
    const q = p.quad_counts || [0, 0, 0, 0];
    coop += q[0] + q[1];
    conf += q[2] + q[3];
    n += p.events;
    g += p.mean_goldstein * p.events;
  }
  return h('div', { class: 'stats' },
    h('div', { class: 'stat' }, h('span', { class: 'stat-n' }, String(n)), h('span', {}, 'events')),
    h('div', { class: 'stat coop' }, h('span', { class: 'stat-n' }, String(coop)), h('span', {}, 'cooperation')),
    h('div', { class: 'stat conf' }, h('span', { class: 'stat-n' }, String(conf)), h('span', {}, 'conflict')),
    h('div', { class: 'stat' }, h('span', { class: 'stat-n' }, n ? fmt(g / n) : '–'), h('span', {}, 'mean Goldstein')));
}

// eventList shows the pair's events, oldest first, a page at a time.
async function eventList(a, b, alive) {
  const box = h('section', { class: 'card events-under' }, h('h3', {}, 'Events'));
  const list = h('div', { class: 'event-list' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Load more');
  box.append(list, more);
  let after = '';
  async function page() {
    const r = await get('events', { dyad: `${a},${b}`, limit: 100, after });
    if (!alive()) return;
    const evs = (r.events || []).slice().sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    if (!evs.length && !after) list.appendChild(h('p', { class: 'muted' }, 'No events between these two.'));
    for (const ev of evs) list.appendChild(card(ev));
    after = r.next || '';
    more.hidden = !after;
  }
  more.addEventListener('click', () => page().catch((e) => list.appendChild(h('p', { class: 'error' }, e.message))));
  await page();
  return box;
}

// render draws the view for params {a, b, by}.
export async function render(root, params, { alive }) {
  const list = await countryList();
  let { a, b } = params;
  const by = params.by || 'month';
  if ((!a || !b) && list.length) {
    // Start on the country with the most events and its first partner.
    a = a || list[0].code;
    if (!b) {
      const p = await get(`countries/${encodeURIComponent(a)}/partners`);
      b = p.partners && p.partners.length ? p.partners[0].country : '';
    }
    if (!alive()) return;
    if (a && b) {
      location.replace(href('relations', { a, b, by }));
      return;
    }
  }
  if (!alive()) return;
  const pickA = countrySelect('pick-a', list, a, 'First country');
  const pickB = countrySelect('pick-b', list, b, 'Second country');
  const pickBy = h('select', { id: 'pick-by', 'aria-label': 'Period' }, ['day', 'week', 'month', 'year'].map((v) => h('option', { value: v }, `by ${v}`)));
  pickBy.value = by;
  const change = () => go('relations', { a: pickA.value, b: pickB.value, by: pickBy.value });
  pickA.addEventListener('change', change);
  pickB.addEventListener('change', change);
  pickBy.addEventListener('change', change);
  const swap = h('button', { type: 'button', class: 'swap', title: 'Swap', 'aria-label': 'Swap the countries' }, '⇄');
  swap.addEventListener('click', () => go('relations', { a: pickB.value, b: pickA.value, by: pickBy.value }));
  const controls = h('div', { class: 'controls' }, pickA, swap, pickB, pickBy);

  clear(root);
  root.appendChild(h('div', { class: 'view-head' }, h('h2', {}, 'Relations'), controls));
  if (!a || !b) {
    root.appendChild(h('p', { class: 'muted' }, list.length ? 'Pick two countries.' : 'The store holds no events yet: ingest some articles.'));
    return;
  }
  const names = new Map(list.map((c) => [c.code, c.name || c.code]));
  const rel = await get('relations', { a, b, by });
  if (!alive()) return;
  root.appendChild(h('div', { class: 'pair' },
    h('h2', { class: 'pair-title' }, `${names.get(a) || a} – ${names.get(b) || b}`),
    summary(rel)));
  root.appendChild(h('div', { class: 'grid2' }, profile(rel.facts || []), diplomacy(rel.public_diplomacy)));
  const tl = h('section', { class: 'card' }, h('h3', {}, `Cooperation and conflict by ${by}`));
  if ((rel.periods || []).length) {
    tl.appendChild(h('div', { class: 'chart' }, timeline(rel, root.clientWidth - 40)));
    tl.appendChild(h('div', { class: 'legend' },
      h('span', { class: 'key q1' }, 'verbal cooperation'), h('span', { class: 'key q2' }, 'material cooperation'),
      h('span', { class: 'key q3' }, 'verbal conflict'), h('span', { class: 'key q4' }, 'material conflict')));
  } else {
    tl.appendChild(h('p', { class: 'muted' }, 'No events between these two.'));
  }
  root.appendChild(tl);
  const top = topCodes(rel);
  if (top) root.appendChild(top);
  const evs = await eventList(a, b, alive);
  if (alive()) root.appendChild(evs);
}
