// The relations timeline: per period, one lane per direction, cooperation
// (quad classes 1 and 2) drawn up from the lane's axis and conflict (3 and
// 4) down, as SVG.
import { s, fmt } from './dom.js';
import { quadNames } from './event.js';

const LANE = 110; // height of one lane, px in the viewBox
const LEFT = 92;
const RIGHT = 12;
const TOP = 10;
const AXIS = 34;

// fill returns every period from the first to the last when they are months
// or years (so gaps show as gaps), else the periods as given.
function fill(periods, by) {
  if (periods.length < 2 || (by !== 'month' && by !== 'year')) return periods;
  const key = (p) => (by === 'year' ? Number(p) * 12 : Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1);
  const first = key(periods[0]);
  const last = key(periods[periods.length - 1]);
  if (Number.isNaN(first) || Number.isNaN(last) || last - first > 600) return periods;
  const out = [];
  for (let k = first; k <= last; k += by === 'year' ? 12 : 1) {
    const y = Math.floor(k / 12);
    out.push(by === 'year' ? String(y) : `${y}-${String((k % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

// niceMax rounds a count up to a readable axis maximum.
function niceMax(n) {
  if (n <= 4) return Math.max(n, 1);
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
  return n;
}

// timeline draws rel (the /api/relations reply) as an SVG element width
// pixels wide (its viewBox; it scales to its container).
export function timeline(rel, width) {
  const W = Math.max(520, Math.round(width));
  const dirs = [`${rel.a}->${rel.b}`, `${rel.b}->${rel.a}`];
  const rows = new Map();
  for (const p of rel.periods || []) rows.set(`${p.period}|${p.direction}`, p);
  const periods = fill([...new Set((rel.periods || []).map((p) => p.period))].sort(), rel.by);
  let max = 0;
  for (const p of rows.values()) {
    const q = p.quad_counts || [0, 0, 0, 0];
    max = Math.max(max, q[0] + q[1], q[2] + q[3]);
  }
  max = niceMax(max);
  const height = TOP + dirs.length * LANE + AXIS;
  const svg = s('svg', { class: 'timeline', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': `Cooperation and conflict between ${rel.a} and ${rel.b} by ${rel.by}` });
  const plotW = W - LEFT - RIGHT;
  const step = plotW / Math.max(periods.length, 1);
  const barW = Math.min(step * 0.7, 48);
  const half = (LANE - 20) / 2;
  const y = (n) => (n / max) * half;

  dirs.forEach((dir, i) => {
    const mid = TOP + i * LANE + LANE / 2;
    const g = s('g', { class: 'lane', 'data-direction': dir });
    g.appendChild(s('rect', { class: 'lane-bg', x: LEFT, y: mid - half - 4, width: plotW, height: 2 * half + 8 }));
    g.appendChild(s('text', { class: 'lane-label', x: LEFT - 10, y: mid - 6, 'text-anchor': 'end' }, dir.replace('->', ' → ')));
    g.appendChild(s('text', { class: 'tick', x: LEFT - 10, y: mid - half + 8, 'text-anchor': 'end' }, `+${max}`));
    g.appendChild(s('text', { class: 'tick', x: LEFT - 10, y: mid + half, 'text-anchor': 'end' }, `−${max}`));
    g.appendChild(s('line', { class: 'zero', x1: LEFT, x2: W - RIGHT, y1: mid, y2: mid }));
    periods.forEach((period, j) => {
      const p = rows.get(`${period}|${dir}`);
      if (!p) return;
      const q = p.quad_counts || [0, 0, 0, 0];
      const x = LEFT + j * step + (step - barW) / 2;
      const bar = s('g', { class: 'bar', 'data-period': period });
      const tip = [`${period}, ${dir.replace('->', ' → ')}: ${p.events} event${p.events === 1 ? '' : 's'}, mean Goldstein ${fmt(p.mean_goldstein)}`];
      q.forEach((n, k) => { if (n) tip.push(`${quadNames[k + 1]}: ${n}`); });
      bar.appendChild(s('title', {}, tip.join('\n')));
      let up = mid;
      let down = mid;
      q.forEach((n, k) => {
        if (!n) return;
        const hgt = y(n);
        if (k < 2) {
          up -= hgt;
          bar.appendChild(s('rect', { class: `q${k + 1}`, x, y: up, width: barW, height: hgt }));
        } else {
          bar.appendChild(s('rect', { class: `q${k + 1}`, x, y: down, width: barW, height: hgt }));
          down += hgt;
        }
      });
      g.appendChild(bar);
    });
    svg.appendChild(g);
  });

  // Period labels, thinned to fit.
  const every = Math.max(1, Math.ceil(periods.length / Math.floor(plotW / 64)));
  const base = TOP + dirs.length * LANE;
  periods.forEach((period, j) => {
    if (j % every) return;
    svg.appendChild(s('text', { class: 'tick period', x: LEFT + j * step + step / 2, y: base + 18, 'text-anchor': 'middle' }, period));
  });
  svg.appendChild(s('text', { class: 'axis-note', x: LEFT, y: base + 32 }, '▲ cooperation   ▼ conflict   (events per period)'));
  return svg;
}
