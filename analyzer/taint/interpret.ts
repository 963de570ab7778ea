// The abstract interpreter of one function body: flow-sensitive over statements (branches are
// evaluated separately and joined; a branch that returns, raises or aborts drops out, which is
// what makes allowlist guards work), field-insensitive over containers and objects. It produces
// the function's summary and reports source → sink flows into the program's findings.
import type { Expr, FunctionIR, Loc, Stmt, Target, UrlRouteIR } from './ir.js';
import type { FileFactsData } from './facts.js';
import { MODULE_FN } from './facts.js';
import type { Finding0, ParamSink, Program, SinkHit, Summary } from './program.js';
import type { Label, StepNode, Value } from './value.js';
import { callablesOf, CLEAN, FLAG_STRUCT, hasObj, join, joinAll, obj, READ_BACK, relabel, sanitize, setFlags, step, taintOnly, withObjs } from './value.js';
import { ALL_KINDS_MASK, kindBit, kindsMask, requestPartClean, SECOND_ORDER_MASK } from './kinds.js';
import type { BodyListSpec, StoredIn } from '../frameworks/model.js';
import { FORM_UNVALIDATED, refinements, rootName, validatedForms } from './guards.js';
import { fixedDestination, onlyQuery } from './fixed-destination.js';
import { isRequestHandler, paramKinds } from './entry.js';
import { judgeType, SAFE_CONVERTERS } from './entry.js';
import { dictEntries, evalCall } from './calls.js';
import { decoratorTemplate, describeUses, usesByKind, usesSites } from '../frameworks/template-files.js';
import { responseOf } from '../frameworks/headers.js';
import { fieldOf, paramField } from './server-data.js';
import { sinkName } from './report.js';
import { BudgetExceeded, MAX_LOOP_PASSES } from './budget.js';

export interface State {
  env: Map<string, Value>;
  dead: boolean;
}

const FORM_DATA_ATTRS = new Set(['cleaned_data', 'validated_data', 'initial_data', 'data']);
const MAX_DEPTH = 40;
const guardKey = (param: number, needFlags: number) => `${param}|${needFlags}`;
const URL_PARSERS = new Set(['urllib.parse.urlparse', 'urllib.parse.urlsplit', 'urlparse.urlparse']);
const SERVER_SET_ENVIRON = new Set(['REMOTE_ADDR', 'REMOTE_PORT', 'SERVER_PORT', 'SERVER_PROTOCOL', 'wsgi.url_scheme']);
const SAFE_URL_PREFIX = /^(https?:\/\/[^/?#{}%]+[/?#]|\/(?![/\\]))/i;

export class FunctionRun {
  readonly path: string;
  private ret: Value = CLEAN;
  private forwards: Value = CLEAN;
  private readonly sinks = new Map<string, ParamSink>();
  readonly findings = new Map<string, Finding0>();
  /** This run's sink verdicts (Program.judgedByFn). */
  readonly judged = new Map<string, boolean>();
  readonly lambdas = new Map<string, Extract<Expr, { k: 'lambda' }>>();
  /** `parsed = urlparse(url)`: a guard on `parsed` speaks about `url` too. */
  readonly derived = new Map<string, string>();
  /** `ok = url_has_allowed_host_and_scheme(url=x, …)`: a later `if ok` / `x if ok else …` is that guard. */
  private readonly guardVars = new Map<string, Expr>();
  readonly changedClasses = new Set<string>();
  /** Nested functions whose closure grew: they run again. */
  readonly wake = new Set<string>();
  depth = 0;
  /** Statements and expressions evaluated so far; past `stepLimit` the run stops (BudgetExceeded). */
  steps = 0;
  /** A loop hit MAX_LOOP_PASSES before settling: the run finished, but not at a fixed point. */
  unsettled = false;
  /** The call an expression statement is made of: its result is thrown away (`re.compile(p)` only validates). */
  statementCall: Expr | null = null;

  constructor(
    readonly program: Program,
    readonly fn: FunctionIR,
    readonly file: FileFactsData,
    readonly stepLimit = Infinity,
  ) {
    this.path = file.path;
  }

  private tick(): void {
    if (++this.steps > this.stepLimit) throw new BudgetExceeded(this.fn.id, this.steps);
  }

  run(): Summary {
    const st: State = { env: new Map(), dead: false };
    this.bindParams(st);
    this.block(this.fn.body, st);
    if (this.fn.name === MODULE_FN) {
      const log = this.program.memo?.current;
      for (const [name, v] of st.env) {
        this.program.globals.set(`${this.file.module}.${name}`, v);
        log?.globals.push([`${this.file.module}.${name}`, v]);
      }
      for (const [name, lam] of this.lambdas) {
        this.program.globalLambdas.set(`${this.file.module}.${name}`, lam);
        log?.lambdas.push([`${this.file.module}.${name}`, lam]);
      }
    }
    const sinks = [...this.sinks.values()];
    const guards = [...(this.guardMasks ?? new Map<string, number>())].filter(([, m]) => m !== 0).map(([k, m]): [number, number, number] => {
      const [param, needFlags] = k.split('|').map(Number) as [number, number];
      return [param, m, needFlags];
    });
    const sig = [
      ...this.ret.labels.map((l) => `r${l.origin}|${l.clean}|${l.flags}`),
      ...this.ret.objs.map((o) => `o${o}`),
      ...[...this.sinks.keys()],
      ...this.forwards.labels.map((l) => `f${l.origin}|${l.clean}`),
      ...guards.map(([i, m, f]) => `g${i}|${m}|${f}`),
    ]
      .sort()
      .join(',');
    return { ret: this.ret, sinks, forwards: this.forwards, guards, sig };
  }

  /** The source text at a location, whitespace folded, cut to a readable length. */
  textOf(loc: Loc): string {
    const lines = this.file.lines;
    let t: string;
    if (loc[0] === loc[2]) t = (lines[loc[0] - 1] ?? '').slice(loc[1] - 1, loc[3] - 1);
    else t = lines.slice(loc[0] - 1, Math.min(loc[2], loc[0] + 3)).join(' ').slice(loc[1] - 1);
    t = t.replace(/\s+/g, ' ').trim();
    return t.length > 100 ? t.slice(0, 100) + '…' : t;
  }

  // ---- sources and labels ------------------------------------------------------------------

  /** `stored`: data the application reads back from where it kept it; it reaches only SECOND_ORDER_MASK sinks. */
  source(loc: Loc, text: string, low: boolean, struct: boolean, stored?: StoredIn): Value {
    if (low && !this.program.options.stdlibSources) return CLEAN;
    const id = `${this.path}:${loc[0]}:${loc[1]}`;
    const label: Label = {
      origin: id,
      param: -1,
      source: stored ? { id, text, path: this.path, loc, low, stored } : { id, text, path: this.path, loc, low },
      clean: stored ? ALL_KINDS_MASK & ~SECOND_ORDER_MASK : 0,
      flags: struct ? FLAG_STRUCT : 0,
      trace: { kind: 'source', path: this.path, loc, message: `${text}${stored ? READ_BACK : ' is read here'}`, prev: null },
      depth: 0,
    };
    return { labels: [label], objs: [] };
  }

  /**
   * `request.GET['q']`: the source read is the whole subscript (or `.get("q")` call), not the
   * bare `request.GET` — messages then name the actual parameter.
   */
  widenSource(v: Value, inner: Loc, outer: Loc): Value {
    if (!v.labels.some((l) => l.source && l.source.loc === inner)) return v;
    return {
      labels: v.labels.map((l) => {
        if (!l.source || l.source.loc !== inner || l.trace?.prev) return l;
        const text = this.textOf(outer);
        const source = { ...l.source, text, loc: outer };
        return { origin: l.origin, param: l.param, source, clean: l.clean, flags: l.flags, trace: { kind: 'source', path: this.path, loc: outer, message: `${text} is read here`, prev: null }, depth: l.depth };
      }),
      objs: v.objs,
    };
  }

  /** A framework entry point: a route, or a view handed the request or URL parameters. */
  private isHandler = false;

  private bindParams(st: State): void {
    for (const [name, v] of this.program.closure(this.fn.id) ?? []) st.env.set(name, v);
    const kinds = paramKinds(this.fn, this.file, this.program);
    this.isHandler = isRequestHandler(this.fn, kinds, this.program.urlRoutes.has(this.fn.id));
    this.bodyList = this.program.model.bodyLists.find((b) => kinds.some((k) => k.k === 'obj' && b.params.includes(k.obj))) ?? null;
    this.fn.params.forEach((p, i) => {
      const kind = kinds[i]!;
      const param: Label = { origin: `p${i}`, param: i, source: null, clean: 0, flags: 0, trace: null, depth: 0 };
      let v: Value = { labels: [param], objs: [] };
      if (kind.k === 'self') v = withObjs(v, [`self:${kind.cls}`, ...(kind.objs ?? [])]);
      else if (kind.k === 'obj') v = obj(kind.obj, ...(kind.also ?? []));
      else if (kind.k === 'request') v = withObjs(v, ['req', ...(kind.objs ?? [])]);
      else if (kind.k === 'source') {
        const src = this.source(this.fn.loc, `parameter ${p.name} of ${this.fn.name}()`, false, kind.struct);
        v = join(v, kind.model ? withObjs(src, [`model:${kind.model}`]) : src);
      } else if (kind.k === 'clean') v = CLEAN;
      else if (kind.k === 'form') v = withObjs(this.source(this.fn.loc, `parameter ${p.name} of ${this.fn.name}()`, false, false), [`form:${kind.cls}`]);
      else if (kind.k === 'fields') v = withObjs(this.source(this.fn.loc, `parameter ${p.name} of ${this.fn.name}()`, false, false), [`fields:${kind.cls}`]);
      else if (kind.k === 'field') v = this.fieldValue(kind.cls, kind.field, this.source(this.fn.loc, `parameter ${p.name} of ${this.fn.name}()`, false, false));
      st.env.set(p.name, v);
    });
    // Values a project decorator injects into the view's arguments (`kwargs["banner"] = …`).
    this.fn.decoratorQs.forEach((q) => {
      if (!q) return;
      const deco = this.program.canonical(q, this.file.module);
      if (!this.program.functions.has(deco)) return;
      for (const id of this.program.localsOf(deco)) {
        this.program.addCaller(id, this.fn.id);
        const fwd = this.program.summary(id).forwards;
        const sources = fwd.labels.filter((l) => l.source);
        if (sources.length === 0) continue;
        const extra: Value = { labels: sources, objs: [] };
        this.fn.params.forEach((p, i) => {
          if (kinds[i]!.k === 'self' || kinds[i]!.k === 'request') return;
          st.env.set(p.name, join(st.env.get(p.name) ?? CLEAN, extra));
        });
      }
    });
  }

  // ---- statements -----------------------------------------------------------------------------

  block(stmts: readonly Stmt[], st: State): void {
    for (const s of stmts) {
      if (st.dead) return;
      this.stmt(s, st);
    }
  }

  private clone(st: State): State {
    return { env: new Map(st.env), dead: st.dead };
  }

  private merge(into: State, states: State[]): void {
    const live = states.filter((s) => !s.dead);
    if (live.length === 0) {
      into.dead = true;
      return;
    }
    const env = new Map<string, Value>();
    const keys = new Set<string>();
    for (const s of live) for (const k of s.env.keys()) keys.add(k);
    const vals: Value[] = new Array<Value>(live.length);
    for (const k of keys) {
      for (let i = 0; i < live.length; i++) vals[i] = live[i]!.env.get(k) ?? CLEAN;
      env.set(k, joinAll(vals));
    }
    into.env = env;
    into.dead = false;
  }

  /** The test with every name bound to a guard call replaced by that call (see guardVars). */
  private expandGuardVars(test: Expr, depth = 0): Expr {
    if (this.guardVars.size === 0 || depth > 8) return test;
    if (test.k === 'name') return this.guardVars.get(test.id) ?? test;
    if (test.k === 'bool' && test.op === 'not' && test.parts[0]) return { ...test, parts: [this.expandGuardVars(test.parts[0], depth + 1)] };
    if (test.k === 'either') return { ...test, parts: test.parts.map((p) => this.expandGuardVars(p, depth + 1)) };
    return test;
  }

  private refine(rawTest: Expr, truth: boolean, st: State): void {
    const test = this.expandGuardVars(rawTest);
    const refs = refinements(test, truth, this.program.model, (e, mask) => this.isCleanExpr(e, st, mask), (q) => this.projectGuards(q));
    for (const r of refs) {
      for (const name of [r.name, this.derived.get(r.name)]) {
        if (!name) continue;
        const v = st.env.get(name);
        if (!v || v.labels.length === 0) continue;
        if (r.needFlags) {
          const labels = v.labels.flatMap((l) => ((l.flags & r.needFlags) === r.needFlags ? sanitize({ labels: [l], objs: [] }, r.mask).labels : [l]));
          st.env.set(name, { labels, objs: v.objs });
        } else st.env.set(name, sanitize(v, r.mask, r.clearFlags ?? 0));
      }
    }
    for (const name of validatedForms(test, truth)) {
      const v = st.env.get(name);
      if (v?.objs.includes(FORM_UNVALIDATED)) st.env.set(name, withObjs(v, v.objs.filter((o) => o !== FORM_UNVALIDATED)));
    }
  }

  /** `api.abort(400)`: a method the model says never returns on a receiver of its object kinds. */
  private raisesByReceiver(call: Extract<Expr, { k: 'call' }>, st: State): boolean {
    if (call.fn.k !== 'attr') return false;
    const kinds = this.program.model.noReturnMethods.get(call.fn.attr);
    // Only plain receivers are evaluated again (a name or attribute chain reads, it runs nothing).
    if (!kinds || (call.fn.obj.k !== 'name' && call.fn.obj.k !== 'attr')) return false;
    return this.ev(call.fn.obj, st).objs.some((o) => kinds.has(o));
  }

  private projectGuards(q: string): Array<[number, number, number]> | undefined {
    const id = this.program.canonical(q, this.file.module);
    const entry = this.program.functions.get(id);
    if (!entry || entry.fn.cls) return undefined;
    this.program.addCaller(id, this.fn.id);
    const g = this.program.summary(id).guards;
    return g.length > 0 ? g : undefined;
  }

  /** Refinements a `return <test>` makes of the parameters; intersected over every return. */
  private noteGuardReturn(e: Expr, st: State): void {
    if (e.k === 'const' && (e.v === false || e.v === null || e.v === 0)) return;
    const refs = refinements(e, true, this.program.model, (x, mask) => this.isCleanExpr(x, st, mask), (q) => this.projectGuards(q));
    // Keyed by parameter and the flags a label needs: a containment check (`p.is_relative_to(BASE)`)
    // speaks only for values the caller normalised first, an allowlist for any value.
    const masks = new Map<string, number>();
    for (const r of refs) {
      const i = this.fn.params.findIndex((p) => p.name === r.name);
      if (i >= 0) masks.set(guardKey(i, r.needFlags), (masks.get(guardKey(i, r.needFlags)) ?? 0) | r.mask);
    }
    if (this.guardMasks === null) this.guardMasks = masks;
    else for (const [k, m] of this.guardMasks) this.guardMasks.set(k, m & (masks.get(k) ?? 0));
  }

  private guardMasks: Map<string, number> | null = null;

  /** No client data in `e`; with a mask: none that is not made safe for those kinds (a same-site request part for a redirect). */
  private isCleanExpr(e: Expr, st: State, mask?: number): boolean {
    const labels = this.ev(e, st).labels;
    return mask === undefined ? labels.length === 0 : labels.every((l) => (l.clean & mask) === mask);
  }

  private stmt(s: Stmt, st: State): void {
    this.tick();
    switch (s.k) {
      case 'assign': {
        // `sql, args = sql + " WHERE a = ?", (a,)`: each name gets its own item, not the whole tuple.
        const t0 = s.targets[0];
        if (s.targets.length === 1 && t0?.k === 'tuple' && s.value.k === 'seq' && s.value.items.length === t0.items.length && !t0.items.some((i) => i.k === 'star') && !s.value.items.some((i) => i.k === 'wrap')) {
          const items = s.value.items.map((e) => this.ev(e, st));
          t0.items.forEach((t, i) => this.bind(t, t.k === 'name' ? step(items[i]!, 'step', this.path, s.loc, `assigned to ${t.id}`) : items[i]!, st));
          return;
        }
        const v = this.ev(s.value, st);
        for (const t of s.targets) {
          if (s.value.k === 'lambda' && t.k === 'name') this.lambdas.set(t.id, s.value);
          if (t.k === 'name' && s.value.k === 'call' && s.value.q && URL_PARSERS.has(s.value.q)) {
            const root = rootName(s.value.args[0]);
            if (root) this.derived.set(t.id, root);
          }
          if (t.k === 'name') {
            // A boolean kept from a guard call speaks for the guarded value where it is tested.
            if (s.value.k === 'call' && s.targets.length === 1 && refinements(s.value, true, this.program.model, () => false, (q) => this.projectGuards(q)).length > 0) this.guardVars.set(t.id, s.value);
            else this.guardVars.delete(t.id);
          }
          if (t.k === 'attr') this.attrSink(t, s.value, v, st);
          this.bind(t, t.k === 'name' ? step(v, 'step', this.path, s.loc, `assigned to ${t.id}`) : v, st);
        }
        return;
      }
      case 'expr': {
        this.statementCall = s.e.k === 'call' ? s.e : null;
        this.ev(s.e, st);
        this.statementCall = null;
        if (s.e.k === 'call' && s.e.q && this.program.model.noReturn.has(s.e.q)) st.dead = true;
        if (s.e.k === 'call' && this.raisesByReceiver(s.e, st)) st.dead = true;
        return;
      }
      case 'return':
      case 'yield': {
        if (s.e) {
          if (s.k === 'return' && this.fn.cls === null) this.noteGuardReturn(s.e, st);
          const v = this.ev(s.e, st);
          this.returnSink(s.e, v, st, s.loc);
          if (s.k === 'return') this.returnHeaders(s.e, st, s.loc);
          if (s.k === 'return' && this.program.templates) this.templateReturn(s.e, st, s.loc);
          this.ret = join(this.ret, step(v, 'return', this.path, s.loc, `returned from ${this.fn.name}()`));
        }
        if (s.k === 'return') st.dead = true;
        return;
      }
      case 'raise':
      case 'jump':
        st.dead = true;
        return;
      case 'if': {
        // An elif chain is an if nested in each else: walked as a list, not by recursion, so a
        // generated chain of thousands of arms cannot overflow the stack. Joining the arms in
        // one merge gives what the nested merges did (labels and objects kept first-come).
        const arms: State[] = [];
        let rest = st;
        let cur: Extract<Stmt, { k: 'if' }> = s;
        for (;;) {
          this.ev(cur.test, rest);
          const a = this.clone(rest);
          this.refine(cur.test, true, a);
          this.block(cur.then, a);
          arms.push(a);
          const b = this.clone(rest);
          this.refine(cur.test, false, b);
          rest = b;
          const next = cur.else.length === 1 ? cur.else[0]! : null;
          if (next?.k !== 'if') break;
          this.tick();
          cur = next;
        }
        this.block(cur.else, rest);
        this.merge(st, [...arms, rest]);
        return;
      }
      case 'loop': {
        // The loop head's state grows (join of the entry and every pass's end) until a pass adds
        // nothing: a fixed point, reached in a pass or two. A nested loop then starts from a head
        // that already holds the outer loop's values and settles at once, so nesting costs
        // quadratic, not exponential, work. Values are finite (capped labels and objects), so the
        // head stops growing; MAX_LOOP_PASSES is only a backstop.
        const head = this.clone(st);
        for (let pass = 0; pass < MAX_LOOP_PASSES; pass++) {
          const cur = this.clone(head);
          if (s.iter && s.target) this.bind(s.target, elementsOf(this.ev(s.iter, cur)), cur);
          if (s.test) this.refine(s.test, true, cur);
          this.block(s.body, cur);
          const settled = !widenInto(head, cur);
          if (settled) break;
          // Still growing after the last pass: what follows may miss flows; say so.
          if (pass === MAX_LOOP_PASSES - 1) this.unsettled = true;
        }
        st.env = head.env;
        st.dead = head.dead;
        if (!st.dead) this.block(s.else, st);
        return;
      }
      case 'with': {
        for (const item of s.items) {
          const v = this.ev(item.e, st);
          // What a context manager's __enter__ gives is a field of the object the call returned.
          if (item.target) this.bind(item.target, item.e.k === 'call' ? fieldOf(v) : v, st);
        }
        this.block(s.body, st);
        return;
      }
      case 'try': {
        const before = this.clone(st);
        this.block(s.body, st);
        if (!st.dead) this.block(s.else, st);
        const handlers = s.handlers.map((h) => {
          const hs = this.clone(before);
          this.merge(hs, [before, { env: st.env, dead: false }]);
          this.block(h, hs);
          return hs;
        });
        this.merge(st, [st, ...handlers]);
        if (s.final.length > 0) {
          const wasDead = st.dead;
          st.dead = false;
          this.block(s.final, st);
          st.dead = st.dead || wasDead;
        }
        return;
      }
      case 'def':
        st.env.set(s.id, obj(`fn:${s.fn}`));
        this.recordClosure(s.fn, st);
        return;
    }
  }

  private recordClosure(fnId: string, st: State): void {
    let closure = this.program.closure(fnId);
    if (!closure) this.program.closures.set(fnId, (closure = new Map()));
    this.program.memo?.current?.closures.add(fnId);
    for (const [name, v] of st.env) {
      const kept = taintOnlySources(v);
      if (kept.labels.length === 0 && kept.objs.length === 0) continue;
      const old = closure.get(name);
      const merged = old ? join(old, kept) : kept;
      if (!old || merged.labels.length !== old.labels.length || merged.objs.length !== old.objs.length) {
        closure.set(name, merged);
        this.wake.add(fnId);
      }
    }
  }

  bind(t: Target, v: Value, st: State): void {
    switch (t.k) {
      case 'name':
        st.env.set(t.id, v);
        return;
      case 'tuple':
        for (const i of t.items) this.bind(i, fieldOf(taintOnly(v)), st);
        return;
      case 'star':
        this.bind(t.t, taintOnly(v), st);
        return;
      case 'attr': {
        const base = this.ev(t.obj, st);
        const self = base.objs.find((o) => o.startsWith('self:') || o.startsWith('inst:'));
        if (self) {
          const cls = self.slice(5);
          const sources = v.labels.filter((l) => l.source);
          // Project instances and callables stored on self (`self.log = AuditLog(p)`, `self.run = self.log.record`)
          // keep what they are, so their methods resolve when called through the attribute.
          const held = v.objs.filter((o) => o.startsWith('inst:') || o.startsWith('fn:') || o.startsWith('bound-self:') || o.startsWith('partial:'));
          if (sources.length === 0 && held.length === 0) return;
          const old = this.program.classAttr(cls, t.attr) ?? CLEAN;
          let attrs = this.program.classAttrs.get(cls);
          if (!attrs) this.program.classAttrs.set(cls, (attrs = new Map()));
          const merged = join(old, { labels: sources, objs: held });
          if (merged.labels.length !== old.labels.length || merged.objs.length !== old.objs.length) {
            attrs.set(t.attr, merged);
            this.program.memo?.current?.classAttrs.push([cls, t.attr]);
            this.changedClasses.add(cls);
          }
          return;
        }
        if (t.obj.k === 'name' && v.labels.length > 0) st.env.set(t.obj.id, join(st.env.get(t.obj.id) ?? CLEAN, taintOnly(v)));
        return;
      }
      case 'sub': {
        const container = this.ev(t.obj, st);
        for (const spec of this.program.model.storeSinks) {
          if (container.objs.some((o) => spec.receivers.includes(o))) {
            this.checkSink({ kind: spec.kind, path: this.path, loc: t.loc, text: this.textOf(t.loc), fnId: this.fn.id, confidence: 'high', recv: container.objs }, join(v, this.ev(t.key, st)), 0, st);
          }
        }
        if (container.objs.length === 0) this.storeIntoParam(t, join(v, this.ev(t.key, st)), st);
        if (t.obj.k === 'name' && v.labels.length > 0) st.env.set(t.obj.id, join(st.env.get(t.obj.id) ?? CLEAN, taintOnly(v)));
        return;
      }
      case 'none':
        return;
    }
  }

  /** `resp.text = value` on a response object whose attribute is a sink (model attrSinks). */
  private attrSink(t: Extract<Target, { k: 'attr' }>, value: Expr, v: Value, st: State): void {
    if (v.labels.length === 0 || this.program.model.attrSinks.length === 0) return;
    const base = this.ev(t.obj, st);
    const text = this.textOf(value.loc);
    for (const spec of this.program.model.attrSinks) {
      if (!spec.attrs.includes(t.attr) || !base.objs.some((o) => spec.receivers.includes(o))) continue;
      if (spec.when && !spec.when(text)) continue;
      this.checkSink({ kind: spec.kind, path: this.path, loc: t.loc, text: `${this.textOf(t.loc)} = ${text}`, fnId: this.fn.id, confidence: 'high', recv: base.objs }, v, 0, st);
    }
  }

  /**
   * A function whose decorator renders a template with the dict it returns (the model's
   * templateDecorators: aiohttp_jinja2's `@template`): each key the template writes unprotected.
   */
  private templateReturn(e: Expr, st: State, loc: Loc): void {
    const name = decoratorTemplate(this.fn.decorators, this.fn.decoratorQs, this.program.model.templateDecorators);
    if (!name) return;
    for (const { kind, uses } of usesByKind(this.program.templates!.uses(name, this.path, 'aiohttp'))) {
      const keys = [...new Set(uses.map((u) => u.variable))];
      const v = joinAll(dictEntries(this, e, keys).map((x) => this.ev(x, st)));
      if (v.labels.length === 0) continue;
      const note = describeUses(uses, new Set(keys));
      const at = usesSites(uses, new Set(keys));
      this.checkSink({ kind, path: this.path, loc, text: `return ${this.textOf(e.loc)}`, fnId: this.fn.id, confidence: 'high', ...(note ? { note, at } : {}) }, v, 0, st);
    }
  }

  /**
   * `return body, status, headers` (or `body, headers`) of a handler whose framework takes header
   * tuples (model tupleHeaders): the headers go into its response, marked with the framework that
   * builds it so the header rule can tell whether CR/LF is refused there.
   */
  private returnHeaders(e: Expr, st: State, loc: Loc): void {
    if (e.k !== 'seq' || e.items.length < 2 || e.items.length > 3 || this.program.model.tupleHeaders.size === 0) return;
    const registration = this.registration();
    const fw = this.fn.route?.kind ?? registration?.framework;
    if (!fw || !this.program.model.tupleHeaders.has(fw)) return;
    const headers = e.items[e.items.length - 1]!;
    // `(body, status)`: a status is a number or a status line, never a header mapping or list.
    if (e.items.length === 2 && headers.k !== 'dict' && headers.k !== 'seq') return;
    const v = this.ev(headers, st);
    if (v.labels.length === 0) return;
    const recv = ['response', responseOf(registration?.responseOf ?? fw)];
    this.checkSink({ kind: 'header', path: this.path, loc, text: `return … ${this.textOf(headers.loc)}`, fnId: this.fn.id, confidence: 'high', recv }, v, 0, st);
  }

  /** The function returns its body as a list (FrameworkModel.bodyLists), when it does. */
  private bodyList: BodyListSpec | null = null;

  /** A Flask view's returned string is the HTML body of the response; a WSGI app's list items are its body. */
  private returnSink(e: Expr, v: Value, st: State, loc: Loc): void {
    if (this.bodyList && e.k === 'seq') {
      for (const item of e.items) {
        const text = this.textOf(item.loc);
        if (this.bodyList.html(text)) this.checkSink({ kind: 'xss', path: this.path, loc, text: `return [${text}]`, fnId: this.fn.id, confidence: 'high' }, this.ev(item, st), 0, st);
      }
      return;
    }
    if (v.labels.length === 0 || !(this.fn.route?.html || this.program.urlRoutes.get(this.fn.id)?.html)) return;
    let body = e;
    let value = v;
    if (e.k === 'seq') {
      if (!e.items[0]) return;
      body = e.items[0];
      value = this.ev(body, st);
    }
    if (value.objs.some((o) => o === 'container' || o === 'response')) return;
    if (body.k === 'dict' || body.k === 'seq' || body.k === 'comp') return;
    // A library call returns a response object or data, not a string body; project helpers may build HTML.
    if (body.k === 'call' && body.q && !this.program.functions.has(this.program.canonical(body.q, this.file.module)) && !body.q.startsWith('builtins.')) return;
    this.checkSink({ kind: 'xss', path: this.path, loc, text: `return ${this.textOf(body.loc)}`, fnId: this.fn.id, confidence: 'high' }, value, 0, st);
  }

  // ---- sinks ----------------------------------------------------------------------------------

  checkSink(hit: SinkHit, v: Value, requireFlags: number, st: State): void {
    void st;
    const bit = kindBit(hit.kind);
    const reached = this.reaches(v.labels.map((l) => ({ clean: l.clean, label: l })), bit);
    if (reached !== null) this.judge(hit, reached);
    for (const l of v.labels) {
      if (l.clean & bit) continue;
      if (requireFlags && (l.flags & requireFlags) === 0) continue;
      this.emit(hit, l, requireFlags);
    }
  }

  /** Records whether data reaches the sink (supersede.ts: a fallback at a sink judged unreached goes). */
  judge(hit: SinkHit, reached: boolean): void {
    const key = `${hit.path}|${hit.loc[0]}|${hit.kind}`;
    this.judged.set(key, (this.judged.get(key) ?? false) || reached);
    this.program.memo?.current?.judged.push([key, reached]);
  }

  /**
   * Whether data reaches a sink of kind `bit`: `clean` is each label's cleanliness there. Data seen
   * and cleaned (escape(text)) is a verdict anywhere; "no data at all" only counts in a request
   * handler — elsewhere no source is in view, which proves nothing. Stored data is not judged clean
   * at sinks it is never reported at (outside SECOND_ORDER_MASK): there it is unknown data. Where
   * only this helper's parameters arrive uncleaned the answer is null: its callers' arguments decide
   * (applySummary judges the sink again at each call), and a helper no call reaches stays unjudged.
   * Only a plain function is left to its callers: a method may override one the framework calls (a
   * widget's render), a decorated function may be registered with it (a template filter, a task),
   * and those callers pass what the project's calls do not show.
   */
  reaches(seen: ReadonlyArray<{ clean: number; label: Label }>, bit: number): boolean | null {
    const callersDecide = !this.isHandler && this.fn.cls === null && this.fn.decorators.length === 0;
    let viaParams = false;
    for (const { clean, label: l } of seen) {
      if ((clean & bit) !== 0 && !(l.source?.stored !== undefined && (SECOND_ORDER_MASK & bit) === 0)) continue;
      if (l.source || l.param < 0 || !callersDecide) return true;
      viaParams = true;
    }
    if (viaParams) return null;
    return seen.length === 0 && !this.isHandler;
  }

  /**
   * `via`: the call of this function that leads into the helper holding the sink. One source
   * passed to a helper at two calls is two flows (one finding at each call, report.ts).
   */
  emit(hit: SinkHit, l: Label, requireFlags: number, via?: Loc): void {
    const sinkStep: StepNode = { kind: 'sink', path: hit.path, loc: hit.loc, message: `reaches ${sinkName(hit.text)}`, prev: l.trace };
    if (l.source) {
      const key = `${hit.kind}|${hit.path}|${hit.loc.join(':')}|${l.source.id}${via ? `|${via.join(':')}` : ''}`;
      const old = this.findings.get(key);
      if (!old || old.label.depth > l.depth) this.findings.set(key, { hit, label: relabel(l, l.clean, l.flags, sinkStep, l.depth) } satisfies Finding0);
      return;
    }
    const key = `${l.origin}|${hit.kind}|${hit.path}|${hit.loc.join(':')}|${l.clean}|${l.flags}`;
    if (this.sinks.has(key)) return;
    // A parameter's flow the summary cannot keep is one no caller will judge: the sink stays reached.
    if (this.sinks.size > 60) return this.judge(hit, true);
    const field = paramField(l.origin);
    this.sinks.set(key, { param: l.param, clean: l.clean, flags: l.flags, requireFlags, trace: sinkStep, hit, ...(field ? { field } : {}) });
  }

  /**
   * `response.headers["X"] = value` where `response` is still this function's parameter, of no
   * known kind here: what the value's parameters reach if the caller hands a response in
   * (ParamSink.storeInto, judged in applySummary with the caller's argument).
   */
  private storeIntoParam(t: Extract<Target, { k: 'sub' }>, v: Value, st: State): void {
    const root = t.obj.k === 'name' ? t.obj : t.obj.k === 'attr' && t.obj.obj.k === 'name' ? t.obj.obj : null;
    if (!root) return;
    const param = this.fn.params.findIndex((p) => p.name === root.id);
    const held = param >= 0 ? st.env.get(root.id) : undefined;
    if (!held || held.objs.length > 0 || !held.labels.some((l) => l.param === param)) return;
    const attr = t.obj.k === 'attr' ? t.obj.attr : null;
    const kinds = new Set(this.program.model.storeSinks.map((s) => s.kind));
    for (const kind of kinds) {
      const hit: SinkHit = { kind, path: this.path, loc: t.loc, text: this.textOf(t.loc), fnId: this.fn.id, confidence: 'high' };
      const bit = kindBit(kind);
      for (const l of v.labels) {
        if (l.source || l.param < 0 || l.param === param || l.clean & bit) continue;
        const key = `${l.param}|${kind}|${hit.path}|${hit.loc.join(':')}|${l.clean}|${l.flags}|into${param}.${attr ?? ''}`;
        if (this.sinks.has(key) || this.sinks.size > 60) continue;
        const trace: StepNode = { kind: 'sink', path: hit.path, loc: hit.loc, message: `reaches ${sinkName(hit.text)}`, prev: l.trace };
        this.sinks.set(key, { param: l.param, clean: l.clean, flags: l.flags, requireFlags: 0, trace, hit, storeInto: { param, attr } });
      }
    }
  }

  addForwards(v: Value): void {
    this.forwards = join(this.forwards, v);
  }

  // ---- expressions ----------------------------------------------------------------------------

  ev(e: Expr, st: State): Value {
    this.tick();
    if (this.depth > MAX_DEPTH) return CLEAN;
    this.depth++;
    try {
      return this.evInner(e, st);
    } finally {
      this.depth--;
    }
  }

  globalValue(q: string, loc: Loc, text: string): Value | undefined {
    const m = this.program.model;
    const objKind = m.globalObjects.get(q);
    if (objKind) return obj(objKind);
    const src = m.globalSources.get(q);
    if (src) return this.source(loc, text, src.low, src.struct ?? false);
    const c = this.program.canonical(q, this.file.module);
    const g = this.program.global(c);
    if (g) return taintOnlySources(g);
    if (this.program.functions.has(c)) return obj(`fn:${c}`);
    if (this.program.classes.has(c)) return obj(`cls:${c}`);
    if (/\.objects$/.test(q)) return obj('manager');
    return undefined;
  }

  private evInner(e: Expr, st: State): Value {
    switch (e.k) {
      case 'const':
      case 'bool':
      case 'lambda':
        return CLEAN;
      case 'name': {
        const local = st.env.get(e.id);
        if (local) return local;
        return e.q ? (this.globalValue(e.q, e.loc, this.textOf(e.loc)) ?? CLEAN) : CLEAN;
      }
      case 'attr':
        return fieldOf(this.attr(e, st), e.attr);
      case 'sub':
        return e.key.k === 'const' ? fieldOf(this.subscript(e, st)) : this.subscript(e, st);
      case 'call':
        return evalCall(this, e, st);
      case 'op': {
        const parts = e.parts.map((p) => this.ev(p, st));
        let v = taintOnly(joinAll(parts));
        if (parts.some((p) => p.objs.includes('path'))) v = withObjs(v, ['path']);
        const first = e.parts[0];
        const prefix = e.fmt ? e.pre : first?.k === 'const' && typeof first.v === 'string' ? first.v : undefined;
        if (prefix && SAFE_URL_PREFIX.test(prefix)) v = sanitize(v, kindsMask(['ssrf', 'redirect']));
        // Only the query or fragment may vary: the destination is fixed (see fixed-destination.ts).
        const fixed = fixedDestination(e, parts, (x) => (x.k === 'name' || x.k === 'attr' || x.k === 'const' ? this.ev(x, st) : parts[1]!));
        if (fixed) v = onlyQuery(v, fixed);
        return v;
      }
      case 'seq': {
        const items = e.items.map((i) => this.ev(i, st));
        return withObjs(taintOnly(joinAll(items)), ['container', ...callablesOf(items)]);
      }
      case 'dict': {
        const raw = e.entries.map(([, x]) => this.ev(x, st));
        const vals = raw.map((v, i) => {
          const k = e.entries[i]![0];
          // Under an operator key a string is an operand (`$where` JS, `$regex`); a dict literal the
          // code wrote there (`{"$set": {"field": x}}`) is the code's own shape: its keys say the rest.
          const operand = k?.k === 'const' && typeof k.v === 'string' && k.v.startsWith('$') && e.entries[i]![1].k !== 'dict';
          return operand ? setFlags(v, FLAG_STRUCT) : taintOnly(v);
        });
        // A dispatch table (`{"resize": resize}`): a lookup in it is one of these callables.
        return withObjs(joinAll(vals), ['container', ...callablesOf(raw)]);
      }
      case 'either':
        return joinAll(e.parts.map((p) => this.ev(p, st)));
      case 'cond': {
        const a = this.clone(st);
        this.refine(e.test, true, a);
        const b = this.clone(st);
        this.refine(e.test, false, b);
        return join(this.ev(e.a, a), this.ev(e.b, b));
      }
      case 'comp': {
        const inner = this.clone(st);
        for (const g of e.gens) {
          this.bind(g.target, taintOnly(this.ev(g.iter, inner)), inner);
          for (const c of g.conds) {
            this.ev(c, inner);
            this.refine(c, true, inner);
          }
        }
        return withObjs(taintOnly(joinAll(e.elt.map((x) => this.ev(x, inner)))), ['container']);
      }
      case 'wrap':
        return this.ev(e.e, st);
    }
  }

  private attr(e: Extract<Expr, { k: 'attr' }>, st: State): Value {
    if (e.q && !st.env.has(rootName(e) ?? '')) {
      const g = this.globalValue(e.q, e.loc, this.textOf(e.loc));
      if (g) return g;
    }
    const base = this.ev(e.obj, st);
    const m = this.program.model;
    if (base.objs.includes('req')) {
      const struct = m.requestAttrs.get(e.attr);
      if (m.routeArgs.has(e.attr) && this.routePathParams()) return withObjs(this.source(e.loc, this.textOf(e.loc), false, false), ['view-args']);
      if (struct !== undefined) {
        const src = this.source(e.loc, this.textOf(e.loc), false, struct);
        const clean = requestPartClean(m, e.attr);
        const held = m.requestAttrObjects.get(e.attr);
        const v = clean ? sanitize(src, clean) : src;
        return held ? withObjs(v, [held]) : v;
      }
      if (e.attr === 'session') return obj('session');
      if (m.requestMethods.has(e.attr)) return base;
      return CLEAN;
    }
    const self = base.objs.find((o) => o.startsWith('self:') || o.startsWith('inst:'));
    if (self) {
      const cls = self.slice(5);
      if (e.attr === 'request') return obj('req');
      if ((e.attr === 'kwargs' || e.attr === 'args') && self.startsWith('self:')) return this.source(e.loc, this.textOf(e.loc), false, false);
      if (FORM_DATA_ATTRS.has(e.attr) && self.startsWith('self:') && this.program.isSubclass(cls, this.program.model.formBases)) {
        const src = this.source(e.loc, this.textOf(e.loc), false, e.attr === 'initial_data' || e.attr === 'data');
        return e.attr === 'cleaned_data' || e.attr === 'validated_data' ? withObjs(src, [`fields:${cls}`]) : src;
      }
      // A framework's handler object whose own attributes are request data (`self.path`) or
      // objects it provides (`self.wfile`): the framework sets them, whatever the code stores.
      for (const o of base.objs) {
        const own = m.selfSources.get(o);
        const struct = own?.attrs?.[e.attr];
        if (struct !== undefined) return this.source(e.loc, this.textOf(e.loc), false, struct);
        const kind = own?.objs?.[e.attr];
        if (kind) return obj(kind);
      }
      const stored = this.program.classAttr(cls, e.attr);
      if (stored) return stored;
      const method = this.program.method(cls, e.attr);
      // A bound method keeps its instance: `record = audit.record; record(x)` runs with self = audit.
      if (method) return obj(`fn:${method}`, `bound-self:${self}`);
      return taintOnly(base);
    }
    const form = base.objs.find((o) => o.startsWith('form:'));
    if (form && (e.attr === 'validated_data' || e.attr === 'cleaned_data')) return withObjs(taintOnly(base), [`fields:${form.slice(5)}`]);
    if (form && this.program.isSubclass(form.slice(5), this.program.model.boundFieldForms)) {
      // WTForms: `form.name` is the bound field, `form.name.data` its value, `form.data` all of them.
      const raw = base.objs.includes(FORM_UNVALIDATED) ? [FORM_UNVALIDATED] : [];
      if (e.attr === 'data') return withObjs(taintOnly(base), [`fields:${form.slice(5)}`, ...raw]);
      if (this.program.field(form.slice(5), e.attr)?.ctor) return withObjs(taintOnly(base), [`bound:${form.slice(5)}:${e.attr}`, ...raw]);
    }
    const bound = base.objs.find((o) => o.startsWith('bound:'));
    if (bound && (e.attr === 'data' || e.attr === 'raw_data')) {
      const [, cls, field] = bound.split(':');
      return e.attr === 'data' ? this.fieldValue(cls!, field!, base) : taintOnly(base);
    }
    const model = base.objs.find((o) => o.startsWith('model:'));
    if (model) return this.fieldValue(model.slice(6), e.attr, base);
    // `args.region_id` of parsed arguments (a Namespace of declared fields).
    const declared = base.objs.find((o) => o.startsWith('fields:') && o.endsWith('.<fields>'));
    if (declared) return this.fieldValue(declared.slice(7), e.attr, base);
    if (base.objs.includes('path') && ['name', 'stem', 'suffix'].includes(e.attr)) return sanitize(taintOnly(base), kindBit('path'));
    for (const c of m.cleanAttrs) {
      if (c.attrs.includes(e.attr) && (!c.receivers || base.objs.some((o) => c.receivers!.includes(o)))) return sanitize(taintOnly(base), kindsMask(c.kinds));
    }
    if (base.objs.some((o) => m.sameKindParts.has(o))) return base;
    const ao = m.attrObjects.get(e.attr);
    if (ao && (ao.receivers.length === 0 || base.objs.some((o) => ao.receivers.includes(o)))) {
      const kept = ao.keepPrefix ? base.objs.filter((o) => o.startsWith(ao.keepPrefix!)) : [];
      return withObjs(taintOnly(base), [ao.obj, ...kept]);
    }
    return taintOnly(base);
  }

  /** A field of a validated form/serializer or of a Pydantic model: its declared type decides. */
  fieldValue(cls: string, name: string, base: Value): Value {
    const f = this.program.field(cls, name);
    if (!f) return taintOnly(base);
    const typed = f.judged?.typed === true;
    const last = f.ctor?.split('.').pop() ?? '';
    // A text field's value is a str whatever shape the body had: no attacker-shaped object survives it.
    const shaped = (v: Value) => (this.program.model.textFields.has(last) ? sanitize(v, 0, FLAG_STRUCT) : v);
    if (f.judged && !typed) {
      // Validators hold only once validate() returned true: on other paths the value is the raw one.
      if (f.judged.needsValidation && base.objs.includes(FORM_UNVALIDATED)) return taintOnly(base);
      return f.judged.cleans === ALL_KINDS_MASK ? CLEAN : shaped(sanitize(taintOnly(base), f.judged.cleans));
    }
    if (f.ctor && !typed) return this.program.model.neutralFields.has(last) ? CLEAN : shaped(taintOnly(base));
    // A pydantic `Field(...)`: its annotation decides, and its constraints (a pattern) add to it.
    const verdict = judgeType(f.ann, this.program);
    if (verdict === 'clean' || (typed && f.judged!.cleans === ALL_KINDS_MASK)) return CLEAN;
    const raw = typed && f.judged!.cleans ? sanitize(taintOnly(base), f.judged!.cleans) : taintOnly(base);
    if (typeof verdict === 'object') return withObjs(raw, [`model:${verdict.model}`]);
    return verdict === 'struct' ? setFlags(raw, FLAG_STRUCT) : raw;
  }

  /** The call that registered this function (or its class) as a handler, if one did. */
  private registration(): UrlRouteIR | undefined {
    return this.program.urlRoutes.get(this.fn.id) ?? (this.fn.cls ? this.program.urlRoutes.get(this.fn.cls) : undefined);
  }

  /** The path parameters of the route (decorator or registration) this function handles. */
  private routePathParams(): Record<string, string> | undefined {
    return this.fn.route?.pathParams ?? this.registration()?.pathParams;
  }

  /** `request.view_args[name]`: already converted by the route's converter. */
  viewArg(name: string, base: Value): Value {
    const conv = this.routePathParams()?.[name];
    return conv && SAFE_CONVERTERS.has(conv) ? CLEAN : taintOnly(base);
  }

  /**
   * `request.META["REMOTE_ADDR"]`, `request.environ.get("REMOTE_PORT")`: what the server itself
   * puts in the WSGI environ (the socket's peer and port), not text the client wrote.
   */
  serverSetEnviron(mapping: Expr, key: Expr | undefined, st: State): boolean {
    if (key?.k !== 'const' || typeof key.v !== 'string' || !SERVER_SET_ENVIRON.has(key.v)) return false;
    if (mapping.k !== 'attr' || (mapping.attr !== 'META' && mapping.attr !== 'environ')) return false;
    return this.ev(mapping.obj, st).objs.includes('req');
  }

  private subscript(e: Extract<Expr, { k: 'sub' }>, st: State): Value {
    if (this.serverSetEnviron(e.obj, e.key, st)) return CLEAN;
    const base = this.ev(e.obj, st);
    const fields = base.objs.find((o) => o.startsWith('fields:'));
    if (fields && e.key.k === 'const' && typeof e.key.v === 'string') return this.fieldValue(fields.slice(7), e.key.v, base);
    if (base.objs.includes('view-args') && e.key.k === 'const' && typeof e.key.v === 'string') return this.viewArg(e.key.v, base);
    if (base.objs.includes('dbconn') || base.objs.some((o) => this.program.model.sameKindParts.has(o))) return base;
    const item = base.objs.map((o) => this.program.model.containerItems.get(o)).find((o) => o !== undefined);
    if (item) return withObjs(taintOnly(base), [item]);
    const io = e.key.k === 'const' && typeof e.key.v === 'string' ? this.program.model.itemObjects.get(e.key.v) : undefined;
    if (io && base.objs.some((o) => io.receivers.includes(o))) return withObjs(taintOnly(base), [io.obj, ...(io.keepPrefix ? base.objs.filter((o) => o.startsWith(io.keepPrefix!)) : [])]);
    const v = this.widenSource(taintOnly(base), e.obj.loc, e.loc);
    const fns = base.objs.includes('container') ? callablesOf([base]) : [];
    return fns.length > 0 ? withObjs(v, fns) : v;
  }
}

/**
 * Joins the end of a loop pass into the loop head, in place (what merging the two states gives:
 * head's variables first, new ones after); true when the head grew — a new variable, or a label
 * (origin, cleaning, flags) or object it did not hold. Traces aside, nothing else counts.
 */
function widenInto(head: State, pass: State): boolean {
  let grew = false;
  for (const [k, v] of pass.env) {
    const old = head.env.get(k);
    if (!old) {
      head.env.set(k, joinAll([v]));
      grew = true;
      continue;
    }
    const merged = join(old, v);
    if (merged === old) continue;
    head.env.set(k, merged);
    if (!sameValue(old, merged)) grew = true;
  }
  return grew;
}

function sameValue(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a.labels.length !== b.labels.length || a.objs.length !== b.objs.length) return false;
  for (let i = 0; i < a.objs.length; i++) if (!b.objs.includes(a.objs[i]!)) return false;
  for (const la of a.labels) {
    if (!b.labels.some((lb) => lb.origin === la.origin && lb.clean === la.clean && lb.flags === la.flags)) return false;
  }
  return true;
}

/** Module globals seen from a function: only what came from sources, not other functions' params. */
/**
 * What iterating a value gives: its data, and the field typing of a schema's many-load
 * (`Schema(many=True).load(rows)`: each element is a dict of the declared fields). Iterating one
 * loaded dict gives its keys, the schema's own field names: typing them changes nothing.
 */
function elementsOf(v: Value): Value {
  const data = taintOnly(v);
  const fields = v.objs.filter((o) => o.startsWith('fields:'));
  return fields.length > 0 ? withObjs(data, fields) : data;
}

function taintOnlySources(v: Value): Value {
  if (v.labels.every((l) => l.source)) return v;
  return { labels: v.labels.filter((l) => l.source), objs: v.objs };
}

export { hasObj };
