// Reuse of function runs across scans. A run of the worklist is a deterministic function of its
// inputs: its own file's facts, the project's structure (functions, classes, bindings, routes,
// who is called), the step budget it was given, and the shared state it reads — summaries,
// module globals, lambdas, closures, class attributes and the class-base cache. While a run
// executes, every shared slot it reads is logged with the tag of the slot's content at that moment;
// each slot it writes gets a tag that names that exact content. The next scan walks the worklist in
// the same way; a run whose logged tags all still hold (and whose file is unchanged) is replayed
// from its record — its writes, summary and flows — instead of interpreted. A run that must execute
// and writes content equal to what the record wrote keeps the record's tag, so an edit that does
// not change what a function exports stops at that function. The result is the cold pass's, by
// construction: replay only happens where execution would read exactly what it read before.
import { createHash, randomBytes } from 'node:crypto';
import type { FileFactsData } from './facts.js';
import type { Expr } from './ir.js';
import type { Finding0, FnEntry, Program, Summary } from './program.js';
import type { Value } from './value.js';
import { FunctionRun } from './interpret.js';
import { BudgetExceeded } from './budget.js';
import { MemoRecords, type RunRest } from './memo-codec.js';

/** One logged run: what it read (slot, tag pairs), and everything it did. */
export interface RunRecord {
  fnId: string;
  /** The run's own file's content key. */
  file: string;
  limit: number;
  steps: number;
  exceeded: boolean;
  unsettled: boolean;
  /** Flattened [slot, tag, slot, tag, …]; '' is the tag of an absent slot. */
  reads: string[];
  summary: Summary | null;
  findings: Map<string, Finding0>;
  wake: string[];
  changedClasses: string[];
  callers: string[];
  judged: Array<[string, boolean]>;
  globals: Array<[string, Value]>;
  lambdas: Array<[string, Extract<Expr, { k: 'lambda' }>]>;
  closures: Array<[string, Array<[string, Value]>]>;
  classAttrs: Array<[string, string, Value]>;
  bases: Array<[string, string[]]>;
  /** Tag of every slot written (summary: 's' + fn id), by slot. */
  tags: Record<string, string>;
}

/** The records of one scan, encoded as the cache keeps them (memo-codec.ts). */
export type MemoData = MemoRecords;

/** A previous record found replayable: its number there, its function and the rest of it. */
export interface Replayable extends RunRest {
  at: number;
  fnId: string;
}

/** The log of the run now executing. */
export interface RunLog {
  seen: Set<string>;
  reads: string[];
  callers: string[];
  judged: Array<[string, boolean]>;
  closures: Set<string>;
  classAttrs: Array<[string, string]>;
  bases: Array<[string, string[]]>;
  globals: Array<[string, Value]>;
  lambdas: Array<[string, Extract<Expr, { k: 'lambda' }>]>;
}

export class RunMemo {
  /** Tag of every shared slot's current content; absent means the slot was never written. */
  private readonly tags = new Map<string, string>();
  current: RunLog | null = null;
  readonly next: MemoData;
  private readonly previous: MemoRecords | null;
  private readonly nonce = randomBytes(6).toString('hex');
  replayed = 0;
  executed = 0;

  constructor(
    structure: string,
    previous: MemoData | null,
    private readonly fileKeys: ReadonlyMap<string, string>,
  ) {
    this.previous = previous && previous.structure === structure ? previous : null;
    this.next = new MemoRecords(structure);
  }

  fileKey(path: string): string {
    return this.fileKeys.get(path) ?? '';
  }

  read(slot: string): void {
    const log = this.current;
    if (!log || log.seen.has(slot)) return;
    log.seen.add(slot);
    log.reads.push(slot, this.tags.get(slot) ?? '');
  }

  /** The record of run `key`, when replaying it gives exactly what executing it would. */
  replayable(key: string, path: string, limit: number): Replayable | undefined {
    const prev = this.previous;
    const at = prev ? prev.find(key) : -1;
    if (at < 0 || prev!.file(at) !== this.fileKey(path)) return undefined;
    if (!prev!.readsHold(at, this.tagOf)) return undefined;
    const rest = prev!.rest(at);
    if (!rest || (rest.exceeded ? rest.limit !== limit : rest.steps > limit)) return undefined;
    return { ...rest, at, fnId: prev!.fnId(at) };
  }

  private readonly tagOf = (slot: string): string => this.tags.get(slot) ?? '';

  begin(): RunLog {
    return (this.current = { seen: new Set(), reads: [], callers: [], judged: [], closures: new Set(), classAttrs: [], bases: [], globals: [], lambdas: [] });
  }

  end(): void {
    this.current = null;
  }

  /** A replayed run's writes carry the record's tags. */
  adoptReplay(key: string, rec: Replayable): void {
    for (const [slot, tag] of this.previous!.tags(rec.at)) this.tags.set(slot, tag);
    this.next.copy(key, this.previous!, rec.at);
    this.replayed++;
  }

  /**
   * An executed run's record. Each slot it wrote is tagged with the previous record's tag when the
   * content is the same as that record wrote, else with a tag never used before.
   */
  adoptExecuted(key: string, rec: Omit<RunRecord, 'tags'>): void {
    const at = this.previous ? this.previous.find(key) : -1;
    const oldRest = at >= 0 ? this.previous!.rest(at) : null;
    const oldTags = oldRest ? new Map(this.previous!.tags(at)) : new Map<string, string>();
    const oldContent = oldRest ? writtenContent({ ...oldRest, fnId: this.previous!.fnId(at) }) : new Map<string, unknown>();
    const tags: Array<[string, string]> = [];
    for (const [slot, content] of writtenContent(rec)) {
      const oldTag = oldTags.get(slot);
      const tag = oldTag !== undefined && oldContent.has(slot) && sameData(oldContent.get(slot), content) ? oldTag : `${key}!${this.nonce}`;
      tags.push([slot, tag]);
      this.tags.set(slot, tag);
    }
    const { fnId, file, reads, ...rest } = rec;
    this.next.add(key, fnId, file, reads, tags, rest);
    this.executed++;
  }
}

/** What a record wrote, by slot (the last write to a slot wins, as in the program). */
function writtenContent(rec: RunRest & { fnId: string }): Map<string, unknown> {
  const out = new Map<string, unknown>();
  // A run cut short by its budget leaves the summary as it was.
  if (!rec.exceeded && rec.summary) out.set(`s${rec.fnId}`, rec.summary);
  for (const [q, v] of rec.globals) out.set(`g${q}`, v);
  for (const [q, lam] of rec.lambdas) out.set(`l${q}`, lam);
  for (const [fnId, entries] of rec.closures) out.set(`c${fnId}`, entries);
  for (const [cls, attr, v] of rec.classAttrs) out.set(`a${cls}\0${attr}`, v);
  for (const [cls, list] of rec.bases) out.set(`b${cls}`, list);
  return out;
}

/** Deep equality of plain data (what the interpreter's values and IR are made of), without recursion. */
export function sameData(a: unknown, b: unknown): boolean {
  const stack: unknown[] = [a, b];
  while (stack.length > 0) {
    const y = stack.pop();
    const x = stack.pop();
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
      if (typeof x === 'number' && typeof y === 'number' && Number.isNaN(x) && Number.isNaN(y)) continue;
      return false;
    }
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push(x[i], y[i]);
      continue;
    }
    if (x instanceof Map) {
      if (!(y instanceof Map) || x.size !== y.size) return false;
      const ya = [...y];
      let i = 0;
      for (const [k, v] of x) {
        const [k2, v2] = ya[i++]!;
        stack.push(k, k2, v, v2);
      }
      continue;
    }
    if (Array.isArray(y) || y instanceof Map) return false;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    for (let i = 0; i < kx.length; i++) {
      if (kx[i] !== ky[i]) return false;
      stack.push((x as Record<string, unknown>)[kx[i]!], (y as Record<string, unknown>)[ky[i]!]);
    }
  }
  return true;
}

/**
 * Digest of everything a run may read of other functions and files: per file its path, module,
 * bindings, classes, URL routes and each function's signature (not bodies, lines or locations,
 * which only that function's own run reads, under its file's key); the called ids; the options.
 */
export function structureDigest(files: readonly FileFactsData[], calledIds: ReadonlySet<string>, options: unknown): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(options ?? null));
  // A module's own top-level names matter to others only when some module star-imports it.
  const starred = new Set(files.flatMap((f) => f.stars ?? []));
  const isStarred = (id: string) => starred.has(id) || [...starred].some((s) => id.endsWith(`.${s}`));
  for (const f of files) {
    h.update('\0f');
    h.update(
      JSON.stringify([
        f.path,
        f.module,
        f.bindings,
        // What star imports bind and which names a module defines decide where a name resolves.
        f.stars ?? null,
        f.exports ?? null,
        // Program.starTarget reads every name an importer defines; Program.exportsName reads a
        // star-imported module's __all__ when it has one, else only its public names.
        f.stars ? (f.defined ?? null) : starred.size > 0 && isStarred(f.module) && !f.exports ? (f.defined ?? []).filter((n) => !n.startsWith('_')) : null,
        f.classes,
        f.urlRoutes,
        f.functions.map((fn) => [fn.id, fn.name, fn.cls, fn.params, fn.decorators, fn.decoratorQs, fn.route, fn.isStatic]),
      ]),
    );
  }
  h.update('\0c');
  h.update([...calledIds].sort().join('\n'));
  return h.digest('hex');
}

/** What the worklist needs of one run, executed or replayed. summary null: the run ran out of budget. */
export interface RunOutcome {
  summary: Summary | null;
  findings: Map<string, Finding0>;
  /** The run's sink verdicts (FunctionRun.judged). */
  judged: ReadonlyMap<string, boolean>;
  steps: number;
  unsettled: boolean;
  wake: Iterable<string>;
  changedClasses: Iterable<string>;
}

/** Run `n` (0-based) of function `id` with this step limit: replayed from the memo when it may be, else executed. */
export function runOrReplay(program: Program, id: string, n: number, entry: FnEntry, limit: number): RunOutcome {
  const memo = program.memo;
  const key = `${id}#${n}`;
  const rec = memo?.replayable(key, entry.file.path, limit);
  if (rec) {
    replay(program, rec);
    memo!.adoptReplay(key, rec);
    const judged = new Map<string, boolean>();
    for (const [k, reached] of rec.judged) judged.set(k, (judged.get(k) ?? false) || reached);
    return { summary: rec.exceeded ? null : rec.summary, findings: rec.findings, judged, steps: rec.steps, unsettled: rec.unsettled, wake: rec.wake, changedClasses: rec.changedClasses };
  }
  const log = memo?.begin();
  const run = new FunctionRun(program, entry.fn, entry.file, limit);
  let summary: Summary | null = null;
  try {
    summary = run.run();
  } catch (err) {
    if (!(err instanceof BudgetExceeded)) throw err;
  } finally {
    memo?.end();
  }
  if (memo && log) {
    const attrs = new Map(log.classAttrs.map(([cls, attr]) => [`${cls}\0${attr}`, [cls, attr] as const]));
    memo.adoptExecuted(key, {
      fnId: id,
      file: memo.fileKey(entry.file.path),
      limit,
      steps: run.steps,
      exceeded: summary === null,
      unsettled: run.unsettled,
      reads: log.reads,
      summary,
      findings: run.findings,
      wake: [...run.wake],
      changedClasses: [...run.changedClasses],
      callers: log.callers,
      judged: log.judged,
      globals: log.globals,
      lambdas: log.lambdas,
      closures: [...log.closures].map((fnId) => [fnId, [...(program.closures.get(fnId) ?? [])]]),
      classAttrs: [...attrs.values()].map(([cls, attr]) => [cls, attr, program.classAttrs.get(cls)!.get(attr)!]),
      bases: log.bases,
    });
  }
  return { summary, findings: run.findings, judged: run.judged, steps: run.steps, unsettled: run.unsettled, wake: run.wake, changedClasses: run.changedClasses };
}

/** A run's writes to the shared state, in the order it made them. */
function replay(program: Program, rec: Replayable): void {
  for (const callee of rec.callers) program.addCaller(callee, rec.fnId);
  for (const [q, v] of rec.globals) program.globals.set(q, v);
  for (const [q, lam] of rec.lambdas) program.globalLambdas.set(q, lam);
  for (const [fnId, entries] of rec.closures) program.closures.set(fnId, new Map(entries));
  for (const [cls, attr, v] of rec.classAttrs) {
    let attrs = program.classAttrs.get(cls);
    if (!attrs) program.classAttrs.set(cls, (attrs = new Map()));
    attrs.set(attr, v);
  }
  for (const [cls, bases] of rec.bases) program.restoreBases(cls, bases);
}
