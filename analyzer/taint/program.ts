// The whole project as the taint pass sees it: every function and class of every file, indexed
// by qualified name, module globals, per-class attribute taint, and the function summaries that
// the fixed point grows.
import type { TemplateFiles } from '../frameworks/template-files.js';
import type { ClassIR, Expr, FunctionIR, UrlRouteIR } from './ir.js';
import type { FileFactsData } from './facts.js';
import { MODULE_FN } from './facts.js';
import type { Label, StepNode, Value } from './value.js';
import { CLEAN } from './value.js';
import type { SinkKind } from './kinds.js';
import type { TaintModel } from '../frameworks/index.js';
import type { StepBudgets } from './budget.js';
import type { RunMemo } from './run-memo.js';
import { ModuleMap } from './module-map.js';

export interface SinkHit {
  kind: SinkKind;
  path: string;
  loc: [number, number, number, number];
  /** The sink call's text, `cursor.execute(sql)`. */
  text: string;
  /** The enclosing function id: part of the fingerprint. */
  fnId: string;
  confidence: 'high' | 'medium' | 'low';
  /** Object kinds of the sink's receiver or container (`response`, `response-of:django`), when it has one. */
  recv?: readonly string[];
  /** The method called, for sinks that are method calls (`set_cookie`). */
  method?: string;
  /** The call is a statement of its own: what it returns is thrown away. */
  unused?: boolean;
  /** Said after the message (where a rendered template writes the value raw). */
  note?: string;
  /** Further places the sink writes the value (a rendered template's lines): the trace's last steps. */
  at?: readonly SinkSite[];
}

/** A place outside the Python code where a sink writes the value, with its line's text. */
export interface SinkSite {
  path: string;
  line: number;
  column: number;
  message: string;
  snippet: string;
}

/** A parameter that reaches a sink inside the function (or its callees). */
export interface ParamSink {
  param: number;
  clean: number;
  flags: number;
  requireFlags: number;
  trace: StepNode | null;
  hit: SinkHit;
  /**
   * A store into a parameter's object (`response.headers["X"] = value` in a helper handed the
   * response): a sink only where the caller's argument `param` (its attribute `attr`) is an
   * object a store sink of `hit.kind` writes to. The caller decides, with its argument's kinds.
   */
  storeInto?: { param: number; attr: string | null };
  /** The field of the parameter that reached the sink (`params.sort`), when one attribute was read. */
  field?: string;
}

export interface Summary {
  ret: Value;
  sinks: ParamSink[];
  /** Values spread into calls of a closure's callable (`view(*args, **kwargs)` in a decorator). */
  forwards: Value;
  /**
   * `return x in ALLOWED`: when the function returns true, param N is clean for the mask — for
   * labels with the flags of the third item only (`return p.is_relative_to(BASE)` contains a path
   * that was normalised before the call: FLAG_NORM), or for every label when it is 0.
   */
  guards: Array<[number, number, number]>;
  sig: string;
}

export const EMPTY_SUMMARY: Summary = { ret: CLEAN, sinks: [], forwards: CLEAN, guards: [], sig: '' };

export interface FnEntry {
  fn: FunctionIR;
  file: FileFactsData;
}

export interface Finding0 {
  hit: SinkHit;
  label: Label;
}

export class Program {
  readonly functions = new Map<string, FnEntry>();
  readonly classes = new Map<string, { cls: ClassIR; file: FileFactsData }>();
  readonly modules = new Map<string, FileFactsData>();
  readonly urlRoutes = new Map<string, UrlRouteIR>();
  readonly globals = new Map<string, Value>();
  /** Variables of the enclosing function a nested def sees (sources and objects only). */
  readonly closures = new Map<string, Map<string, Value>>();
  readonly globalLambdas = new Map<string, Extract<Expr, { k: 'lambda' }>>();
  readonly classAttrs = new Map<string, Map<string, Value>>();
  readonly summaries = new Map<string, Summary>();
  /** Callee id → ids of the functions that call it: the worklist re-runs them when it changes. */
  readonly callers = new Map<string, Set<string>>();
  /** Project functions called by name somewhere in the project: helpers, not framework entry points. */
  readonly calledIds = new Set<string>();
  /** Flows found by each function's latest run: a re-run (a guard summary grew) replaces them. */
  readonly findingsByFn = new Map<string, Map<string, Finding0>>();
  /**
   * `path|line|kind` of every sink evaluated → whether any unsanitised data reached it, from each
   * function's latest run (settleJudged, once the worklist is done).
   */
  readonly judged = new Map<string, boolean>();
  /**
   * The verdicts of each function's latest run. A run made before a callee had its summary judged
   * with too little; like its flows, its verdicts give way to the next run's, so they do not depend
   * on the order functions ran in.
   */
  readonly judgedByFn = new Map<string, ReadonlyMap<string, boolean>>();
  private readonly baseCache = new Map<string, string[]>();
  /** Interpreter steps spent per file, against FILE_STEP_BUDGET (see budget.ts). */
  readonly fileSteps = new Map<string, number>();
  /** Files with a function run cut short by the step budget. */
  readonly budgetExceeded = new Set<string>();
  /** The most steps any one completed run took: how far inside the budget real code stays. */
  maxRunSteps = 0;
  /** Imported names onto the project's module ids (module-map.ts). */
  readonly moduleMap: ModuleMap;
  private readonly definedNames = new Map<string, ReadonlySet<string>>();
  /** Logs what each run reads of the shared state, when runs are reused across scans (run-memo.ts). */
  memo: RunMemo | null = null;
  /** The project's template files, for sinks that depend on what a rendered template writes raw. */
  templates: TemplateFiles | null = null;

  constructor(
    files: readonly FileFactsData[],
    readonly model: TaintModel,
    readonly options: { stdlibSources: boolean; budgets?: StepBudgets },
  ) {
    for (const f of files) {
      this.modules.set(f.module, f);
      for (const fn of f.functions) this.functions.set(fn.id, { fn, file: f });
      for (const c of f.classes) this.classes.set(c.id, { cls: c, file: f });
    }
    this.moduleMap = new ModuleMap(files, (id) => this.modules.has(id));
    // A route names its view as the registering module imported it: keyed by the view's own id.
    for (const f of files) for (const r of f.urlRoutes) this.urlRoutes.set(this.canonical(r.view, f.module), r);
    for (const f of files) for (const q of f.calls) this.calledIds.add(this.canonical(q, f.module));
  }

  moduleFn(module: string): string {
    return `${module}.${MODULE_FN}`;
  }

  /**
   * The project id a qualified name means, read from module `from` (the importer: where the name was
   * written). Follows re-exports (`pkg.clean` where pkg/__init__.py did `from .helpers import clean`),
   * star imports (`__all__` when set, else the public names) and imports that Python resolves from a
   * folder other than the project root (module-map.ts).
   */
  canonical(q: string, from?: string): string {
    for (let i = 0; i < 8; i++) {
      if (this.functions.has(q) || this.classes.has(q)) return q;
      if (this.memo?.current) this.memo.read(`g${q}`);
      if (this.globals.has(q)) return q;
      const dot = q.lastIndexOf('.');
      if (dot < 0) return q;
      const mod = this.modules.get(q.slice(0, dot));
      if (!mod) {
        const moved = this.modules.has(q) ? null : this.moduleMap.resolve(q, from);
        if (!moved || moved === q) return q;
        q = moved;
        continue;
      }
      const name = q.slice(dot + 1);
      const target = Object.hasOwn(mod.bindings, name) ? mod.bindings[name] : this.starTarget(mod, name);
      if (!target || target === q) return q;
      // The binding was written in `mod`: its own imports resolve from there.
      from = mod.module;
      q = target;
    }
    return q;
  }

  /** The module id an import in `from` names, when it is a project module. */
  moduleId(name: string, from: string): string | undefined {
    if (this.modules.has(name)) return name;
    const moved = this.moduleMap.resolve(name, from);
    return moved && this.modules.has(moved) ? moved : undefined;
  }

  /** `name` in a module that does not define it: the last star-imported module that exports it. */
  private starTarget(mod: FileFactsData, name: string): string | undefined {
    const stars = mod.stars;
    if (!stars || this.defined(mod).has(name)) return undefined;
    for (let i = stars.length - 1; i >= 0; i--) {
      const id = this.moduleId(stars[i]!, mod.module);
      if (id && this.exportsName(id, name, 0)) return `${id}.${name}`;
    }
    return undefined;
  }

  private exportsName(moduleId: string, name: string, depth: number): boolean {
    const m = this.modules.get(moduleId);
    if (!m) return false;
    if (m.exports) return m.exports.includes(name);
    if (name.startsWith('_')) return false;
    if (this.defined(m).has(name) || Object.hasOwn(m.bindings, name)) return true;
    if (depth >= 3) return false;
    return (m.stars ?? []).some((s) => {
      const id = this.moduleId(s, m.module);
      return id !== undefined && id !== moduleId && this.exportsName(id, name, depth + 1);
    });
  }

  private defined(m: FileFactsData): ReadonlySet<string> {
    let set = this.definedNames.get(m.module);
    if (!set) this.definedNames.set(m.module, (set = new Set(m.defined ?? [])));
    return set;
  }

  /** All bases of a class, transitively: project class ids and external qualified names. */
  bases(clsId: string): string[] {
    // The cache is shared state too: which globals existed when a class's bases were first resolved.
    const log = this.memo?.current;
    if (log) this.memo!.read(`b${clsId}`);
    const cached = this.baseCache.get(clsId);
    if (cached) return cached;
    const out: string[] = [];
    const seen = new Set<string>([clsId]);
    const stack = [clsId];
    while (stack.length > 0 && out.length < 50) {
      const c = this.classes.get(stack.pop()!);
      for (const b of c?.cls.bases ?? []) {
        const cb = this.canonical(b, c!.file.module);
        if (seen.has(cb)) continue;
        seen.add(cb);
        out.push(cb);
        stack.push(cb);
      }
    }
    this.baseCache.set(clsId, out);
    if (log) log.bases.push([clsId, out]);
    return out;
  }

  /** A replayed run's resolution of a class's bases. */
  restoreBases(clsId: string, bases: string[]): void {
    this.baseCache.set(clsId, bases);
  }

  /** A module global's value (`shop.views.CONFIG`). */
  global(q: string): Value | undefined {
    if (this.memo?.current) this.memo.read(`g${q}`);
    return this.globals.get(q);
  }

  /** A module-level lambda (`clean = lambda s: …`). */
  lambda(q: string): Extract<Expr, { k: 'lambda' }> | undefined {
    if (this.memo?.current) this.memo.read(`l${q}`);
    return this.globalLambdas.get(q);
  }

  /** What a nested function sees of its enclosing function's variables. */
  closure(fnId: string): Map<string, Value> | undefined {
    if (this.memo?.current) this.memo.read(`c${fnId}`);
    return this.closures.get(fnId);
  }

  /** Taint stored on instances of a class (`self.name = request.GET["n"]`). */
  classAttr(cls: string, attr: string): Value | undefined {
    if (this.memo?.current) this.memo.read(`a${cls}\0${attr}`);
    return this.classAttrs.get(cls)?.get(attr);
  }

  isSubclass(clsId: string, bases: ReadonlySet<string> | ((b: string) => boolean)): boolean {
    const test = typeof bases === 'function' ? bases : (b: string) => bases.has(b);
    return this.bases(clsId).some(test);
  }

  /** A method of a project class or of its project bases. */
  method(clsId: string, name: string): string | undefined {
    for (const c of [clsId, ...this.bases(clsId)]) {
      const id = this.classes.get(c)?.cls.methods[name];
      if (id) return id;
    }
    return undefined;
  }

  field(clsId: string, name: string): ClassIR['fields'][string] | undefined {
    for (const c of [clsId, ...this.bases(clsId)]) {
      const f = this.classes.get(c)?.cls.fields[name];
      if (f) return f;
    }
    return undefined;
  }

  /**
   * Drops what only the worklist reads (summaries, callers, closure and class-attribute values) once
   * it has reached its fixed point: turning flows into findings needs the flows, the modules and the
   * name resolution, and the rest would stay live beside the findings being built (~20 MB at 60,000).
   */
  settleJudged(): void {
    this.judged.clear();
    for (const m of this.judgedByFn.values()) for (const [key, reached] of m) this.judged.set(key, (this.judged.get(key) ?? false) || reached);
  }

  releaseSolverState(): void {
    this.judgedByFn.clear();
    this.summaries.clear();
    this.callers.clear();
    this.closures.clear();
    this.classAttrs.clear();
  }

  *findings(): Generator<Finding0> {
    const seen = new Set<string>();
    for (const m of this.findingsByFn.values())
      for (const [k, f] of m) {
        if (seen.has(k)) continue;
        seen.add(k);
        yield f;
      }
  }

  private locals: Map<string, string[]> | null = null;

  /** Functions defined inside `fnId` (at any depth), in definition order. */
  localsOf(fnId: string): readonly string[] {
    if (!this.locals) {
      this.locals = new Map();
      for (const id of this.functions.keys()) {
        for (let i = id.indexOf('.<locals>.'); i >= 0; i = id.indexOf('.<locals>.', i + 1)) {
          const outer = id.slice(0, i);
          let list = this.locals.get(outer);
          if (!list) this.locals.set(outer, (list = []));
          list.push(id);
        }
      }
    }
    return this.locals.get(fnId) ?? [];
  }

  summary(id: string): Summary {
    if (this.memo?.current) this.memo.read(`s${id}`);
    return this.summaries.get(id) ?? EMPTY_SUMMARY;
  }

  /** Every call goes from the running function: a replayed run adds its callees back under its id. */
  addCaller(callee: string, caller: string): void {
    this.memo?.current?.callers.push(callee);
    let set = this.callers.get(callee);
    if (!set) this.callers.set(callee, (set = new Set()));
    set.add(caller);
  }
}
