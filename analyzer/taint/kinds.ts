// Sink kinds: the classes of dangerous operation the taint engine knows. A sanitizer cleans data
// for some kinds only (html.escape cleans 'xss', never 'sql'), so cleanliness is a bit per kind.
export const SINK_KINDS = [
  'sql',
  'command',
  'code',
  'template',
  'xss',
  'path',
  'ssrf',
  'redirect',
  'deserialize',
  'xxe',
  'ldap',
  'xpath',
  'header',
  'log',
  'trust',
  'nosql',
  'regex',
  // A value written where a URL starts (a template's href/src): escaping does not stop `javascript:`.
  'script-url',
] as const;

export type SinkKind = (typeof SINK_KINDS)[number];

const BIT = new Map<string, number>(SINK_KINDS.map((k, i) => [k, 1 << i]));

export const ALL_KINDS_MASK = (1 << SINK_KINDS.length) - 1;

export function kindBit(kind: SinkKind): number {
  return BIT.get(kind)!;
}

/** The sinks a request part cannot harm: a same-site path for a redirect, a percent-encoded one for a log line or header. */
export function requestPartClean(m: { sameSiteRequestParts: ReadonlySet<string>; quotedRequestParts: ReadonlySet<string> }, part: string): number {
  return (m.sameSiteRequestParts.has(part) ? kindBit('redirect') : 0) | (m.quotedRequestParts.has(part) ? kindBit('log') | kindBit('header') : 0);
}

export function kindsMask(kinds: readonly SinkKind[] | 'all'): number {
  if (kinds === 'all') return ALL_KINDS_MASK;
  let m = 0;
  for (const k of kinds) m |= kindBit(k);
  return m;
}

/**
 * The sinks second-order data is reported at: injections into an interpreter (SQL, shell,
 * templates, HTML, queries). A path or URL the application stored itself is its own choice; eval and
 * deserialisers are reported by their own rules whatever their data, so a hotspot would repeat them.
 */
export const SECOND_ORDER_MASK = kindsMask(['sql', 'command', 'template', 'xss', 'ldap', 'xpath']);
