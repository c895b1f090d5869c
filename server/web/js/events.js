// The Events view: the API's filters, a sortable table of events, and for
// the chosen one its evidence, the --explain detail and its mentions.
import { get } from './api.js';
import { h, clear, fmt, safeURL } from './dom.js';
import { href } from './nav.js';
import { actor, evidence, placeName, quadBadge, quadNames } from './event.js';

const filters = [
  ['actor', 'Actor', 'KAZGOV'],
  ['dyad', 'Dyad', 'PAK,KAZ'],
  ['code', 'Code', '042'],
  ['root', 'Root', '04'],
  ['from', 'From', 'YYYY-MM-DD'],
  ['to', 'To', 'YYYY-MM-DD'],
  ['place', 'Place', 'Multan'],
  ['country', 'Country', 'PAK'],
];

const columns = [
  ['date', 'Date', (e) => e.date],
  ['source', 'Source', (e) => e.source && e.source.code],
  ['code', 'Event', (e) => e.code],
  ['target', 'Target', (e) => e.target && e.target.code],
  ['quad', 'Quad', (e) => e.quad_class],
  ['goldstein', 'Gold\u00adstein', (e) => e.goldstein],
  ['place', 'Place', (e) => (e.place ? e.place.name : '')],
  ['text', 'Evidence', (e) => e.text],
];

const quadShort = ['', 'verb. coop.', 'mat. coop.', 'verb. confl.', 'mat. confl.'];

const enc = new TextEncoder();
const dec = new TextDecoder();

// marked shows text with the byte range [start, end) marked (dyad's spans
// are byte offsets into the UTF-8 text).
function marked(text, span) {
  const b = enc.encode(text);
  const p = h('div', { class: 'article-text' });
  if (!span || span.end > b.length || span.start > span.end) {
    p.append(text);
    return p;
  }
  p.append(dec.decode(b.subarray(0, span.start)), h('mark', { class: 'span' }, dec.decode(b.subarray(span.start, span.end))), dec.decode(b.subarray(span.end)));
  return p;
}

// actorDetail lists what the coder knows of an actor.
function actorDetail(a) {
  if (!a) return '–';
  return h('span', {}, h('code', {}, a.code), ` ${a.name || ''}`, h('span', { class: 'muted' },
    ` “${a.text}” · country ${a.country || '–'}${a.roles && a.roles.length ? ` · roles ${a.roles.join(', ')}` : ''}`));
}

// detail shows one event with its explanation and mentions.
async function detail(panel, id, alive) {
  clear(panel).append(h('p', { class: 'muted' }, 'Loading…'));
  const r = await get(`events/${encodeURIComponent(id)}`);
  if (!alive()) return;
  const ev = r.event;
  const ex = ev.evidence || {};
  const show = h('button', { type: 'button', class: 'more' }, 'Show the article');
  const article = h('div', { class: 'article' });
  show.addEventListener('click', async () => {
    show.disabled = true;
    try {
      const a = await get(`articles/${encodeURIComponent(ev.article_id)}`);
      clear(article).append(h('h4', {}, a.title || a.id), marked(a.text || '', ev.span));
      show.hidden = true;
    } catch (e) {
      clear(article).append(h('p', { class: 'error' }, e.message));
      show.disabled = false;
    }
  });
  clear(panel).append(
    h('div', { class: 'detail-head' },
      h('h3', {}, `${ev.code} ${ev.plover || ''}`), quadBadge(ev.quad_class), ev.mode ? h('span', { class: 'badge mode' }, ev.mode) : null),
    evidence(ev),
    h('dl', { class: 'kv' },
      h('dt', {}, 'Date'), h('dd', {}, `${ev.date} (${ev.date_precision || 'day'})`),
      h('dt', {}, 'Source'), h('dd', {}, actorDetail(ev.source)),
      h('dt', {}, 'Target'), h('dd', {}, actorDetail(ev.target)),
      h('dt', {}, 'Where'), h('dd', {}, ev.place ? `${placeName(ev.place)} (${ev.place.precision}; ${fmt(ev.place.lat, 2)}, ${fmt(ev.place.lon, 2)})` : '–'),
      h('dt', {}, 'Goldstein'), h('dd', {}, `${fmt(ev.goldstein)} · ${quadNames[ev.quad_class] || ''}`),
      h('dt', {}, 'Reports'), h('dd', {}, `${ev.num_mentions} mention(s) in ${ev.num_articles} article(s) from ${ev.num_sources} source(s)`)),
    h('h4', {}, 'Explain'),
    h('dl', { class: 'kv explain' },
      h('dt', {}, 'Pattern'), h('dd', {}, h('code', { class: 'pattern' }, ex.pattern || '–')),
      h('dt', {}, 'Dictionary'), h('dd', {}, h('code', { class: 'dict' }, ex.dict || '–')),
      h('dt', {}, 'Words'), h('dd', {}, h('code', { class: 'words' }, ex.words || '–')),
      h('dt', {}, 'Article'), h('dd', {}, `${ev.article_id}, sentence ${ev.sentence}, bytes ${ev.span.start}–${ev.span.end}`)),
    h('h4', {}, `Mentions (${(r.mentions || []).length})`),
    h('ul', { class: 'mentions' }, (r.mentions || []).map((m) => {
      const url = safeURL(m.url);
      return h('li', {},
        h('div', {}, h('strong', {}, m.title || m.article_id), ` · ${m.publisher || 'unknown publisher'} · ${(m.date || '').slice(0, 10)} · sentence ${m.sentence}`,
          url ? [' · ', h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'source')] : null),
        m.text ? h('blockquote', { class: 'mention-text' }, m.text) : null);
    })),
    show, article);
}

// render draws the view for params (the API's filters, and id: the event
// whose detail is open).
export async function render(root, params, { alive }) {
  const form = h('form', { class: 'filters', id: 'filters' },
    filters.map(([k, label, ph]) => h('label', {}, label, h('input', { name: k, placeholder: ph, value: params[k] || '', autocomplete: 'off' }))),
    h('label', {}, 'Quad', h('select', { name: 'quad' }, h('option', { value: '' }, 'any'), [1, 2, 3, 4].map((q) => h('option', { value: String(q) }, quadNames[q])))),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit' }, 'Filter'), h('a', { href: '#/events', class: 'button secondary' }, 'Clear')));
  form.elements.quad.value = params.quad || '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(form));
    location.hash = href('events', f);
  });

  const table = h('table', { class: 'events-table' });
  const tbody = h('tbody');
  const panel = h('section', { class: 'card detail', id: 'event-detail' }, h('p', { class: 'muted' }, 'Click an event for its evidence and how it was coded.'));
  const count = h('span', { class: 'muted' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Load more');
  let rows = [];
  // Newest first, as the server pages them.
  let sortKey = 'date';
  let sortDir = -1;
  let after = '';
  let selected = params.id || '';

  const head = h('tr', {}, columns.map(([k, label]) => {
    const th = h('th', { scope: 'col', 'data-key': k, tabindex: 0 }, label);
    const sort = () => {
      sortDir = sortKey === k ? -sortDir : 1;
      sortKey = k;
      draw();
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', (e) => { if (e.key === 'Enter') sort(); });
    return th;
  }));
  table.append(h('thead', {}, head), tbody);

  function open(id) {
    selected = id;
    const p = { ...params, id };
    history.replaceState(null, '', href('events', p));
    for (const tr of tbody.children) tr.classList.toggle('selected', tr.dataset.id === id);
    detail(panel, id, alive).catch((e) => clear(panel).append(h('p', { class: 'error' }, e.message)));
    if (window.matchMedia('(max-width: 900px)').matches) panel.scrollIntoView({ behavior: 'smooth' });
  }

  function draw() {
    const value = columns.find((c) => c[0] === sortKey)[2];
    rows.sort((x, y) => {
      const a = value(x) ?? '';
      const b = value(y) ?? '';
      return ((a < b ? -1 : a > b ? 1 : 0) || (x.id < y.id ? -1 : 1)) * sortDir;
    });
    for (const th of head.children) {
      th.setAttribute('aria-sort', th.dataset.key === sortKey ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
    }
    clear(tbody).append(...rows.map((e) => {
      const tr = h('tr', { 'data-id': e.id, class: `q${e.quad_class}${e.id === selected ? ' selected' : ''}`, tabindex: 0 },
        h('td', { class: 'nowrap' }, e.date),
        h('td', {}, actor(e.source)),
        h('td', { class: 'nowrap' }, h('code', {}, e.code), ' ', h('span', { class: 'plover' }, e.plover || ''), e.mode ? [' ', h('span', { class: 'badge mode' }, e.mode)] : null),
        h('td', {}, actor(e.target)),
        h('td', { class: 'nowrap' }, h('span', { class: `dot q${e.quad_class}`, title: quadNames[e.quad_class] || '' }), quadShort[e.quad_class] || ''),
        h('td', { class: 'num' }, fmt(e.goldstein)),
        h('td', {}, e.place ? e.place.name : ''),
        h('td', { class: 'evidence-cell', title: e.text || '' }, e.text || ''));
      tr.addEventListener('click', () => open(e.id));
      tr.addEventListener('keydown', (k) => { if (k.key === 'Enter') open(e.id); });
      return tr;
    }));
    count.textContent = `${rows.length} event${rows.length === 1 ? '' : 's'}${after ? ' loaded' : ''}`;
  }

  const query = Object.fromEntries(Object.entries(params).filter(([k]) => k !== 'id'));
  async function page() {
    const r = await get('events', { ...query, limit: 200, after });
    if (!alive()) return;
    rows = rows.concat(r.events || []);
    after = r.next || '';
    more.hidden = !after;
    draw();
  }
  more.addEventListener('click', () => page().catch((e) => count.replaceChildren(e.message)));
  await page();
  if (!alive()) return;
  clear(root).append(
    h('div', { class: 'view-head' }, h('h2', {}, 'Events'), count),
    form,
    h('div', { class: 'events-layout' },
      h('section', { class: 'card table-card' }, h('div', { class: 'table-wrap' }, table), more),
      panel));
  if (selected) open(selected);
}
