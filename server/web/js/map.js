// The Map view: events by place on a world map drawn from world-atlas's
// countries (Natural Earth, 1:110m), countries shaded by their events.
import { get, countryList } from './api.js';
import { h, s, clear, fmt } from './dom.js';
import { go, href } from './nav.js';
import { alpha3 } from './iso3166.js';
import { Projection, features, path, bounds, outline } from './topo.js';
import { card, quadNames } from './event.js';

const WIDTH = 960;
let world = null;

// The shapes that world-atlas gives no ISO 3166 number, by name: Kosovo
// has a CAMEO code of its own; Somaliland and Northern Cyprus are parts of
// the countries ISO puts them in, as dyad's dictionaries code them, and are
// shaded and picked as those.
const unnumbered = { Kosovo: { code: 'KSV' }, Somaliland: { code: 'SOM', part: true }, 'N. Cyprus': { code: 'CYP', part: true } };

// loadWorld fetches and decodes the embedded TopoJSON once.
function loadWorld() {
  if (!world) {
    world = fetch('data/countries-110m.json')
      .then((r) => {
        if (!r.ok) throw new Error(`world map: ${r.status} ${r.statusText}`);
        return r.json();
      })
      .then((topo) => features(topo, 'countries').map((f) => ({ ...f, code: alpha3[f.id] || '', part: false, ...(alpha3[f.id] ? {} : unnumbered[f.name]) })))
      .catch((e) => {
        world = null;
        throw e;
      });
  }
  return world;
}

// shade gives a country's class by its number of events (log steps).
function shade(n) {
  if (!n) return '';
  return `e${Math.min(4, 1 + Math.floor(Math.log10(n)))}`;
}

// animateViewBox moves the map's viewBox to target over a short time,
// calling onFrame with the zoom factor.
function animateViewBox(svg, from, to, onFrame) {
  const start = performance.now();
  const ms = 450;
  function frame(now) {
    const t = Math.min(1, (now - start) / ms);
    const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    const vb = from.map((v, i) => v + (to[i] - v) * e);
    svg.setAttribute('viewBox', vb.map((v) => v.toFixed(1)).join(' '));
    onFrame(WIDTH / vb[2]);
    if (t < 1) requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
}

// placeEvents lists the events at one place.
async function placeEvents(panel, place, alive) {
  clear(panel);
  panel.append(h('h3', {}, `Events in ${place.name}`), h('p', { class: 'muted' }, 'Loading…'));
  const r = await get('events', { place: place.name, country: place.country, limit: 50 });
  if (!alive()) return;
  clear(panel);
  panel.append(
    h('h3', {}, `Events in ${place.name}, ${place.country}`),
    h('p', { class: 'muted' }, h('a', { href: href('events', { place: place.name, country: place.country }) }, 'Open in the Events view')),
    h('div', { class: 'event-list' }, (r.events || []).map(card)));
}

// render draws the view for params {country, quad}.
export async function render(root, params, { alive }) {
  const [feats, list, places] = await Promise.all([loadWorld(), countryList(), get('places', { quad: params.quad })]);
  if (!alive()) return;
  const counts = new Map(list.map((c) => [c.code, c]));
  const proj = new Projection(WIDTH);
  // The map leaves out Antarctica and frames the land from 84°N to 58°S.
  const top = proj.point(0, 84)[1];
  const full = [0, top, proj.width, proj.point(0, -58)[1] - top];

  const pick = h('select', { id: 'map-country', 'aria-label': 'Zoom to a country' },
    h('option', { value: '' }, 'The world'),
    feats.filter((f) => f.code && !f.part).sort((x, y) => x.name.localeCompare(y.name))
      .map((f) => h('option', { value: f.code }, `${f.name}${counts.has(f.code) ? ` · ${counts.get(f.code).events}` : ''}`)));
  pick.value = params.country || '';
  pick.addEventListener('change', () => go('map', { ...params, country: pick.value }));
  const quad = h('select', { id: 'map-quad', 'aria-label': 'Quad class' },
    h('option', { value: '' }, 'All events'),
    [1, 2, 3, 4].map((q) => h('option', { value: String(q) }, quadNames[q])));
  quad.value = params.quad || '';
  quad.addEventListener('change', () => go('map', { ...params, quad: quad.value }));

  const svg = s('svg', { class: 'world', viewBox: full.join(' '), role: 'img', 'aria-label': 'World map of events' });
  svg.append(s('defs', {}, s('clipPath', { id: 'world-edge' }, s('path', { d: outline(proj) }))));
  const land = s('g', { class: 'land', 'clip-path': 'url(#world-edge)' });
  const byCode = new Map();
  for (const f of feats) {
    if (f.code === 'ATA') continue;
    const c = counts.get(f.code);
    const p = s('path', { class: `country ${shade(c && c.events)}`, d: path(f, proj), 'data-code': f.code || null },
      s('title', {}, `${f.name}${c ? `: ${c.events} event${c.events === 1 ? '' : 's'}` : ''}`));
    if (f.code) {
      if (!f.part) byCode.set(f.code, { f, p });
      p.addEventListener('click', () => go('map', { ...params, country: f.code === params.country ? '' : f.code }));
    }
    land.appendChild(p);
  }
  svg.appendChild(land);

  const panel = h('section', { class: 'card map-panel' });
  const dots = s('g', { class: 'places' });
  const circles = [];
  const sized = (places.places || []).slice().sort((x, y) => y.events - x.events);
  for (const pl of sized) {
    const [x, y] = proj.point(pl.lon, pl.lat);
    const q = pl.quad_counts || [0, 0, 0, 0];
    const coop = q[0] + q[1];
    const conf = q[2] + q[3];
    const r0 = 3 + 2.2 * Math.sqrt(pl.events);
    const c = s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r0, class: `place ${conf > coop ? 'conflict' : 'coop'}`, tabindex: 0 },
      s('title', {}, `${pl.name}, ${pl.country}: ${pl.events} event${pl.events === 1 ? '' : 's'} (${coop} cooperation, ${conf} conflict)`));
    const open = () => placeEvents(panel, pl, alive).catch((e) => panel.appendChild(h('p', { class: 'error' }, e.message)));
    c.addEventListener('click', open);
    c.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
    circles.push([c, r0]);
    dots.appendChild(c);
  }
  svg.appendChild(dots);
  const scaleDots = (zoom) => { for (const [c, r0] of circles) c.setAttribute('r', (r0 / Math.sqrt(zoom)).toFixed(2)); };

  clear(root);
  root.append(
    h('div', { class: 'view-head' }, h('h2', {}, 'Map'), h('div', { class: 'controls' }, pick, quad)),
    h('div', { class: 'map-layout' },
      h('section', { class: 'card map-card' }, h('div', { class: 'map-wrap' }, svg),
        h('div', { class: 'legend' }, h('span', { class: 'key coop' }, 'mostly cooperation'), h('span', { class: 'key conflict' }, 'mostly conflict'),
          h('span', { class: 'muted' }, 'circle area: events at the place; country shade: events involving it'))),
      panel));

  const sel = params.country && byCode.get(params.country);
  const placesIn = sel ? sized.filter((p) => p.country === params.country) : sized;
  if (sel) {
    sel.p.classList.add('selected');
    land.appendChild(sel.p); // drawn last, its border on top
    const b = bounds(sel.f, proj);
    const pad = Math.max(b[2] - b[0], b[3] - b[1]) * 0.15 + 8;
    let vb = [b[0] - pad, b[1] - pad, b[2] - b[0] + 2 * pad, b[3] - b[1] + 2 * pad];
    // Keep the map's aspect ratio so the frame does not distort.
    const aspect = full[2] / full[3];
    if (vb[2] / vb[3] < aspect) {
      const w = vb[3] * aspect;
      vb = [vb[0] - (w - vb[2]) / 2, vb[1], w, vb[3]];
    } else {
      const hh = vb[2] / aspect;
      vb = [vb[0], vb[1] - (hh - vb[3]) / 2, vb[2], hh];
    }
    animateViewBox(svg, full, vb, scaleDots);
    const c = counts.get(params.country);
    panel.append(h('h3', {}, sel.f.name),
      h('p', {}, c ? `${c.events} event${c.events === 1 ? '' : 's'} involve ${sel.f.name}.` : `No stored events involve ${sel.f.name}.`),
      h('p', { class: 'links' },
        h('a', { href: href('country', { code: params.country }) }, 'Partners'), ' · ',
        h('a', { href: href('events', { country: params.country }) }, 'Events placed here'), ' · ',
        h('a', { href: href('map', { quad: params.quad }) }, 'Back to the world')));
  } else {
    panel.append(h('h3', {}, 'Places'), h('p', { class: 'muted' }, 'Click a circle or a place for its events, a country to zoom to it.'));
  }
  const ul = h('ul', { class: 'place-list' }, placesIn.slice(0, 30).map((pl) => {
    const b = h('button', { type: 'button', class: 'linklike' }, pl.name);
    b.addEventListener('click', () => placeEvents(panel, pl, alive).catch((e) => panel.appendChild(h('p', { class: 'error' }, e.message))));
    return h('li', {}, b, h('span', { class: 'muted' }, ` ${pl.country} · ${fmt(pl.events, 0)}`));
  }));
  panel.appendChild(placesIn.length ? ul : h('p', { class: 'muted' }, 'No places with events here.'));
}
