// A small TopoJSON decoder and the Equal Earth projection (Šavrič, Patterson
// and Jenny, 2018), enough to draw world-atlas's countries as SVG paths.

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RAD = Math.PI / 180;

// equalEarth projects longitude and latitude (degrees) to unit plane
// coordinates, y pointing north.
export function equalEarth(lon, lat) {
  const t = Math.asin(M * Math.sin(lat * RAD));
  const t2 = t * t;
  const t6 = t2 * t2 * t2;
  const x = (lon * RAD * Math.cos(t)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}

// Projection maps degrees to SVG pixels: the whole world fits width px.
export class Projection {
  constructor(width) {
    const [xmax] = equalEarth(180, 0);
    const [, ymax] = equalEarth(0, 90);
    this.k = width / (2 * xmax);
    this.xmax = xmax;
    this.ymax = ymax;
    this.width = width;
    this.height = Math.ceil(2 * ymax * this.k);
  }

  // point returns [x, y] in pixels for longitude and latitude in degrees.
  point(lon, lat) {
    const [x, y] = equalEarth(lon, lat);
    return [(x + this.xmax) * this.k, (this.ymax - y) * this.k];
  }
}

// decodeArcs turns the topology's quantized, delta-encoded arcs into lists
// of [lon, lat].
function decodeArcs(topo) {
  const t = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      if (!t) return [p[0], p[1]];
      x += p[0];
      y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

// ring joins arcs (negative indexes run backwards, ~i) into one ring.
function ring(arcs, idx) {
  const out = [];
  for (const i of idx) {
    const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    out.push(...(out.length ? a.slice(1) : a));
  }
  return out;
}

// features returns the geometries of topo.objects[name] as
// {id, name, polygons: [[ring, ...], ...]}, rings of [lon, lat].
export function features(topo, name) {
  const arcs = decodeArcs(topo);
  const obj = topo.objects[name];
  if (!obj || !obj.geometries) throw new Error(`topojson: no object ${name}`);
  return obj.geometries.map((g) => {
    let polys = [];
    if (g.type === 'Polygon') polys = [g.arcs];
    else if (g.type === 'MultiPolygon') polys = g.arcs;
    return {
      id: g.id,
      name: (g.properties && g.properties.name) || '',
      polygons: polys.map((p) => p.map((r) => ring(arcs, r))),
    };
  });
}

// unwrap makes a ring's longitudes continuous (a ring crossing the
// antimeridian runs past 180 or -180 instead of jumping across the map).
function unwrap(r) {
  let off = 0;
  let prev = r.length ? r[0][0] : 0;
  return r.map(([lon, lat]) => {
    const d = lon + off - prev;
    if (d > 180) off -= 360;
    else if (d < -180) off += 360;
    prev = lon + off;
    return [prev, lat];
  });
}

// path returns the SVG path data of a feature's polygons, projected. A ring
// crossing the antimeridian is drawn twice, once from each side, for the
// map to clip at its edge (outline).
export function path(feature, proj) {
  const parts = [];
  const draw = (r, shift) => parts.push(r.map(([lon, lat], i) => {
    const [x, y] = proj.point(lon + shift, lat);
    return `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join('') + 'Z');
  for (const poly of feature.polygons) {
    for (const r of poly) {
      const u = unwrap(r);
      draw(u, 0);
      const lons = u.map((p) => p[0]);
      if (Math.max(...lons) > 180) draw(u, -360);
      if (Math.min(...lons) < -180) draw(u, 360);
    }
  }
  return parts.join('');
}

// bounds returns [x0, y0, x1, y1], in pixels, of the feature's largest
// polygon (so that France is framed without French Guiana).
export function bounds(feature, proj) {
  let best = null;
  let bestArea = -1;
  for (const poly of feature.polygons) {
    const pts = unwrap(poly[0]).map(([lon, lat]) => proj.point(lon, lat));
    let area = 0;
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      area += pts[j][0] * pts[i][1] - pts[i][0] * pts[j][1];
    }
    area = Math.abs(area / 2);
    if (area > bestArea) {
      bestArea = area;
      best = pts;
    }
  }
  if (!best) return null;
  const xs = best.map((p) => p[0]);
  const ys = best.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

// outline returns the SVG path data of the whole projected world's edge.
export function outline(proj) {
  const pts = [];
  for (let lat = -90; lat <= 90; lat += 5) pts.push(proj.point(180, lat));
  for (let lat = 90; lat >= -90; lat -= 5) pts.push(proj.point(-180, lat));
  return pts.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('') + 'Z';
}
