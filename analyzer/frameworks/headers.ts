// What a framework does with CR and LF in the header values and cookies its responses are given,
// each fact checked with /usr/bin/python3 against Debian 12's package (the evidence says how). A
// response object a framework builds carries `response-of:<id>` besides `response`, so the header
// rule can tell a Django response (which refuses newlines: no response splitting) from a Starlette
// one (which sends them as given). Each framework states its facts in its own folder (headers.ts).
import type { Framework } from '../types.js';

export interface HeaderFacts {
  /** How the framework refuses CR/LF in a header value, or null when it sends the value as given. */
  refusesNewlines: string | null;
  /** How set_cookie keeps CR/LF out of the Set-Cookie line (quoting, refusal), or null when it does not. */
  cookiesSafe: string | null;
}

const RESPONSE_OF = 'response-of:';

/** The object kind marking a response built by `fw` (carried with `response`). */
export function responseOf(fw: Framework): string {
  return RESPONSE_OF + fw;
}

/** The prefix of those marks: an attribute object of a response (`response.headers`) keeps them. */
export const RESPONSE_MARK_PREFIX = RESPONSE_OF;

/** The frameworks whose responses an object of these kinds may be. */
export function responseFrameworks(objs: readonly string[]): string[] {
  return objs.filter((o) => o.startsWith(RESPONSE_OF)).map((o) => o.slice(RESPONSE_OF.length));
}
