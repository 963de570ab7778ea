// The split between taint rules and their no-dataflow fallbacks (eval/exec, pickle, yaml, Markup,
// XML parsers …): any no-dataflow finding on the line and CWE of a taint finding goes away (never
// twice); a low-confidence fallback also goes away where the taint pass saw inside a request handler that
// no untrusted data reaches the call, or in a helper that every call passes only cleaned data to
// (FunctionRun.reaches), or the call sits in code that constant folding proved dead. Elsewhere (a
// cache file unpickled at start-up, a helper nothing calls) the fallback stands: no source is in view.
import type { Finding } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import type { Program } from './program.js';
import { isSecondOrder } from './report.js';

export type SupersedeTest = (f: Finding) => boolean;

export function supersededBy(program: Program, taintFindings: readonly Finding[], taintRules: readonly RuleDefinition[]): SupersedeTest {
  const kindsOfCwe = new Map<number, string[]>();
  for (const r of taintRules) for (const c of r.cwe) kindsOfCwe.set(c, [...(kindsOfCwe.get(c) ?? []), ...(r.taint?.sinkKinds ?? [])]);
  // A finding reported at the caller of a helper (report.ts) still speaks for the sink's own line.
  const places = (f: Finding) => {
    const sink = f.trace[f.trace.length - 1];
    return sink?.kind === 'sink' ? [`${f.path}|${f.range.start.line}`, `${sink.path}|${sink.range.start.line}`] : [`${f.path}|${f.range.start.line}`];
  };
  const keys = (f: Finding) => places(f).flatMap((at) => f.cwe.map((c) => `${at}|${c}`));
  // A second-order hotspot stands for a fallback hotspot of its line, never for a vulnerability.
  const reported = new Set(taintFindings.filter((f) => !isSecondOrder(f)).flatMap(keys));
  const reportedStored = new Set(taintFindings.filter(isSecondOrder).flatMap(keys));
  const dead = new Map<string, Array<[number, number]>>();
  for (const m of program.modules.values()) dead.set(m.path, m.dead);
  return (f) => {
    if (f.trace.length > 0) return false;
    const line = f.range.start.line;
    // The same issue seen twice: the taint finding carries the trace, so it is the one kept,
    // whatever the no-dataflow rule's confidence (yaml.load with an unsafe Loader on request data).
    if (f.cwe.some((c) => reported.has(`${f.path}|${line}|${c}`) || (f.kind === 'hotspot' && reportedStored.has(`${f.path}|${line}|${c}`)))) return true;
    // Judging a call clean or dead overrules only the declared fallbacks (low confidence): a rule
    // that flags a call as dangerous whatever its input stands on its own.
    if (f.confidence !== 'low') return false;
    const kinds = f.cwe.flatMap((c) => kindsOfCwe.get(c) ?? []);
    if (kinds.length === 0) return false;
    if ((dead.get(f.path) ?? []).some(([a, b]) => line >= a && line <= b)) return true;
    return kinds.some((k) => program.judged.get(`${f.path}|${line}|${k}`) === false);
  };
}
