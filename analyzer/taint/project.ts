// Project-wide taint on the main thread: index every file's facts, run each function's abstract
// interpreter, and iterate a worklist to a fixed point — when a function's summary changes, its
// callers run again — then turn the source → sink flows into findings for the taint rules.
import type { Finding } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import type { FileFacts, FileFactsData } from './facts.js';
import { calleesFirst } from './run-order.js';
import { MODULE_FN } from './facts.js';
import { Program } from './program.js';
import { runOrReplay, RunMemo, structureDigest, type MemoData } from './run-memo.js';
import { buildModel, type TaintModel } from '../frameworks/index.js';
import { mostSpecific } from '../frameworks/registry.js';
import { toFindings } from './report.js';
import { supersededBy, type SupersedeTest } from './supersede.js';
import { entryOf, isRequestHandler } from './entry.js';
import { DEFAULT_BUDGETS } from './budget.js';
import { throughFindings } from './through.js';
import { ProjectTemplates, templatesDigest, type TemplateSource } from '../frameworks/template-files.js';

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
  /**
   * Reuse runs of an earlier scan (run-memo.ts): its records, and each file's content key (a file
   * without a key never replays). The result then carries this scan's records for the next one.
   */
  memo?: {
    previous: MemoData | null;
    fileKeys: ReadonlyMap<string, string>;
    /**
     * Takes the records as soon as the worklist is done (the cache writes them out), so they are
     * garbage before the findings are built on top; the result then carries no records.
     */
    keep?(memo: MemoData): void;
  };
  /** The project's template files (text, size-capped): what each rendered template writes raw. */
  templates?: readonly TemplateSource[];
  /**
   * A full garbage collection, run once the worklist is done (a large scan passes one): the solving
   * left garbage beside the program, and the findings are built on top of both.
   */
  collectGarbage?: () => void;
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
  /** Paths of files whose functions ran out of step budget: partially analysed. */
  budgetExceeded: string[];
  /** This pass's run records, when TaintOptions.memo asked for them. */
  memo?: MemoData;
  /** Runs replayed from the previous records and runs executed. */
  reuse?: { replayed: number; executed: number };
}

export function projectTaint(files: readonly ProjectFileFacts[], rules: readonly RuleDefinition[], options: TaintOptions = {}): ProjectTaintResult {
  const prepared = prepare(files, rules, options);
  if (!prepared) return throughOnly(files);
  for (const pause of solveSteps(prepared.program)) void pause;
  return finish(prepared.program, prepared.taintRules, prepared.files, options);
}

const EMPTY_RESULT = (): ProjectTaintResult => ({ findings: [], supersedes: () => false, stats: { handlers: {}, sinks: {} }, budgetExceeded: [] });

/** No dataflow rule is active: only the findings that follow calls into helpers need the project's names. */
function throughOnly(files: readonly ProjectFileFacts[]): ProjectTaintResult {
  const facts = files.map((f) => f.facts).filter((f): f is FileFactsData => f !== null);
  if (!facts.some((f) => f.through)) return EMPTY_RESULT();
  cachedModel ??= buildModel();
  const program = new Program(facts, cachedModel, { stdlibSources: false });
  return { ...EMPTY_RESULT(), findings: throughFindings(program, facts) };
}

/** Pauses this long at most between yields to the event loop. */
const SLICE_MS = 20;

/**
 * projectTaint that yields to the event loop every SLICE_MS; null when `signal` aborted it (the
 * caller reports the scan as cancelled, and a cancelled scan fixes nothing).
 */
export async function projectTaintAsync(
  files: readonly ProjectFileFacts[],
  rules: readonly RuleDefinition[],
  options: TaintOptions & { signal?: AbortSignal } = {},
): Promise<ProjectTaintResult | null> {
  const prepared = prepare(files, rules, options);
  if (!prepared) return throughOnly(files);
  for (const pause of solveSteps(prepared.program)) {
    void pause;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) return null;
  }
  return finish(prepared.program, prepared.taintRules, prepared.files, options);
}

function prepare(files: readonly ProjectFileFacts[], rules: readonly RuleDefinition[], options: TaintOptions) {
  const taintRules = rules.filter((r) => r.taint);
  if (taintRules.length === 0) return null;
  const facts = files.map((f) => f.facts).filter((f): f is FileFactsData => f !== null);
  cachedModel ??= buildModel();
  const program = new Program(facts, cachedModel, { stdlibSources: options.stdlibSources ?? false });
  if (options.templates?.length) program.templates = new ProjectTemplates(options.templates, facts);
  if (options.memo) {
    // A run that rendered a template depends on that template's text: a changed template replays nothing.
    const templates = options.templates?.length ? templatesDigest(options.templates) : null;
    const structure = structureDigest(facts, program.calledIds, { stdlibSources: program.options.stdlibSources, budgets: program.options.budgets ?? null, templates });
    program.memo = new RunMemo(structure, options.memo.previous, options.memo.fileKeys);
  }
  return { program, taintRules, files };
}

function finish(program: Program, taintRules: RuleDefinition[], files: readonly ProjectFileFacts[], options: TaintOptions): ProjectTaintResult {
  program.releaseSolverState();
  const keep = program.memo && options.memo?.keep;
  if (keep) {
    // The records are encoded already (memo-codec.ts): handing them over allocates little, so one
    // collection after it frees the solver state and the records together.
    keep(program.memo!.next);
    program.memo!.next.clear();
  }
  options.collectGarbage?.();
  const findings = toFindings(program, taintRules);
  // Rule findings that follow calls into helpers; their rules are not taint rules.
  const through = throughFindings(program, [...program.modules.values()]);
  return {
    findings: through.length > 0 ? [...findings, ...through] : findings,
    supersedes: supersededBy(program, findings, taintRules),
    stats: taintStats(program, files),
    budgetExceeded: [...program.budgetExceeded].sort(),
    ...(program.memo ? { ...(keep ? {} : { memo: program.memo.next }), reuse: { replayed: program.memo.replayed, executed: program.memo.executed } } : {}),
  };
}

function taintStats(program: Program, files: readonly ProjectFileFacts[]): TaintStats {
  const frameworksOf = new Map(files.map((f) => [f.path, f.frameworks ?? []]));
  const handlers: Record<string, number> = {};
  for (const { fn, file } of program.functions.values()) {
    if (fn.name === MODULE_FN) continue;
    const entry = entryOf(fn, file, program);
    if (!isRequestHandler(fn, entry.kinds, program.urlRoutes.has(fn.id))) continue;
    const own = frameworksOf.get(file.path) ?? [];
    // A route names its framework; a view is counted for the most specific framework its file
    // imports, else for the framework that claimed or registered it (a connexion handler imports nothing).
    const fw = fn.route?.kind ?? mostSpecific(own) ?? entry.owner ?? (program.urlRoutes.get(fn.id) ?? (fn.cls ? program.urlRoutes.get(fn.cls) : undefined))?.framework;
    // A function handed a request in a file that imports no modelled framework is not one of their handlers.
    if (!fw) continue;
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
  for (const pause of solveSteps(program)) void pause;
}

/** The worklist; yields (nothing) whenever SLICE_MS have passed since the last yield. */
export function* solveSteps(program: Program): Generator<void, void, void> {
  let sliceStart = performance.now();
  const modules: string[] = [];
  const others: string[] = [];
  for (const [id, entry] of program.functions) (entry.fn.name === MODULE_FN ? modules : others).push(id);
  const queue: string[] = [...modules, ...calleesFirst(program, others.reverse())];
  const queued = new Set(queue);
  const { functionSteps, fileSteps } = program.options.budgets ?? DEFAULT_BUDGETS;
  const runs = new Map<string, number>();
  // A FIFO read by index: shift() on a queue of every function of a project moves it all each time.
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    queued.delete(id);
    const n = runs.get(id) ?? 0;
    if (n >= MAX_RUNS_PER_FUNCTION) continue;
    runs.set(id, n + 1);
    const entry = program.functions.get(id)!;
    const path = entry.file.path;
    const used = program.fileSteps.get(path) ?? 0;
    if (used >= fileSteps) {
      program.budgetExceeded.add(path);
      continue;
    }
    const run = runOrReplay(program, id, n, entry, Math.min(functionSteps, fileSteps - used));
    program.fileSteps.set(path, used + run.steps);
    const summary = run.summary;
    if (!summary) {
      // Out of budget: the flows found so far are real paths and stand; the summary stays the previous run's.
      program.budgetExceeded.add(path);
      program.findingsByFn.set(id, new Map([...(program.findingsByFn.get(id) ?? []), ...run.findings]));
      const judged = new Map(program.judgedByFn.get(id) ?? []);
      for (const [k, reached] of run.judged) judged.set(k, (judged.get(k) ?? false) || reached);
      program.judgedByFn.set(id, judged);
      continue;
    }
    if (run.unsettled) program.budgetExceeded.add(path);
    program.maxRunSteps = Math.max(program.maxRunSteps, run.steps);
    const old = program.summaries.get(id);
    program.summaries.set(id, summary);
    program.findingsByFn.set(id, run.findings);
    program.judgedByFn.set(id, run.judged);
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
    if (performance.now() - sliceStart >= SLICE_MS) {
      yield;
      sliceStart = performance.now();
    }
  }
  program.settleJudged();
}
