// Turns the solved program's source → sink flows into findings: one per (rule, sink, source), with
// a message naming both, the full trace, and a fingerprint that ignores line numbers.
import type { Confidence, Finding, Range, TraceStep } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import type { Loc } from './ir.js';
import type { Finding0, Program } from './program.js';
import { traceToArray } from './value.js';
import { FingerprintAllocator, normalizeCode } from '../fingerprint.js';
import { snippetOf } from '../file-context.js';
import { findingOf } from '../finding.js';

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

  // One finding per rule and sink: the shortest flow speaks for the others, which are counted.
  const best = new Map<string, { flow: Finding0; others: number }>();
  for (const f of program.findings()) {
    if (!byKind.has(f.hit.kind)) continue;
    const key = `${f.hit.kind}|${f.hit.path}|${f.hit.loc.join(':')}`;
    const cur = best.get(key);
    if (!cur) best.set(key, { flow: f, others: 0 });
    else {
      cur.others++;
      const a = cur.flow.label;
      if (f.label.depth < a.depth || (f.label.depth === a.depth && f.label.source!.id < a.source!.id)) cur.flow = f;
    }
  }
  const others = new Map([...best.values()].map((b) => [b.flow, b.others]));
  const flows = [...best.values()].map((b) => b.flow);
  flows.sort(
    (a, b) =>
      a.hit.path.localeCompare(b.hit.path) ||
      a.hit.loc[0] - b.hit.loc[0] ||
      a.hit.loc[1] - b.hit.loc[1] ||
      a.label.source!.id.localeCompare(b.label.source!.id),
  );
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
  for (const flow of flows) {
    const { hit, label } = flow;
    const more = others.get(flow) ?? 0;
    const rule = byKind.get(hit.kind)!;
    const source = label.source!;
    const range = rangeOf(hit.loc);
    const trace: TraceStep[] = traceToArray(label.trace).map(stepOf);
    let alloc = allocators.get(hit.path);
    if (!alloc) allocators.set(hit.path, (alloc = new FingerprintAllocator()));
    const module = moduleOf.get(hit.path);
    const scope = module && hit.fnId.startsWith(module + '.') ? hit.fnId.slice(module.length + 1) : hit.fnId;
    const sameFile = source.path === hit.path;
    const where = sameFile ? `line ${source.loc[0]}` : `${source.path}:${source.loc[0]}`;
    let confidence = weaker(rule.confidence, hit.confidence);
    if (source.low) confidence = 'low';
    const review = rule.taint?.review?.(hit, linesOf(hit.path)) ?? null;
    out.push(
      findingOf(rule, {
        path: hit.path,
        range,
        message:
          `${source.text} (${where}) reaches ${sinkName(hit.text)} (line ${hit.loc[0]})` +
          (more > 0 ? `, as do ${more} other untrusted value${more > 1 ? 's' : ''}` : '') +
          (review ? `: ${review}` : ''),
        ...(review ? { kind: 'hotspot' as const } : {}),
        snippet: snippet(hit.path, range),
        fingerprint: alloc.next(rule.id, hit.path, scope.replace(/\.<locals>/g, ''), `${normalizeCode(hit.text)}\u0000${normalizeCode(source.text)}`),
        confidence,
        trace,
      }),
    );
  }
  return out;
}

/** `cursor.execute(sql, params)` → `cursor.execute()`. */
export function sinkName(text: string): string {
  if (text.startsWith('return')) return `the HTML response (${text})`;
  const m = /^([\w.\]["'\s]+?)\(/s.exec(text);
  if (!m) return text;
  return `${m[1]!.trim()}()`;
}
