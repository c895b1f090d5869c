// The JSON API of package server, read relative to the dashboard's address.

// query builds a query string from params, leaving out empty values.
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const str = q.toString();
  return str ? `?${str}` : '';
}

// get fetches api/PATH?params and returns its JSON; an error response
// throws with the server's message.
export async function get(path, params) {
  const res = await fetch(`api/${path}${query(params)}`, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    // A non-JSON reply is reported by its status below.
  }
  if (!res.ok) {
    const msg = body && body.error ? body.error : res.statusText;
    throw new Error(`${path}: ${res.status} ${msg}`);
  }
  return body;
}

let countries = null;

// countryList returns /api/countries' list (fetched once).
export function countryList() {
  if (!countries) {
    countries = get('countries').then((r) => r.countries || []).catch((e) => {
      countries = null;
      throw e;
    });
  }
  return countries;
}

// countryName returns a lookup from country code to name.
export async function countryNames() {
  const list = await countryList();
  return new Map(list.map((c) => [c.code, c.name || c.code]));
}
