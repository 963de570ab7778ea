// A SAX parser with external entities switched on (`parser.setFeature(feature_external_ges, True)`)
// carries where that was done as an object label beside `sax-ext`: `sax-ext-at:[path,line,col,text]`.
// The parse it reaches reports that line as one of its sites, so the configuration line and the
// parse are one flaw (analyzer/one-flaw.ts) rather than a PY-API-XXE finding beside a PY-INJ-XXE one.
import type { CallView } from './model.js';
import type { SinkSite } from '../taint/program.js';

const PREFIX = 'sax-ext-at:';

export function saxExtAt(path: string, line: number, column: number, text: string): string {
  return PREFIX + JSON.stringify([path, line, column, text.trim().slice(0, 200)]);
}

function siteOf(o: string): SinkSite | undefined {
  if (!o.startsWith(PREFIX)) return undefined;
  const [path, line, column, snippet] = JSON.parse(o.slice(PREFIX.length)) as [string, number, number, string];
  return { path, line, column, message: 'external entities switched on here', snippet };
}

function sitesIn(objs: readonly string[]): SinkSite[] {
  return objs.flatMap((o) => siteOf(o) ?? []);
}

/** The receiver's configuration lines (`parser.parse(stream)`). */
export const saxReceiverSites = (c: CallView): readonly SinkSite[] => sitesIn(c.receiverObjs());

/** The configuration lines of the parser handed to pulldom/minidom (`parser=` or the second argument). */
export const saxParserArgSites = (c: CallView): readonly SinkSite[] => sitesIn(c.hasKw('parser') ? c.kwObjs('parser') : c.argObjs(1));

const noteOf = (sites: readonly SinkSite[]) => (sites.length > 0 ? `external entities switched on at line ${sites.map((s) => s.line).join(', ')}` : undefined);
export const saxReceiverNote = (c: CallView) => noteOf(saxReceiverSites(c));
export const saxParserArgNote = (c: CallView) => noteOf(saxParserArgSites(c));
