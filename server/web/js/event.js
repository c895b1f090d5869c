// Pieces shared by the views that show events.
import { h, fmt } from './dom.js';
import { href } from './nav.js';

// quadNames are CAMEO's quad classes, 1-4.
export const quadNames = ['', 'Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];

// quadBadge shows an event's quad class.
export function quadBadge(q) {
  return h('span', { class: `badge q${q}`, title: quadNames[q] || '' }, quadNames[q] || `quad ${q}`);
}

// actor shows an actor's code with its name or words as written.
export function actor(a) {
  if (!a) return h('span', { class: 'actor' }, '–');
  const label = a.name || a.text || '';
  return h('span', { class: 'actor', title: label }, h('code', {}, a.code || '?'), label ? h('span', { class: 'actor-name' }, label) : null);
}

// evidence shows the event's sentence with its source, target and verb
// highlighted, from the API's segments (each one a text node).
export function evidence(ev) {
  const q = h('blockquote', { class: 'evidence' });
  const segs = ev.segments && ev.segments.length ? ev.segments : [{ text: ev.text || '', kind: '' }];
  for (const seg of segs) {
    if (seg.kind === 'source' || seg.kind === 'target' || seg.kind === 'verb') {
      q.appendChild(h('mark', { class: `seg-${seg.kind}`, title: seg.kind }, seg.text));
    } else {
      q.appendChild(document.createTextNode(seg.text));
    }
  }
  return q;
}

// placeName shows where an event happened.
export function placeName(p) {
  if (!p) return '';
  return [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : '', p.country].filter(Boolean).join(', ');
}

// card shows one event: who did what to whom, when and where, and the
// sentence that says so; it links to the event's detail.
export function card(ev) {
  return h('article', { class: `event-card q${ev.quad_class}`, 'data-id': ev.id },
    h('div', { class: 'event-head' },
      h('time', { datetime: ev.date }, ev.date),
      actor(ev.source),
      h('a', { class: 'code', href: href('events', { id: ev.id, dyad: ev.source && ev.target ? `${ev.source.country},${ev.target.country}` : '' }), title: 'Evidence and explanation' },
        ev.code, ' ', h('span', { class: 'plover' }, ev.plover || '')),
      actor(ev.target),
      quadBadge(ev.quad_class),
      ev.mode ? h('span', { class: 'badge mode' }, ev.mode) : null),
    evidence(ev),
    h('div', { class: 'event-foot muted' },
      ev.place ? h('span', {}, 'in ', placeName(ev.place)) : null,
      h('span', {}, `Goldstein ${fmt(ev.goldstein)}`),
      h('span', {}, `${ev.num_mentions || 1} mention${ev.num_mentions > 1 ? 's' : ''}`),
      h('span', {}, `article ${ev.article_id}, sentence ${ev.sentence}`)));
}
