// Turns the solved program's source → sink flows into findings: one per rule and place, with a
// message naming source and sink, the full trace, and a fingerprint that ignores line numbers. The
// place is the sink, or, when the sink is in a helper the source's function calls, that call.
import type { Confidence, Finding, Range, TraceStep } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import type { Loc } from './ir.js';
import type { Finding0, Program } from './program.js';
import { READ_BACK, traceToArray } from './value.js';
import type { StoredIn } from '../frameworks/model.js';
import { FingerprintAllocator, normalizeCode } from '../fingerprint.js';
import { snippetOf } from '../file-context.js';
import { findingOf, sinkStepAt } from '../finding.js';
import { callerSite, functionAt } from './caller-site.js';
import type { StepNode } from './value.js';

const CONFIDENCE_ORDER: Confidence[] = ['low', 'medium', 'high'];

function rangeOf(loc: Loc): Range {
  return { start: { line: loc[0], column: loc[1] }, end: { line: loc[2], column: loc[3] } };
}

function weaker(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_ORDER.indexOf(a) <= CONFIDENCE_ORDER.indexOf(b) ? a : b;
}

export function toFindings(program: Program, rules: readonly RuleDefinition[]): Finding[] {
  const byKind = new Map<string, RuleDefinition>();
  for (const r of rules) for (const k of r.taint?.sinkKinds ?? []) byKind.set(k, r);
  const lines = new Map<string, string[]>();
  const moduleOf = new Map<string, string>();
  for (const f of program.modules.values()) {
    lines.set(f.path, f.lines);
    moduleOf.set(f.path, f.module);
  }
  const linesOf = (path: string) => lines.get(path) ?? [];

  // One finding per rule and place (the sink, or the call into the helper holding it): the flow
  // whose source is the most telling speaks for the others, which are counted.
  const candidates: Place[] = [];
  for (const f of program.findings()) {
    if (!byKind.has(f.hit.kind)) continue;
    // A template that writes a variable raw is reported at the template, whatever the data (template rules).
    if (f.label.source?.stored && f.hit.note) continue;
    const steps = traceToArray(f.label.trace);
    candidates.push({ flow: f, steps, site: callerSite(steps), others: 0 });
  }
  // A helper that is itself reported at its sink (its own parameters are untrusted: a view's get()
  // that head() and post() delegate to) is fixed there; its callers would repeat that one flaw.
  const sinkOf = (p: Place) => `${p.flow.hit.kind}|${p.flow.hit.path}|${p.flow.hit.loc.join(':')}`;
  const reportedAtSink = new Set(candidates.filter((p) => !p.site).map(sinkOf));
  const best = new Map<string, Place>();
  for (const c of candidates) {
    if (c.site && reportedAtSink.has(sinkOf(c))) continue;
    const at = c.site ?? { path: c.flow.hit.path, loc: c.flow.hit.loc };
    const key = `${c.flow.hit.kind}|${at.path}|${at.loc.join(':')}|${c.site ? 'call' : 'sink'}`;
    const cur = best.get(key);
    if (!cur) best.set(key, c);
    else {
      cur.others++;
      if (moreTelling(c.flow, cur.flow)) Object.assign(cur, { flow: c.flow, steps: c.steps, site: c.site });
    }
  }
  const flows = [...best.values()];
  const placeOf = (p: Place) => p.site ?? { path: p.flow.hit.path, loc: p.flow.hit.loc };
  flows.sort((a, b) => {
    const pa = placeOf(a);
    const pb = placeOf(b);
    return (
      pa.path.localeCompare(pb.path) ||
      pa.loc[0] - pb.loc[0] ||
      pa.loc[1] - pb.loc[1] ||
      a.flow.hit.path.localeCompare(b.flow.hit.path) ||
      a.flow.hit.loc[0] - b.flow.hit.loc[0] ||
      a.flow.label.source!.id.localeCompare(b.flow.label.source!.id)
    );
  });
  const allocators = new Map<string, FingerprintAllocator>();
  // Flows from one source share their first steps: one TraceStep object (and snippet) per distinct
  // step, not one per finding — tens of thousands of findings otherwise repeat them all.
  const snippets = new Map<string, string>();
  const snippet = (path: string, range: Range) => {
    const key = `${path}\u0000${range.start.line}:${range.end.line}`;
    let text = snippets.get(key);
    if (text === undefined) snippets.set(key, (text = snippetOf(linesOf(path), range)));
    return text;
  };
  const steps = new Map<string, TraceStep>();
  const stepOf = (s: ReturnType<typeof traceToArray>[number]): TraceStep => {
    const key = `${s.kind}\u0000${s.path}\u0000${s.loc.join(':')}\u0000${s.message}`;
    let step = steps.get(key);
    if (!step) {
      const range = rangeOf(s.loc);
      steps.set(key, (step = { kind: s.kind, path: s.path, range, message: s.message, snippet: snippet(s.path, range) }));
    }
    return step;
  };
  const out: Finding[] = [];
  for (const place of flows) {
    const { flow, site, others: more } = place;
    const { hit, label } = flow;
    const rule = byKind.get(hit.kind)!;
    const source = label.source!;
    const path = site?.path ?? hit.path;
    const range = rangeOf(site?.loc ?? hit.loc);
    const trace: TraceStep[] = [...place.steps.map(stepOf), ...(hit.at ?? []).map(sinkStepAt)];
    let alloc = allocators.get(path);
    if (!alloc) allocators.set(path, (alloc = new FingerprintAllocator()));
    const module = moduleOf.get(path);
    const fnId = site ? (functionAt(program, site.path, site.loc[0]) ?? hit.fnId) : hit.fnId;
    const scope = module && fnId.startsWith(module + '.') ? fnId.slice(module.length + 1) : fnId;
    const where = source.path === path ? `line ${source.loc[0]}` : `${source.path}:${source.loc[0]}`;
    const sinkWhere = hit.path === path ? `line ${hit.loc[0]}` : `${hit.path}:${hit.loc[0]}`;
    const reaches = site
      ? `is passed here (line ${site.loc[0]}) to ${calleeOf(site)}, which hands it to ${sinkName(hit.text)} (${sinkWhere})`
      : `reaches ${sinkName(hit.text)} (line ${hit.loc[0]})`;
    let confidence = weaker(rule.confidence, hit.confidence);
    if (source.low) confidence = 'low';
    if (source.stored) confidence = weaker(confidence, 'medium');
    const review = source.stored ? SECOND_ORDER : (rule.taint?.review?.(hit, linesOf(hit.path)) ?? null);
    const read = source.stored ? `, data the application stored in ${STORED_IN[source.stored]},` : '';
    out.push(
      findingOf(rule, {
        path,
        range,
        message:
          `${source.text} (${where})${read} ${reaches}` +
          (more > 0 ? `, as do ${more} other untrusted value${more > 1 ? 's' : ''}` : '') +
          (hit.note ? ` (${hit.note})` : '') +
          (review ? `: ${review}` : ''),
        ...(review ? { kind: 'hotspot' as const } : {}),
        snippet: snippet(path, range),
        fingerprint: alloc.next(rule.id, path, scope.replace(/\.<locals>/g, ''), `${normalizeCode(hit.text)}\u0000${normalizeCode(source.text)}`),
        confidence,
        trace,
      }),
    );
  }
  return out;
}

const STORED_IN: Record<StoredIn, string> = { database: 'its database', file: 'a file', cache: 'its cache' };
const SECOND_ORDER =
  'second-order data, a hotspot to review: whoever could write this value earlier (a user through a form, an import) ' +
  'can inject through it here; treat it as untrusted, as if it came from the request';

/** A taint finding whose source is data the application stored (second-order): its first step reads it back. */
export function isSecondOrder(f: Finding): boolean {
  return f.kind === 'hotspot' && f.trace[0]?.kind === 'source' && f.trace[0].message.endsWith(READ_BACK);
}

interface Place {
  flow: Finding0;
  steps: StepNode[];
  /** The call in the source's function that leads to a sink in a helper; null: the sink itself. */
  site: StepNode | null;
  others: number;
}

/**
 * Which of two flows into one place a finding names first: data from the request rather than
 * data read back from storage, then a value no check has touched (a
 * host-checked URL or an escaped string next to a raw one is the less telling), then a
 * high-confidence source, then the shorter flow, then the source id (stable across runs).
 */
export function moreTelling(a: Finding0, b: Finding0): boolean {
  const rank = (f: Finding0) => [f.label.source!.stored ? 1 : 0, f.label.clean === 0 ? 0 : 1, f.label.source!.low ? 1 : 0, f.label.depth] as const;
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! < rb[i]!;
  return a.label.source!.id < b.label.source!.id;
}

/** `passed to find() in find(name)` → `find()`. */
function calleeOf(site: StepNode): string {
  return /^passed to (\S+\(\))/.exec(site.message)?.[1] ?? 'a helper';
}

/** `cursor.execute(sql, params)` → `cursor.execute()`. */
export function sinkName(text: string): string {
  if (text.startsWith('return')) return `the HTML response (${text})`;
  const m = /^([\w.\]["'\s]+?)\(/s.exec(text);
  if (!m) return text;
  return `${m[1]!.trim()}()`;
}
