// Calls, the heart of the interpreter: sources that are calls, sinks (checked argument by argument),
// calls into project functions through their summaries, sanitizers, known object constructors,
// and the default — a call's result carries the taint of its receiver and arguments.
import type { CallView, SanitizerSpec, SinkSpec } from '../frameworks/model.js';
import type { ConstLit, Expr, Stmt } from './ir.js';
import type { ParamSink } from './program.js';
import type { FunctionRun, State } from './interpret.js';
import type { Label, StepNode, Value } from './value.js';
import { callablesOf, CLEAN, join, joinAll, obj, relabel, sanitize, taintOnly, withObjs } from './value.js';
import { kindBit, kindsMask, requestPartClean } from './kinds.js';
import { saxExtAt } from '../frameworks/sax-config.js';
import { traceToArray } from './value.js';
import { FORM_UNVALIDATED, rootName } from './guards.js';
import { isShippedPath } from './shipped-paths.js';
import { fieldOf, isServiceCall, markServer, paramField, readsFieldsOf, substituteFlags } from './server-data.js';

type Call = Extract<Expr, { k: 'call' }>;

const ACCESSORS = new Set(['get', 'getlist', 'getone', 'getall', 'pop']);
const MUTATORS = new Set(['append', 'extend', 'add', 'update', 'insert', 'appendleft', 'setdefault', 'write']);

interface Evaluated {
  recv: Value | null;
  method: string | null;
  args: Value[];
  kws: Array<[string, Value]>;
  spreads: Value[];
}

function constOf(e: Expr | undefined): ConstLit | undefined {
  return e?.k === 'const' ? e.v : undefined;
}

function view(run: FunctionRun, e: Call, ev: Evaluated): CallView {
  const kwExpr = (name: string) => e.kw.find(([k]) => k === name)?.[1];
  return {
    constArg: (i) => constOf(e.args[i]),
    constKw: (name) => constOf(kwExpr(name)),
    hasArg: (i) => i < e.args.length,
    hasKw: (name) => e.kw.some(([k]) => k === name),
    argObjs: (i) => ev.args[i]?.objs ?? [],
    kwObjs: (name) => ev.kws.find(([k]) => k === name)?.[1].objs ?? [],
    receiverObjs: () => ev.recv?.objs ?? [],
    receiverTainted: () => (ev.recv?.labels.length ?? 0) > 0,
    receiverText: () => (e.fn.k === 'attr' ? run.textOf(e.fn.obj.loc) : ''),
    argText: (i) => (e.args[i] ? run.textOf(e.args[i]!.loc) : ''),
    argBuiltText: (i) => builtText(run, e.args[i]),
    argShipped: (i) => isShippedPath(e.args[i], run.fn, run.file),
    receiverShipped: () => e.fn.k === 'attr' && isShippedPath(e.fn.obj, run.fn, run.file),
    context: () => {
      const cls = run.fn.cls ? run.program.classes.get(run.fn.cls)?.cls : undefined;
      return [...run.fn.decorators, ...Object.entries(cls?.fields ?? {}).map(([k, f]) => `${k}=${f.ctor ?? ''}`), ...(cls ? [classFieldText(run, run.fn.cls!)] : [])].join(' ');
    },
    methodCallArgs: (name) => {
      const out: Array<Array<ConstLit | undefined>> = [];
      eachStmt(run.fn.body, (s) => {
        if (s.k === 'expr' && s.e.k === 'call' && s.e.fn.k === 'attr' && s.e.fn.attr === name) out.push(s.e.args.map(constOf));
      });
      return out;
    },
    kwTainted: (name) => (ev.kws.find(([k]) => k === name)?.[1].labels.length ?? 0) > 0,
    kwNames: () => e.kw.map(([k]) => k),
    path: () => run.path,
    templates: () => run.program.templates,
  };
}

function classFieldText(run: FunctionRun, cls: string): string {
  return run.program.classes.get(cls)?.cls.bases.join(' ') ?? '';
}

export function evalCall(run: FunctionRun, e: Call, st: State): Value {
  const ev: Evaluated = {
    recv: e.fn.k === 'attr' ? run.ev(e.fn.obj, st) : null,
    method: e.fn.k === 'attr' ? e.fn.attr : null,
    args: e.args.map((a) => run.ev(a, st)),
    kws: e.kw.map(([k, x]) => [k, run.ev(x, st)] as [string, Value]),
    spreads: e.spread.map((s) => run.ev(s, st)),
  };
  const program = run.program;
  const m = program.model;
  const q = e.q ? program.canonical(e.q, run.file.module) : null;
  const cv = view(run, e, ev);
  const recvObjs = ev.recv?.objs ?? [];

  // Sinks
  const specs: SinkSpec[] = [];
  if (q) specs.push(...(m.sinksByCallee.get(q) ?? []));
  // A parameter the framework hands over as a callable sink (`start_response`), under any name.
  if (m.sinksByCallable.size > 0 && e.fn.k === 'name' && st.env.has(e.fn.id)) {
    for (const o of st.env.get(e.fn.id)!.objs) for (const s of m.sinksByCallable.get(o) ?? []) if (!specs.includes(s)) specs.push(s);
  }
  if (ev.method) {
    for (const s of m.sinksByMethod.get(ev.method) ?? []) {
      if (specs.includes(s)) continue;
      const known = recvObjs.length > 0 && !recvObjs.every((o) => o === 'container');
      if (!s.receivers || recvObjs.some((o) => s.receivers!.includes(o)) || (!known && s.unknownReceiver && !q?.startsWith('builtins.'))) specs.push(s);
    }
  }
  let reportedKinds = 0;
  for (const spec of specs) {
    if (spec.when && !spec.when(cv)) continue;
    reportedKinds |= kindBit(spec.kind);
    const known = !spec.receivers || recvObjs.some((o) => spec.receivers!.includes(o));
    const confidence = known || (q && spec.callees?.includes(q)) ? 'high' : (spec.unknownReceiver ?? 'medium');
    const note = spec.noteOf?.(cv);
    const at = note ? spec.sitesOf?.(cv) : undefined;
    const hit = { kind: spec.kind, path: run.path, loc: e.loc, text: run.textOf(e.loc), fnId: run.fn.id, confidence, recv: recvObjs, method: ev.method ?? undefined, ...(run.statementCall === e ? { unused: true } : {}), ...(note ? { note } : {}), ...(at?.length ? { at } : {}) } as const;
    run.checkSink(hit, sinkData(spec, e, ev, run, st, cv), spec.requireFlags ?? 0, st);
  }

  const at = q ? m.invokers.get(q) : undefined;
  const fn = at !== undefined ? e.args[at] : undefined;
  // `BackgroundTask(run_backup, label)`: run_backup(label) is what will happen.
  if (fn && (fn.k === 'name' || fn.k === 'attr')) evalCall(run, { ...e, fn, q: fn.q, args: e.args.slice(at! + 1) }, st);
  const result = callValue(run, e, ev, st, q, cv);
  // A flow is reported at the innermost sink: `execute(text(sql))` once, at text().
  return reportedKinds ? sanitize(result, reportedKinds) : result;
}

function callValue(run: FunctionRun, e: Call, ev: Evaluated, st: State, q: string | null, cv: CallView): Value {
  const program = run.program;
  const m = program.model;
  const recvObjs = ev.recv?.objs ?? [];
  // Sources that are calls
  if (q) {
    const cs = m.callSources.get(q);
    if (cs) return run.source(e.loc, run.textOf(e.loc), cs.low, false);
  }
  const stored = storedRead(run, e, ev, q, cv);
  if (stored) return stored;
  if (ev.method && recvObjs.includes('req')) {
    const struct = m.requestMethods.get(ev.method);
    if (struct !== undefined) {
      const src = run.source(e.loc, run.textOf(e.loc), false, struct);
      const declared = m.fieldsMethods.has(ev.method) ? declaredFields(run, e) : null;
      if (declared) return withObjs(src, [`fields:${declared}`]);
      const clean = requestPartClean(m, ev.method);
      const own = clean ? sanitize(src, clean) : src;
      // `request.build_absolute_uri(location)` is built from its argument too.
      return ev.args.length > 0 ? join(own, ...ev.args.map(taintOnly)) : own;
    }
    return CLEAN;
  }

  // Calls into the project. A framework API the model describes (when the project scanned is the
  // framework itself) still runs its summary for the sinks inside, but its result is what the model
  // says: a clean call, a sanitizer or a known object.
  const target = resolveTarget(run, e, ev, q, st);
  if (target && q && (m.cleanCalls.has(q) || m.sanitizersByCallee.has(q) || m.objectsByCallee.has(q))) return modelled(run, e, q, ev, cv, target);
  // The same for a method reached through `self` (`self.get_response(request)` inside Django's handler).
  const method = target && !q ? ownMethodId(run, ev) : undefined;
  if (target && method && m.objectsByCallee.has(method)) return modelled(run, e, method, ev, cv, target);
  if (target) return target;
  // A framework's handler object whose own methods return request data (`self.get_argument("q")`).
  if (ev.method) {
    for (const o of recvObjs) {
      const struct = m.selfSources.get(o)?.methods?.[ev.method];
      if (struct !== undefined) return run.source(e.loc, run.textOf(e.loc), false, struct);
    }
  }

  const loaded = ev.method ? loadedFields(run, ev) : null;
  if (loaded) return loaded;

  // Objects, sanitizers, clean calls, default propagation
  if (q && m.cleanCalls.has(q)) return objectOf(run, q, ev, cv, CLEAN);
  if (e.fn.k === 'name') {
    const made = run.ev(e.fn, st).objs.find((o) => m.factories.has(o));
    if (made) return obj(...m.factories.get(made)!);
  }
  if (ev.method === 'get' && e.fn.k === 'attr' && run.serverSetEnviron(e.fn.obj, e.args[0], st)) return CLEAN;
  // `MAPPING.get(key, default)`: a lookup returns the mapping's values, never the key.
  // `s.replace(old, new)`: what was replaced is gone from the result.
  const args = (ev.method === 'get' || ev.method === 'replace') && ev.recv && e.fn.k === 'attr' ? ev.args.slice(1) : ev.args;
  // `ref.get("id")` of what a service returned is a field of it (server-data.ts).
  const keyed = ev.method !== null && ACCESSORS.has(ev.method) && e.args[0]?.k === 'const';
  const reads = readsFieldsOf(run, e, q);
  const recvPart = keyed || reads ? fieldOf(ev.recv ?? CLEAN) : (ev.recv ?? CLEAN);
  const handed = [...args, ...ev.kws.map(([, x]) => x), ...ev.spreads];
  let v = taintOnly(join(recvPart, ...(reads ? handed.map((h) => fieldOf(h)) : handed)));
  if (isServiceCall(run, e, ev.recv, [...ev.args, ...ev.kws.map(([, x]) => x)])) v = markServer(v);
  if (e.fn.k === 'attr' && ev.recv && ACCESSORS.has(ev.method!)) v = run.widenSource(v, e.fn.obj.loc, e.loc);
  // Werkzeug's `request.args.get("page", type=int)` converts (and drops what does not convert).
  const typeKw = e.kw.find(([k]) => k === 'type')?.[1];
  if (ev.method && ACCESSORS.has(ev.method) && typeKw?.k === 'name' && /^builtins\.(int|float|bool)$/.test(typeKw.q ?? '')) return CLEAN;
  if (ev.method === 'get' && ev.recv?.objs.includes('view-args') && typeof cv.constArg(0) === 'string') return run.viewArg(cv.constArg(0) as string, ev.recv);
  const wrapped = ev.args.flatMap((a) => a.objs).find((o) => o.startsWith('fn:'));
  // `functools.partial(f, a)`: calling it calls f with its first parameters already bound.
  if (q === 'functools.partial' && wrapped && ev.args[0]?.objs.includes(wrapped)) return obj(`partial:${ev.args.length - 1}:${wrapped.slice(3)}`);
  // `ROUTES.get(path)`: a lookup in a dispatch table is one of its callables.
  const table = ev.method && ACCESSORS.has(ev.method) && ev.recv?.objs.includes('container') ? callablesOf([ev.recv]) : [];
  if (table.length > 0) v = withObjs(v, wrapped && !table.includes(wrapped) ? [...table, wrapped] : table);
  else if (wrapped && !q?.startsWith('builtins.')) v = withObjs(v, [wrapped]);
  if (ev.recv && ev.method && e.fn.k === 'attr') v = methodEffects(run, e, ev, st, v);
  const sans = [...(q ? (m.sanitizersByCallee.get(q) ?? []) : []), ...(ev.method && !(q && m.sanitizersByCallee.has(q)) ? (m.sanitizersByMethod.get(ev.method) ?? []) : [])];
  return objectOf(run, q, ev, cv, applySanitizers(run, e, sans, cv, v));
}

/**
 * `cursor.fetchone()`, `Report.objects.get(pk=pk)`, `cache.get(key)`, `path.read_text()`: data the
 * application stored earlier (second-order). What selected it (a key, an id) is not what it holds.
 */
function storedRead(run: FunctionRun, e: Call, ev: Evaluated, q: string | null, cv: CallView): Value | null {
  const m = run.program.model;
  const byCallee = q ? m.storedReadsByCallee.get(q) : undefined;
  const byMethod = ev.method && !byCallee ? m.storedReadsByMethod.get(ev.method) : undefined;
  const specs = byCallee ?? byMethod;
  if (!specs || (q && run.program.functions.has(q))) return null;
  const recvObjs = ev.recv?.objs ?? [];
  for (const s of specs) {
    if (s.receivers && !recvObjs.some((o) => s.receivers!.includes(o))) continue;
    // Any receiver: not the project's own objects (their methods are the project's) nor the request.
    if (!s.receivers && s.methods && recvObjs.some((o) => o === 'req' || /^(self|inst|cls):/.test(o))) continue;
    if (s.when && !s.when(cv)) continue;
    const src = run.source(e.loc, run.textOf(e.loc), false, false, s.store);
    return s.keep ? join(src, taintOnly(joinAll([ev.recv ?? CLEAN, ...ev.args]))) : src;
  }
  return null;
}

/** `Schema().load(data)`, `Model.model_validate(data)`: the data, typed by the class's declared fields. */
function loadedFields(run: FunctionRun, ev: Evaluated): Value | null {
  const recvObjs = ev.recv?.objs ?? [];
  const own = recvObjs.find((o) => o.startsWith('inst:') || o.startsWith('cls:'));
  if (!own) return null;
  const cls = own.slice(own.indexOf(':') + 1);
  for (const l of run.program.model.loaders) {
    if (!l.methods.includes(ev.method!) || !run.program.isSubclass(cls, new Set(l.bases))) continue;
    const data = taintOnly(joinAll([...ev.args, ...ev.kws.map(([, x]) => x)]));
    return withObjs(data, [l.result === 'fields' ? `fields:${cls}` : `model:${cls}`]);
  }
  return null;
}

function modelled(run: FunctionRun, e: Call, q: string, ev: Evaluated, cv: CallView, target: Value): Value {
  const m = run.program.model;
  if (m.cleanCalls.has(q)) return objectOf(run, q, ev, cv, CLEAN);
  return objectOf(run, q, ev, cv, applySanitizers(run, e, m.sanitizersByCallee.get(q) ?? [], cv, target));
}

function applySanitizers(run: FunctionRun, e: Call, sans: readonly SanitizerSpec[], cv: CallView, value: Value): Value {
  let v = value;
  for (const s of sans) {
    if (s.when && !s.when(cv)) continue;
    v = sanitize(v, kindsMask(s.kinds), 0, s.setFlags ?? 0);
    v = { labels: v.labels.map((l) => relabel(l, l.clean, l.flags, { kind: 'sanitizer', path: run.path, loc: e.loc, message: `passes ${run.textOf(e.loc)}`, prev: l.trace }, l.depth)), objs: v.objs };
  }
  return v;
}

function objectOf(run: FunctionRun, q: string | null, ev: Evaluated, cv: CallView, v: Value): Value {
  const m = run.program.model;
  const specs = [...(q ? (m.objectsByCallee.get(q) ?? []) : []), ...(ev.method && !(q && m.objectsByCallee.has(q)) ? (m.objectsByMethod.get(ev.method) ?? []) : [])];
  const recvObjs = ev.recv?.objs ?? [];
  for (const s of specs) {
    if (s.receivers && !recvObjs.some((o) => s.receivers!.includes(o))) continue;
    if (s.when && !s.when(cv)) continue;
    const kinds = [s.obj, ...(s.also ?? [])];
    return s.keepTaint ? withObjs(v, kinds) : obj(...kinds);
  }
  if (ev.method === 'get' && ev.recv) {
    const fields = recvObjs.find((o) => o.startsWith('fields:'));
    if (fields && typeof cv.constArg(0) === 'string') return run.fieldValue(fields.slice(7), cv.constArg(0) as string, ev.recv);
  }
  const same = recvObjs.find((o) => m.sameKindParts.has(o));
  if (same) return withObjs(v, [same]);
  return v;
}

/**
 * `parser.parse_args()` on a parser whose arguments the file declares (WebFramework.declarations):
 * the id of the declaration, for a module-level name or a local of this function.
 */
function declaredFields(run: FunctionRun, e: Call): string | null {
  const recv = e.fn.k === 'attr' ? e.fn.obj : null;
  if (recv?.k !== 'name') return null;
  const id = recv.q ? `${run.program.canonical(recv.q)}.<fields>` : `${run.fn.id}.<locals>.${recv.id}.<fields>`;
  return run.program.classes.has(id) ? id : null;
}

/** `--name` (not `--name=`, not `--`): a long option; the argv slot after it is its value. */
const LONG_OPTION = /^--[A-Za-z][\w-]*$/;

/** What reaches the sink: the listed arguments, keywords and possibly the receiver. */
function sinkData(spec: SinkSpec, e: Call, ev: Evaluated, run: FunctionRun, st: State, cv: CallView): Value {
  const parts: Value[] = [];
  const positions = spec.args ?? (spec.receiver ? [] : [0]);
  if (spec.argv) {
    const list = spec.argv === 'positional' ? { k: 'seq' as const, items: e.args } : (e.args[0] ?? e.kw.find(([k]) => k === 'args')?.[1]);
    if (list?.k === 'seq') {
      // An argv list: the program name, and any option-looking slot before a `--`, are injectable.
      // The slot right after a long option (`"--name", value`) is read as that option's value,
      // whatever it starts with: it cannot become an option of its own.
      let afterDashes = false;
      list.items.forEach((item, i) => {
        if (item.k === 'const' && item.v === '--') afterDashes = true;
        const prev = list.items[i - 1];
        const optionValue = prev?.k === 'const' && typeof prev.v === 'string' && LONG_OPTION.test(prev.v);
        if (i === 0 || (!afterDashes && !optionValue)) parts.push(run.ev(item, st));
      });
      return joinAll(parts);
    }
  }
  const escaped = spec.kind === 'log' ? reprArgs(e, positions[0] ?? 0) : null;
  const msgAt = positions[0] ?? 0;
  for (const i of positions) if (ev.args[i] && !escaped?.has(i) && !(spec.kind === 'log' && loggedAsRepr(run, e, msgAt, i, ev.args[i]!, st))) parts.push(ev.args[i]!);
  const named = spec.kwargsOf?.(cv) ?? [];
  for (const [k, v] of ev.kws) if (spec.kwargs?.includes(k) || named.includes(k)) parts.push(v);
  const keyed = spec.dictKeysOf?.(cv);
  if (keyed) for (const x of dictEntries(run, e.args[keyed.arg] ?? e.kw.find(([k]) => k === keyed.kw)?.[1], keyed.keys)) parts.push(run.ev(x, st));
  if (spec.receiver && ev.recv) parts.push(ev.recv);
  // `f(*args, **kwargs)` forwarding: the spread may hold the dangerous argument.
  if (ev.spreads.length > 0 && ev.args.length === 0 && ev.kws.length === 0) parts.push(...ev.spreads);
  return joinAll(parts);
}

/**
 * The values under `keys` of a dict literal, of `dict(k=v)`, of a list of (key, value) pairs, or of
 * a local bound to one in this function (with its `name["k"] = v` stores): a template context,
 * judged key by key.
 */
export function dictEntries(run: FunctionRun, e: Expr | undefined, keys: readonly string[]): Expr[] {
  const out: Expr[] = [];
  const fromDict = (d: Expr) => {
    if (d.k === 'dict') for (const [k, v] of d.entries) if (k?.k === 'const' && typeof k.v === 'string' && keys.includes(k.v)) out.push(v);
    if (d.k === 'call' && d.q === 'builtins.dict') for (const [k, v] of d.kw) if (keys.includes(k)) out.push(v);
    // A list of (key, value) pairs says the same: a WSGI header list `[("Location", url)]`.
    if (d.k === 'seq') for (const p of d.items) if (p.k === 'seq' && p.items.length === 2 && p.items[0]!.k === 'const' && typeof p.items[0]!.v === 'string' && keys.includes(p.items[0]!.v)) out.push(p.items[1]!);
  };
  if (!e) return out;
  if (e.k !== 'name') {
    fromDict(e);
    return out;
  }
  eachStmt(run.fn.body, (s) => {
    if (s.k === 'assign') {
      for (const t of s.targets) {
        if (t.k === 'name' && t.id === e.id) fromDict(s.value);
        else if (t.k === 'sub' && t.obj.k === 'name' && t.obj.id === e.id && t.key.k === 'const' && typeof t.key.v === 'string' && keys.includes(t.key.v)) out.push(s.value);
      }
    } else if (s.k === 'expr' && s.e.k === 'call' && s.e.fn.k === 'attr' && s.e.fn.attr === 'update' && s.e.fn.obj.k === 'name' && s.e.fn.obj.id === e.id && s.e.args[0]) fromDict(s.e.args[0]);
  });
  return out;
}

/** Every statement of a body, nested blocks included (not nested functions: they are their own). */
function eachStmt(body: readonly Stmt[], visit: (s: Stmt) => void): void {
  for (const s of body) {
    visit(s);
    if (s.k === 'if') eachStmt([...s.then, ...s.else], visit);
    else if (s.k === 'loop') eachStmt([...s.body, ...s.else], visit);
    else if (s.k === 'with') eachStmt(s.body, visit);
    else if (s.k === 'try') eachStmt([...s.body, ...s.handlers.flat(), ...s.else, ...s.final], visit);
  }
}

/** CallView.argBuiltText: the argument's text, and that of the values its local was assigned. */
function builtText(run: FunctionRun, e: Expr | undefined): string {
  if (!e) return '';
  const parts = [run.textOf(e.loc)];
  let root: Expr = e;
  for (let i = 0; i < 8 && (root.k === 'wrap' || (root.k === 'call' && root.fn.k === 'attr' && !root.q)); i++) root = root.k === 'wrap' ? root.e : (root.fn as Extract<Expr, { k: 'attr' }>).obj;
  if (root.k === 'name' && !root.q) {
    const id = root.id;
    eachStmt(run.fn.body, (s) => {
      if (s.k === 'assign' && s.targets.some((t) => t.k === 'name' && t.id === id)) parts.push(run.textOf(s.value.loc));
    });
  }
  return parts.join('\n');
}

const REQUEST_MAPPINGS = new Set(['META', 'environ', 'GET', 'POST', 'args', 'form', 'COOKIES', 'cookies']);

/**
 * A dict, list or tuple (a literal, or a whole request mapping such as request.environ) is logged
 * as its repr: its strings are quoted and CR/LF escaped. Not when the constant message has named
 * conversions (`%(id)s`): then a dict is the mapping whose values are printed with str().
 */
function loggedAsRepr(run: FunctionRun, call: Call, msgAt: number, i: number, v: Value, st: State): boolean {
  const msg = constOfExpr(call.args[msgAt]);
  if (i !== msgAt && (typeof msg !== 'string' || msg.includes('%('))) return false;
  if (v.objs.includes('container')) return true;
  const e = call.args[i];
  return e?.k === 'attr' && REQUEST_MAPPINGS.has(e.attr) && run.ev(e.obj, st).objs.includes('req');
}

// A %-format conversion: `%s`, `%(name)r`, `%-10.3f`; `%%` is a literal percent sign.
const CONVERSION = /%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

/**
 * Arguments a logging call formats with %r: repr() escapes CR and LF, so the logged value cannot
 * forge a line. Positions after the constant message at `msgAt`, counted by its conversions.
 */
function reprArgs(e: Call, msgAt: number): Set<number> | null {
  const msg = constOfExpr(e.args[msgAt]);
  if (typeof msg !== 'string' || !msg.includes('%r')) return null;
  const out = new Set<number>();
  let n = 0;
  for (const m of msg.matchAll(CONVERSION)) {
    if (m[1] === '%') continue;
    if (m[1] === 'r') out.add(msgAt + 1 + n);
    n++;
  }
  return out;
}

function methodEffects(run: FunctionRun, e: Call, ev: Evaluated, st: State, v: Value): Value {
  const fn = e.fn as Extract<Expr, { k: 'attr' }>;
  const recvObjs = ev.recv?.objs ?? [];
  if (MUTATORS.has(ev.method!) && fn.obj.k === 'attr') {
    const added = taintOnly(joinAll([...ev.args, ...ev.kws.map(([, x]) => x)]));
    const root = rootName(fn.obj);
    const rootVal = root ? st.env.get(root) : undefined;
    if (root && rootVal && added.labels.length > 0 && !rootVal.objs.includes('req')) {
      const self = rootVal.objs.find((o) => o.startsWith('self:') || o.startsWith('inst:'));
      // `self.items.append(x)` taints the class attribute; `note.targets.append(x)` the variable.
      if (self && fn.obj.obj.k === 'name') run.bind({ k: 'attr', obj: fn.obj.obj, attr: fn.obj.attr, loc: e.loc, t: '' }, added, st);
      else st.env.set(root, join(rootVal, added));
    }
  }
  if (fn.obj.k === 'name') {
    const name = fn.obj.id;
    if (MUTATORS.has(ev.method!) && !recvObjs.includes('req')) {
      const added = taintOnly(joinAll([...ev.args, ...ev.kws.map(([, x]) => x)]));
      if (added.labels.length > 0) st.env.set(name, join(st.env.get(name) ?? CLEAN, added));
    }
    if (ev.method === 'setFeature' && recvObjs.includes('sax') && constOfExpr(e.args[1]) === true && /external_ges|external_pes/.test(exprText(e.args[0]))) {
      // Where the entities were switched on travels with the parser: the finding at its parse names
      // that line too (one flaw, reported once, PY-API-XXE's finding there included).
      st.env.set(name, obj('sax-ext', saxExtAt(run.path, e.loc[0], e.loc[1], run.textOf(e.loc))));
    }
  }
  const form = recvObjs.find((o) => o.startsWith('form:'));
  if (form && (ev.method === 'is_valid' || ev.method === 'has_changed')) return CLEAN;
  return v;
}

function constOfExpr(e: Expr | undefined): ConstLit | undefined {
  return e?.k === 'const' ? e.v : undefined;
}

function exprText(e: Expr | undefined): string {
  if (!e) return '';
  if (e.k === 'name') return e.q ?? e.id;
  if (e.k === 'attr') return e.q ?? e.attr;
  return '';
}

const FORM_DATA_KW = ['data'];

/** The project method a call on an instance of a project class runs, by its qualified id. */
function ownMethodId(run: FunctionRun, ev: Evaluated): string | undefined {
  const inst = ev.method ? ev.recv?.objs.find((o) => o.startsWith('self:') || o.startsWith('inst:')) : undefined;
  return inst ? run.program.method(inst.slice(inst.indexOf(':') + 1), ev.method!) : undefined;
}

function resolveTarget(run: FunctionRun, e: Call, ev: Evaluated, q: string | null, st: State): Value | null {
  const program = run.program;
  let fnId: string | undefined;
  let recvForSelf: Value | null = null;
  if (q && program.functions.has(q)) {
    fnId = q;
    const f = program.functions.get(q)!.fn;
    if (f.cls && f.params[0]?.name === 'cls') recvForSelf = obj(`cls:${f.cls}`);
  } else if (q && program.classes.has(q)) return instantiate(run, q, e, ev);
  if (!fnId) {
    const fnVal = e.fn.k === 'attr' ? ev.recv : run.ev(e.fn, st);
    const objs = (e.fn.k === 'attr' ? ev.recv?.objs : fnVal?.objs) ?? [];
    if (e.fn.k === 'attr') {
      const inst = objs.find((o) => o.startsWith('self:') || o.startsWith('inst:') || o.startsWith('cls:'));
      if (inst) {
        const cls = inst.slice(inst.indexOf(':') + 1);
        const method = program.method(cls, ev.method!);
        if (method) {
          fnId = method;
          recvForSelf = ev.recv;
        } else if (ev.method === 'get_serializer' || ev.method === 'serializer_class') {
          const ser = program.field(cls, 'serializer_class')?.ref;
          const serCls = ser ? program.canonical(ser, program.classes.get(cls)?.file.module) : undefined;
          if (serCls && program.classes.has(serCls)) return instantiate(run, serCls, e, ev);
        }
      }
      const own = !fnId ? run.ev(e.fn, st).objs : [];
      const bound = partialOf(program, own);
      if (bound) return applySummary(run, bound.fnId, e, ev, null, bound.skip);
      const fnObj = own.find((o) => o.startsWith('fn:'));
      if (fnObj) {
        fnId = fnObj.slice(3);
        recvForSelf = boundSelf(own) ?? recvForSelf;
      }
    } else {
      const bound = partialOf(program, objs);
      if (bound) return applySummary(run, bound.fnId, e, ev, null, bound.skip);
      const fnObjs = objs.filter((o) => o.startsWith('fn:') && program.functions.has(o.slice(3)));
      const fnObj = fnObjs[0];
      const clsObj = objs.find((o) => o.startsWith('cls:'));
      // A callable taken from a dispatch table may be any of its entries: each one's summary applies.
      if (fnObjs.length > 1) return joinAll(fnObjs.map((o) => applySummary(run, o.slice(3), e, ev, null)));
      if (fnObj) {
        fnId = fnObj.slice(3);
        recvForSelf = boundSelf(objs);
      } else if (clsObj) return instantiate(run, clsObj.slice(4), e, ev);
      else if (e.fn.k === 'name' && run.lambdas.has(e.fn.id)) return callLambda(run, run.lambdas.get(e.fn.id)!, ev, st);
      else if (e.fn.k === 'name' && q && program.lambda(q)) return callLambda(run, program.lambda(q)!, ev, st);
      else if (e.fn.k === 'name' && !e.q && !st.env.has(e.fn.id) && ev.spreads.length > 0) {
        // A closure calling the function it wraps: a decorator forwarding the view's arguments.
        run.addForwards(joinAll([...ev.spreads, ...ev.args]));
      }
    }
  }
  if (!fnId || !program.functions.has(fnId)) return null;
  return applySummary(run, fnId, e, ev, recvForSelf);
}

function instantiate(run: FunctionRun, cls: string, e: Call, ev: Evaluated): Value {
  const program = run.program;
  const m = program.model;
  const data = taintOnly(joinAll([...ev.args, ...ev.kws.map(([, x]) => x), ...ev.spreads]));
  if (program.isSubclass(cls, m.formBases)) {
    const isDrf = program.bases(cls).some((b) => b.startsWith('rest_framework.'));
    const kwData = ev.kws.find(([k]) => FORM_DATA_KW.includes(k))?.[1];
    const wtData = ev.kws.find(([k]) => k === 'formdata')?.[1];
    // Flask-WTF binds request.form / files / json by itself when given no form data.
    const implicit = !wtData && ev.args.length === 0 && program.isSubclass(cls, m.implicitForms);
    const formData = implicit
      ? run.source(e.loc, run.textOf(e.loc), false, false)
      : isDrf ? (kwData ?? CLEAN) : (wtData ?? kwData ?? ev.args[0] ?? CLEAN);
    // A WTForms form is unvalidated until a branch where its validate() held (interpret.ts refine).
    const raw = program.isSubclass(cls, m.boundFieldForms) ? [FORM_UNVALIDATED] : [];
    return withObjs(taintOnly(formData), [`form:${cls}`, ...raw]);
  }
  const init = program.method(cls, '__init__');
  if (init) applySummary(run, init, e, ev, obj(`inst:${cls}`));
  if (program.isSubclass(cls, (b) => b.startsWith('pydantic.'))) return withObjs(data, [`model:${cls}`]);
  return withObjs(data, [`inst:${cls}`]);
}

function callLambda(run: FunctionRun, lam: Extract<Expr, { k: 'lambda' }>, ev: Evaluated, st: State): Value {
  const inner: State = { env: new Map(st.env), dead: false };
  lam.params.forEach((p, i) => inner.env.set(p, ev.args[i] ?? CLEAN));
  return run.ev(lam.body, inner);
}

function concat(prefix: StepNode | null, call: Omit<StepNode, 'prev'>, inner: StepNode | null): StepNode {
  let cur: StepNode = { ...call, prev: prefix };
  for (const s of traceToArray(inner)) cur = { ...s, prev: cur };
  return cur;
}

/** The instance a bound method value was taken from (`bound-self:inst:<class>`). */
function boundSelf(objs: readonly string[]): Value | null {
  const o = objs.find((x) => x.startsWith('bound-self:'));
  return o ? obj(o.slice('bound-self:'.length)) : null;
}

/** A `partial:<n>:<function id>` object: the function, and how many leading parameters are bound. */
function partialOf(program: FunctionRun['program'], objs: readonly string[]): { fnId: string; skip: number } | null {
  const o = objs.find((x) => x.startsWith('partial:'));
  if (!o) return null;
  const at = o.indexOf(':', 8);
  const fnId = o.slice(at + 1);
  return program.functions.has(fnId) ? { fnId, skip: Number(o.slice(8, at)) } : null;
}

/**
 * A helper's store into its parameter's object (ParamSink.storeInto), with the object this call
 * hands in: a sink of its kind, carrying the argument's kinds (`response-of:starlette`), or none.
 */
function storedInto(run: FunctionRun, ps: ParamSink, arg: Value | undefined): ParamSink | null {
  if (!arg || arg.objs.length === 0) return null;
  const m = run.program.model;
  let objs = arg.objs;
  const attr = ps.storeInto!.attr;
  if (attr !== null) {
    const ao = m.attrObjects.get(attr);
    if (!ao || !(ao.receivers.length === 0 || objs.some((o) => ao.receivers.includes(o)))) return null;
    objs = [ao.obj, ...(ao.keepPrefix ? objs.filter((o) => o.startsWith(ao.keepPrefix!)) : [])];
  }
  const writes = m.storeSinks.some((s) => s.kind === ps.hit.kind && objs.some((o) => s.receivers.includes(o)));
  return writes ? { ...ps, hit: { ...ps.hit, recv: objs }, storeInto: undefined } : null;
}

/** `skip`: leading positional parameters a partial bound (to values the call does not carry). */
function applySummary(run: FunctionRun, fnId: string, e: Call, ev: Evaluated, self: Value | null, skip = 0): Value {
  const program = run.program;
  program.addCaller(fnId, run.fn.id);
  const callee = program.functions.get(fnId)!.fn;
  const sum = program.summary(fnId);
  const params = callee.params;
  const bound: Array<Value | undefined> = params.map(() => undefined);
  let pi = 0;
  if (callee.cls && !callee.isStatic && params.length > 0 && self) {
    bound[0] = self;
    pi = 1;
  }
  pi += skip;
  for (const a of ev.args) {
    const p = params[pi];
    if (!p) break;
    if (p.star === 1) bound[pi] = join(bound[pi] ?? CLEAN, a);
    else bound[pi++] = a;
  }
  for (const [k, v] of ev.kws) {
    const idx = params.findIndex((p) => p.name === k);
    const star = params.findIndex((p) => p.star === 2);
    const at = idx >= 0 ? idx : star;
    if (at >= 0) bound[at] = join(bound[at] ?? CLEAN, v);
  }
  if (ev.spreads.length > 0) {
    const spread = joinAll(ev.spreads);
    params.forEach((_, i) => {
      if (!bound[i]) bound[i] = spread;
    });
  }
  const callStep = { kind: 'call' as const, path: run.path, loc: e.loc, message: `passed to ${callee.name}() in ${run.textOf(e.loc)}` };
  // A summary's use of one field of a parameter, given a model of declared field types: that
  // field's value as the type leaves it (a Literal or int field is clean), not the whole argument.
  const argFor = (param: number, field: string | null | undefined): Value | undefined => {
    const arg = bound[param];
    const model = field && arg ? arg.objs.find((o) => o.startsWith('model:')) : undefined;
    return model ? run.fieldValue(model.slice(6), field!, arg!) : arg;
  };
  const substitute = (l: Label): Label[] => {
    const arg = argFor(l.param, paramField(l.origin));
    if (!arg) return [];
    return arg.labels.flatMap((al) => {
      const flags = substituteFlags(al.flags, l.flags);
      if (flags === null) return [];
      return [relabel(al, al.clean | l.clean, flags, concat(al.trace, callStep, l.trace), al.depth + l.depth + 1)];
    });
  };
  const labels: Label[] = [];
  for (const l of sum.ret.labels) {
    if (l.param >= 0) labels.push(...substitute(l));
    else labels.push(l);
  }
  for (const ps0 of sum.sinks) {
    const ps = ps0.storeInto ? storedInto(run, ps0, bound[ps0.storeInto.param]) : ps0;
    if (!ps) continue;
    const arg = argFor(ps.param, ps.field);
    const bit = kindBit(ps.hit.kind);
    // The helper left this sink to its callers (FunctionRun.reaches): judged with what this call passes.
    const seen = (arg?.labels ?? []).flatMap((al) => {
      const flags = substituteFlags(al.flags, ps.flags);
      return flags === null || (ps.requireFlags && (flags & ps.requireFlags) === 0) ? [] : [{ clean: al.clean | ps.clean, label: al }];
    });
    const reached = arg ? run.reaches(seen, bit) : true;
    if (reached !== null) run.judge(ps.hit, reached);
    if (!arg) continue;
    for (const al of arg.labels) {
      const clean = al.clean | ps.clean;
      const flags = substituteFlags(al.flags, ps.flags);
      if (flags === null) continue;
      if (clean & bit) continue;
      if (ps.requireFlags && (flags & ps.requireFlags) === 0) continue;
      const innerTrace = ps.trace?.prev ?? null; // the sink step is re-added by emit
      run.emit(ps.hit, relabel(al, clean, flags, concat(al.trace, callStep, innerTrace), al.depth + 1), ps.requireFlags, e.loc);
    }
  }
  const objs = sum.ret.objs;
  return { labels: labels.slice(0, 12), objs };
}
