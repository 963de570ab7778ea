// Project-wide taint on the main thread: index every file's facts, run each function's abstract
// interpreter, and iterate a worklist to a fixed point — when a function's summary changes, its
// callers run again — then turn the source → sink flows into findings for the taint rules.
import type { Finding } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import type { FileFacts, FileFactsData } from './facts.js';
import { MODULE_FN } from './facts.js';
import { Program } from './program.js';
import { FunctionRun } from './interpret.js';
import { buildModel, type TaintModel } from '../frameworks/index.js';
import { toFindings } from './report.js';
import { supersededBy, type SupersedeTest } from './supersede.js';
import { isRequestHandler, paramKinds } from './entry.js';

export interface ProjectFileFacts {
  path: string;
  facts: FileFacts;
  /** Frameworks the file imports: a handler without a route of its own is counted for them. */
  frameworks?: readonly string[];
}

/** What the dataflow pass examined: request handlers per framework, sink call sites per kind. */
export interface TaintStats {
  handlers: Record<string, number>;
  sinks: Record<string, number>;
}

export interface TaintOptions {
  /** Treat sys.argv, input() and os.environ as (low-confidence) sources. Off by default. */
  stdlibSources?: boolean;
}

/** Every function runs at most this many times: a guard against pathological summaries. */
const MAX_RUNS_PER_FUNCTION = 8;

let cachedModel: TaintModel | null = null;

export function runProjectTaint(files: readonly ProjectFileFacts[], rules: readonly RuleDefinition[], options: TaintOptions = {}): Finding[] {
  return projectTaint(files, rules, options).findings;
}

export interface ProjectTaintResult {
  findings: Finding[];
  /** True for a no-dataflow fallback finding that the taint pass judged (see supersede.ts). */
  supersedes: SupersedeTest;
  stats: TaintStats;
}

export function projectTaint(files: readonly ProjectFileFacts[], rules: readonly RuleDefinition[], options: TaintOptions = {}): ProjectTaintResult {
  const taintRules = rules.filter((r) => r.taint);
  if (taintRules.length === 0) return { findings: [], supersedes: () => false, stats: { handlers: {}, sinks: {} } };
  const facts = files.map((f) => f.facts).filter((f): f is FileFactsData => f !== null);
  cachedModel ??= buildModel();
  const program = new Program(facts, cachedModel, { stdlibSources: options.stdlibSources ?? false });
  solve(program);
  const findings = toFindings(program, taintRules);
  return { findings, supersedes: supersededBy(program, findings, taintRules), stats: taintStats(program, files) };
}

function taintStats(program: Program, files: readonly ProjectFileFacts[]): TaintStats {
  const frameworksOf = new Map(files.map((f) => [f.path, f.frameworks ?? []]));
  const handlers: Record<string, number> = {};
  for (const { fn, file } of program.functions.values()) {
    if (fn.name === MODULE_FN || !isRequestHandler(fn, paramKinds(fn, file, program))) continue;
    const own = frameworksOf.get(file.path) ?? [];
    // A route names its framework; a view is counted for the most specific framework its file imports.
    const fw = fn.route?.kind ?? (own.includes('drf') ? 'drf' : own.includes('django') ? 'django' : (own[0] ?? 'django'));
    handlers[fw] = (handlers[fw] ?? 0) + 1;
  }
  const sinks: Record<string, number> = {};
  for (const key of program.judged.keys()) {
    const kind = key.slice(key.lastIndexOf('|') + 1);
    sinks[kind] = (sinks[kind] ?? 0) + 1;
  }
  return { handlers, sinks };
}

export function solve(program: Program): void {
  const modules: string[] = [];
  const others: string[] = [];
  for (const [id, entry] of program.functions) (entry.fn.name === MODULE_FN ? modules : others).push(id);
  const queue: string[] = [...modules, ...others.reverse()];
  const queued = new Set(queue);
  const runs = new Map<string, number>();
  while (queue.length > 0) {
    const id = queue.shift()!;
    queued.delete(id);
    const n = runs.get(id) ?? 0;
    if (n >= MAX_RUNS_PER_FUNCTION) continue;
    runs.set(id, n + 1);
    const entry = program.functions.get(id)!;
    const run = new FunctionRun(program, entry.fn, entry.file);
    const summary = run.run();
    const old = program.summaries.get(id);
    program.summaries.set(id, summary);
    program.findingsByFn.set(id, run.findings);
    const wake = new Set<string>();
    if (!old || old.sig !== summary.sig) for (const c of program.callers.get(id) ?? []) wake.add(c);
    for (const w of run.wake) wake.add(w);
    for (const cls of run.changedClasses) {
      for (const [, fid] of Object.entries(program.classes.get(cls)?.cls.methods ?? {})) wake.add(fid);
    }
    for (const w of wake) {
      if (!queued.has(w)) {
        queued.add(w);
        queue.push(w);
      }
    }
  }
}
