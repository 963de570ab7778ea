// Function bodies decoded once per project-wide pass instead of once per read. Inside the dataflow
// pass every body is read about four to five times (each interpreter run of the function, and the
// template lookups' and contexts' walks over every function: Django ~42,000 reads of ~9,000 bodies),
// and decoding was most of what the wire cost the calling thread. The readers walk the whole project
// in order, again and again, so a cache that evicts would throw out exactly what the next walk wants
// first (least-recently-used keeps ~5% of reads at a quarter of Django's bodies): this one keeps
// every body it decodes until its room is spent, and the rest are decoded on each read, as before.
// Room is counted in encoded bytes; decoded, a body takes about three times as much.

interface Scope {
  readonly bodies: Map<Uint8Array, unknown>;
  room: number;
}

let scope: Scope | null = null;
let opened = 0;

/**
 * Opens the cache for a pass (nested or concurrent passes on one thread share it); the returned
 * function closes it, and once every opener has closed it the decoded bodies are garbage.
 */
export function openBodyCache(roomBytes: number): () => void {
  if (opened++ === 0) scope = { bodies: new Map(), room: roomBytes };
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    if (--opened === 0) scope = null;
  };
}

/** The body those bytes decode to: from the open cache when it holds it, else `decode(bytes)` (kept while room lasts). */
export function readBody<T>(bytes: Uint8Array, decode: (bytes: Uint8Array) => T): T {
  const s = scope;
  if (!s) return decode(bytes);
  const known = s.bodies.get(bytes);
  if (known !== undefined) return known as T;
  const body = decode(bytes);
  if (bytes.byteLength <= s.room) {
    s.room -= bytes.byteLength;
    s.bodies.set(bytes, body);
  }
  return body;
}
