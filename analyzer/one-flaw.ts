// One flaw, one finding. Several rules can see the same flaw: the dataflow reports a view that hands
// request data to a template which writes it raw (its trace ends at the template line), and the
// template rule reports the same line (`|safe`, an autoescape-off block). The flaw is where a value
// is written unescaped or reaches the sink: its sites, the finding's own location, or, for a rule
// finding whose trace names where its flaw is written, those places. A finding whose every site
// another rule's finding of the same weakness already reports, with a dataflow trace and at least
// its severity of kind, is the same flaw said twice: it is dropped. Suppressed findings are kept
// (a suppression is a decision someone recorded, never lost).
import type { Finding } from './types.js';

const key = (path: string, line: number) => `${path}:${line}`;

/** Where a finding says its flaw is: `path:line` keys. */
export function flawSites(f: Finding): string[] {
  const own = key(f.path, f.range.start.line);
  const sinks = f.trace.filter((s) => s.kind === 'sink').map((s) => key(s.path, s.range.start.line));
  if (f.trace.some((s) => s.kind === 'source')) return [...new Set([own, ...sinks])];
  // A rule finding whose trace lists the writes it is about (an autoescape-off block's variables).
  return sinks.length > 0 ? [...new Set(sinks)] : [own];
}

const hasDataflow = (f: Finding) => f.trace.some((s) => s.kind === 'source');
const weaknesses = (f: Finding) => new Set([...f.cwe, ...(f.relatedCwe ?? [])]);

/** The dataflow's findings by the sites they report, built once for every list it is applied to. */
export interface FlawIndex {
  bySite: Map<string, Finding[]>;
  sitesOf: Map<Finding, Set<string>>;
}

export function flawIndex(reported: readonly Finding[]): FlawIndex {
  const bySite = new Map<string, Finding[]>();
  const sitesOf = new Map<Finding, Set<string>>();
  for (const y of reported) {
    if (!hasDataflow(y) || y.suppression) continue;
    const sites = flawSites(y);
    sitesOf.set(y, new Set(sites));
    for (const s of sites) {
      const list = bySite.get(s);
      if (list) list.push(y);
      else bySite.set(s, [y]);
    }
  }
  return { bySite, sitesOf };
}

/**
 * Drops from `findings`, in place, each finding that a finding of `reported` (the dataflow's, from
 * other rules) already says: same weakness, every site covered, a trace from a source, and a kind
 * at least as severe (a hotspot never hides a vulnerability). Pass a `flawIndex` when the same
 * findings are applied to many lists (one per file): building it per list costs a scan with tens
 * of thousands of findings hundreds of megabytes of garbage.
 */
export function oneFindingPerFlaw(findings: Finding[], reported: readonly Finding[] | FlawIndex): void {
  const { bySite, sitesOf } = Array.isArray(reported) ? flawIndex(reported) : (reported as FlawIndex);
  if (bySite.size === 0) return;
  const covers = (y: Finding, x: Finding, sites: readonly string[]) => {
    if (y === x || y.ruleId === x.ruleId || (x.kind === 'vulnerability' && y.kind !== 'vulnerability')) return false;
    const cwe = weaknesses(y);
    if (![...weaknesses(x)].some((c) => cwe.has(c))) return false;
    const ys = sitesOf.get(y)!;
    return sites.every((s) => ys.has(s));
  };
  let w = 0;
  for (const x of findings) {
    const sites = flawSites(x);
    const said = !x.suppression && (bySite.get(sites[0]!) ?? []).some((y) => covers(y, x, sites));
    if (!said) findings[w++] = x;
  }
  findings.length = w;
}
