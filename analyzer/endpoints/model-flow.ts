// Where a handler moves data wholesale, read from its syntax: request data spread into a model
// (mass assignment) and whole model objects put into the response (property exposure). Each fact
// says how complete its evidence is — the data is visibly the request's, the object visibly comes
// from the ORM and visibly reaches the response — so the rules can choose the tier. Classes the
// handler feeds (a ModelForm, a marshmallow schema) are named, qualified, for the rules to read.
import type { SyntaxNode } from '../rule.js';

/** Request data written onto a model without naming the fields. */
export interface SpreadEvidence {
  line: number;
  text: string;
  /**
   * `request`: the request's own data (`request.json`, a dict body parameter); `schema`: the dump of a
   * declared input schema (`payload.model_dump()`, `name` is the parameter); `form`: a form or schema
   * class fed the request and saved (`name` is the class); `unknown`: a dictionary of unseen origin
   * (`name` is the handler's parameter when the dictionary is one the handler leaves as passed).
   */
  from: 'request' | 'schema' | 'form' | 'unknown';
  name?: string;
  /** The class constructed from the dictionary (`Model(**data)`), qualified, when the file's imports say. */
  target?: string;
}

/** A whole object put into the response. */
export interface ExposureEvidence {
  line: number;
  text: string;
  /** `model_to_dict`, `__dict__`, `vars`, `values()`, `serialize`, `columns`, `jsonable_encoder`, `schema`, `orm-return`, `helper`. */
  how: string;
  /** The expression reaches a return statement (directly or through the variable it is assigned to). */
  returned: boolean;
  /** The object visibly comes from the ORM (a query, a fetch, the request's user). */
  orm: boolean;
  /** The schema class (`schema`) or helper function (`helper`) named, qualified. */
  name?: string;
  /** `dict(row)`: the columns the row's query names, when it is a constant select of named columns (no `*`). */
  columns?: string[];
}

export interface ModelFlow {
  spreads: SpreadEvidence[];
  exposures: ExposureEvidence[];
}

type Resolve = (n: SyntaxNode) => string | null;

const MAX = 6;
// Falcon names its request `req`; Flask-RESTX hands the body over as the namespace's `payload`.
const REQUEST = /^(?:await\s+)?(?:(?:self\.)?(?:request|req)\.(?:json|form|values|data|POST|GET|query_params|args|body|get_json\s*\([^)]*\)|json\s*\(\s*\)|form\s*\(\s*\)|media|get_media\s*\(\s*\))|(?:api|ns|\w+_ns|\w+_api)\.payload)(?:\.(?:dict|to_dict|copy)\s*\(\s*\))?$/;
// A decoder of the raw body: Tornado's self.request.body, http.server's self.rfile, a WSGI app's wsgi.input.
const JSON_LOADS = /^(?:json\.loads|(?:tornado\.escape\.)?json_decode|(?:urllib\.parse\.)?parse_qs)\s*\(\s*(?:(?:self\.)?(?:request|req)\.(?:body|data|get_data\s*\(\s*\)|stream\.read|bounded_stream\.read)|self\.rfile\.read\s*\(|environ\[['"]wsgi\.input['"]\]\.read\s*\()/;
const DICT_ANNOTATION = /^(?:dict|Dict|typing\.Dict|Any|typing\.Any|Json|JSON|(?:strawberry\.scalars\.)?JSON|dict\s*\[.*\]|Dict\s*\[.*\])$/;
const NOT_SCHEMA = /^(?:Request|WebSocket|Session|AsyncSession|BackgroundTasks|Response|HTTPConnection|int|str|float|bool|bytes|UUID|uuid\.UUID|datetime|date|Optional\[.*\]|list\[.*\]|List\[.*\])$/;
const ORM = /\.objects\b|\.query\b|\bquery\s*\(|\bget_object_or_404\s*\(|\bget_list_or_404\s*\(|\b(?:session|db|\w+_session|\w+\.session|Session\(\s*\))\.(?:get|execute|scalars|scalar|query)\s*\(|\.(?:first|one|one_or_none|first_or_404|get_or_404|scalar_one|scalar_one_or_none|scalars)\s*\(|\bself\.get_object\s*\(|^(?:self\.)?request\.user$|^current_user$|^g\.user$/;
// One row of a query, read through a DB-API cursor, asyncpg, `databases` or SQLAlchemy Core: `dict(row)` copies its every column.
const ONE_ROW = new Set(['fetchone', 'fetchrow', 'fetch_one', 'first', 'one', 'one_or_none']);
// Many rows: each row a loop or comprehension takes from them is one.
const MANY_ROWS = new Set(['fetchall', 'fetchmany', 'fetch_all', 'fetch', 'all']);

/**
 * The columns a fetch's query names: the query is the fetch's own first argument (`conn.fetchrow(q, …)`)
 * or the execute it is chained on (`db.execute(q).fetchone()`), through `text(q)`. Null for `*`, an
 * expression or a query not in sight: then the row holds every column of the table.
 */
function selected(fetch: SyntaxNode): string[] | null {
  const fn = fetch.childForFieldName('function');
  const chained = fn?.type === 'attribute' ? unwrap(fn.childForFieldName('object')!) : null;
  let q: SyntaxNode | undefined = positional(fetch)[0] ?? (chained?.type === 'call' ? positional(chained)[0] : undefined);
  if (q?.type === 'call' && lastName(q.childForFieldName('function')) === 'text') q = positional(q)[0];
  if (q?.type !== 'string') return null;
  const m = /^\s*SELECT\s+(?:DISTINCT\s+)?([\s\S]+?)\s+FROM\b/i.exec(q.text.replace(/^[a-zA-Z]*['"]+/, ''));
  if (!m || m[1]!.includes('*') || m[1]!.includes('{')) return null;
  return m[1]!.split(',').map((c) => c.trim().split(/\s+/).pop()!.split('.').pop()!);
}

/** The method a call ends with (`conn.fetchrow(...)` is `fetchrow`). */
function calls(n: SyntaxNode, methods: Set<string>): boolean {
  const fn = n.type === 'call' ? n.childForFieldName('function') : null;
  return fn?.type === 'attribute' && methods.has(lastName(fn));
}
const WRITER = /^self\.(?:write|finish|wfile\.write)$/;
const SKIP_VARS = new Set(['self', 'cls', 'request', 'args', 'kwargs', 'options', 'settings', 'form', 'config', 'ctx', 'context', 'locals', 'globals']);

function unwrap(n: SyntaxNode): SyntaxNode {
  let cur = n;
  for (let i = 0; i < 8; i++) {
    if (cur.type === 'parenthesized_expression' || cur.type === 'await') {
      const inner = cur.namedChild(0);
      if (!inner) break;
      cur = inner;
    } else break;
  }
  return cur;
}

function line(n: SyntaxNode): number {
  return n.startPosition.row + 1;
}

function lineText(n: SyntaxNode): string {
  return n.text.split('\n')[0]!.trim().slice(0, 200);
}

function kwarg(call: SyntaxNode, name: string): SyntaxNode | null {
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name) return a.childForFieldName('value');
  }
  return null;
}

function positional(call: SyntaxNode): SyntaxNode[] {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'keyword_argument' && a.type !== 'comment' && a.type !== 'dictionary_splat' && a.type !== 'list_splat');
}

function lastName(fn: SyntaxNode | null): string {
  if (!fn) return '';
  if (fn.type === 'identifier') return fn.text;
  if (fn.type === 'attribute') return fn.childForFieldName('attribute')?.text ?? '';
  return '';
}

type Taint = { from: 'request' | 'schema'; name?: string };

class Flow {
  private readonly taint = new Map<string, Taint>();
  private readonly schemaParams = new Set<string>();
  private readonly orm = new Set<string>();
  /** Row variables, with the columns their query selects (null: every column, or a query not in sight). */
  private readonly rows = new Map<string, string[] | null>();
  private readonly rowLists = new Map<string, string[] | null>();

  /** The tables are read on the first question: most functions ask none (no splat, no update, no ORM return). */
  private prepared = false;

  constructor(private readonly fn: SyntaxNode) {}

  private prepare(): void {
    if (this.prepared) return;
    // Set first: the passes below ask data() and fromOrm() themselves, of the tables as they grow.
    this.prepared = true;
    const fn = this.fn;
    for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
      const name = p.type === 'identifier' ? p.text : (p.childForFieldName('name') ?? p.namedChild(0))?.text ?? '';
      const type = p.childForFieldName('type')?.text.replace(/\s+/g, '') ?? '';
      if (!name || !type) continue;
      if (DICT_ANNOTATION.test(type)) this.taint.set(name, { from: 'request' });
      else if (/^[A-Z]\w*$/.test(type) && !NOT_SCHEMA.test(type)) this.schemaParams.add(name);
    }
    // Assignments and loops in source order; two passes let a later alias see an earlier one.
    const nodes = fn.descendantsOfType(['assignment', 'for_statement', 'for_in_clause']).sort((a, b) => a.startIndex - b.startIndex);
    for (let pass = 0; pass < 2; pass++) {
      for (const n of nodes) {
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        if (!left || !right) continue;
        if (n.type === 'assignment' && left.type === 'identifier') {
          const t = this.data(right);
          if (t) this.taint.set(left.text, t);
          if (this.fromOrm(right)) this.orm.add(left.text);
          const r = unwrap(right);
          if (calls(r, ONE_ROW)) this.rows.set(left.text, selected(r));
          if (calls(r, MANY_ROWS)) this.rowLists.set(left.text, selected(r));
        } else if (n.type !== 'assignment') {
          // `for row in rows`: a row of a query is a model object.
          if (this.fromOrm(right)) for (const id of left.type === 'identifier' ? [left] : left.descendantsOfType('identifier')) this.orm.add(id.text);
          const over = unwrap(right);
          if (left.type === 'identifier' && over.type === 'identifier' && this.rowLists.has(over.text)) this.rows.set(left.text, this.rowLists.get(over.text)!);
          else if (left.type === 'identifier' && calls(over, MANY_ROWS)) this.rows.set(left.text, selected(over));
        }
      }
    }
  }

  /** Whether an expression is the request's data (or a copy of it), and which kind. */
  data(node: SyntaxNode | null): Taint | null {
    this.prepare();
    if (!node) return null;
    const n = unwrap(node);
    const text = n.text.replace(/\s+/g, '');
    if (REQUEST.test(text.replace(/^await/, 'await ')) || REQUEST.test(text) || JSON_LOADS.test(text)) return { from: 'request' };
    if (n.type === 'identifier') return this.taint.get(n.text) ?? null;
    if (n.type === 'boolean_operator') return this.data(n.childForFieldName('left'));
    if (n.type === 'dictionary' && n.namedChildren.length === 1 && n.namedChild(0)?.type === 'dictionary_splat') return this.data(n.namedChild(0)!.namedChild(0));
    // `{k: v[0] for k, v in raw.items()}` re-keys every item of the request; an allowlist iterates its own names.
    if (n.type === 'dictionary_comprehension') {
      const clauses = n.namedChildren.filter((c) => c.type === 'for_in_clause' || c.type === 'if_clause');
      const over = clauses.length === 1 ? clauses[0]!.childForFieldName('right') : null;
      const items = over?.type === 'call' && lastName(over.childForFieldName('function')) === 'items' ? over.childForFieldName('function')!.childForFieldName('object') : null;
      return items ? this.data(items) : null;
    }
    if (n.type === 'call') {
      const fn = n.childForFieldName('function');
      const args = positional(n);
      if (fn?.type === 'identifier' && fn.text === 'dict' && args.length === 1) return this.data(args[0]!);
      if (fn?.type === 'attribute') {
        const method = lastName(fn);
        const obj = fn.childForFieldName('object');
        if (['copy', 'dict', 'to_dict'].includes(method) && obj) {
          const t = this.data(obj);
          if (t) return t;
        }
        if (['model_dump', 'dict'].includes(method) && obj?.type === 'identifier' && this.schemaParams.has(obj.text)) return { from: 'schema', name: obj.text };
      }
    }
    return null;
  }

  fromOrm(node: SyntaxNode): boolean {
    this.prepare();
    const n = unwrap(node);
    if (n.type === 'identifier') return this.orm.has(n.text) || ORM.test(n.text);
    return ORM.test(n.text.replace(/\s+/g, ' '));
  }

  /** A single row of a query result (`row`, or SQLAlchemy's `row._mapping` of it). */
  rowOf(node: SyntaxNode): { columns: string[] | null } | null {
    this.prepare();
    let n = unwrap(node);
    if (n.type === 'attribute' && lastName(n) === '_mapping') n = n.childForFieldName('object') ?? n;
    return n.type === 'identifier' && this.rows.has(n.text) ? { columns: this.rows.get(n.text)! } : null;
  }

  /** The expression reaches a return: it sits in one, or in an assignment whose variable a return names. */
  returned(node: SyntaxNode): boolean {
    let assigned: string | null = null;
    for (let p: SyntaxNode | null = node; p && p.id !== this.fn.id; p = p.parent) {
      if (p.type === 'return_statement') return true;
      // Falcon answers with what is assigned to resp.media / text; Tornado and http.server write through self.
      if (p.type === 'assignment' && /^resp\.(?:media|text|body|data)$/.test(p.childForFieldName('left')?.text ?? '')) return true;
      if (p.type === 'call' && WRITER.test(p.childForFieldName('function')?.text ?? '')) return true;
      if (p.type === 'assignment' && !assigned) {
        const left = p.childForFieldName('left');
        if (left?.type === 'identifier') assigned = left.text;
      }
    }
    if (!assigned) return false;
    const word = new RegExp(`\\b${assigned}\\b`);
    if (this.fn.descendantsOfType('return_statement').some((r) => word.test(r.text))) return true;
    // http.server and Tornado handlers answer through a writer, not a return.
    return this.fn.descendantsOfType('call').some((c) => WRITER.test(c.childForFieldName('function')?.text ?? '') && positional(c).some((a) => a.type === 'identifier' && a.text === assigned));
  }
}

/** A parameter of the handler the handler never reassigns: what the framework passed in, as it was passed. */
function untouchedParam(fn: SyntaxNode, name: string): boolean {
  const params = fn.childForFieldName('parameters')?.namedChildren ?? [];
  if (!params.some((p) => (p.type === 'identifier' ? p.text : (p.childForFieldName('name') ?? p.namedChild(0))?.text) === name)) return false;
  return !fn.descendantsOfType(['assignment', 'augmented_assignment']).some((a) => a.childForFieldName('left')?.text === name);
}

function spreads(fn: SyntaxNode, flow: Flow, resolve: Resolve | undefined): SpreadEvidence[] {
  const out: SpreadEvidence[] = [];
  const add = (n: SyntaxNode, from: SpreadEvidence['from'], name?: string, target?: string | null) => {
    if (out.length < MAX) out.push({ line: line(n), text: lineText(n), from, ...(name ? { name } : {}), ...(target ? { target } : {}) });
  };
  for (const call of fn.descendantsOfType('call')) {
    const callee = call.childForFieldName('function');
    const method = lastName(callee);
    const args = call.childForFieldName('arguments')?.namedChildren ?? [];
    // Model(**data), Model.objects.create(**data), queryset.update(**data)
    const splat = args.find((a) => a.type === 'dictionary_splat');
    if (splat && (/^[A-Z]/.test(method) || ['create', 'update', 'get_or_create', 'update_or_create', 'values'].includes(method))) {
      const inner = splat.namedChild(0);
      const t = flow.data(inner);
      const target = resolve && callee && /^[A-Z]/.test(method) ? resolve(callee) : null;
      if (t) add(call, t.from, t.name, target);
      else if (inner?.type === 'identifier' && /^(?:data|payload|body|params|fields|values|attrs)$/.test(inner.text)) add(call, 'unknown', untouchedParam(fn, inner.text) ? inner.text : undefined, target);
      continue;
    }
    const pos = positional(call);
    const obj = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
    // A stored record updated with the body, then written back: `device.update(patch); devices.save(id, device)`.
    if (method === 'update' && pos.length === 1 && obj?.type === 'identifier' && !flow.data(obj) && persisted(fn, obj.text, call)) {
      const t = flow.data(pos[0]!);
      if (t) add(call, t.from, t.name);
      continue;
    }
    // query.filter(...).update(data), obj.__dict__.update(data), item.sqlmodel_update(data)
    if (method === 'update' && pos.length === 1 && obj) {
      const onDict = obj.type === 'attribute' && lastName(obj) === '__dict__';
      const onQuery = /\.(?:filter|filter_by|where|objects|query)\b|\bquery\s*\(/.test(obj.text);
      if (onDict || onQuery) {
        const t = flow.data(pos[0]!);
        if (t) add(call, t.from, t.name);
        else if (onDict) add(call, 'unknown');
      }
      continue;
    }
    if (method === 'sqlmodel_update' && pos.length >= 1) {
      const t = flow.data(pos[0]!);
      if (t) add(call, t.from, t.name);
      continue;
    }
    // A form or schema class fed the request: AccountForm(request.POST, …) then form.save(); Schema().load(request.json, instance=…)
    if (resolve && method === 'load' && obj?.type === 'call' && /^[A-Z]/.test(lastName(obj.childForFieldName('function')))) {
      if (pos[0] && flow.data(pos[0])?.from === 'request') {
        const q = resolve(obj.childForFieldName('function')!);
        if (q) add(call, 'form', q);
      }
      continue;
    }
    if (resolve && callee && /^[A-Z]\w*(?:Form|FormSet)$/.test(method)) {
      const fed = pos[0] ?? kwarg(call, 'data');
      if (!fed || flow.data(fed)?.from !== 'request') continue;
      const holder = call.parent?.type === 'assignment' ? call.parent.childForFieldName('left') : null;
      if (holder?.type !== 'identifier' || !new RegExp(`\\b${holder.text}\\.save\\s*\\(`).test(fn.text)) continue;
      const q = resolve(callee);
      if (q) add(call, 'form', q);
    }
  }
  // SQL whose SET or column list is built from the body's keys: every key the client sends becomes a column written.
  for (const str of fn.descendantsOfType('string')) {
    if (!WRITE_SQL.test(str.text)) continue;
    for (const part of str.descendantsOfType('interpolation')) {
      const e = part.namedChild(0);
      if (e && keysOfRequest(fn, flow, e)) add(str, 'request');
    }
  }
  // A MongoDB update `{"$set": body}` writes every key of the body into the document.
  for (const pair of fn.descendantsOfType('pair')) {
    if (!/^['"]\$set['"]$/.test(pair.childForFieldName('key')?.text ?? '')) continue;
    const t = flow.data(pair.childForFieldName('value'));
    if (t) add(pair, t.from, t.name);
  }
  // for key, value in data.items(): setattr(obj, key, value)
  for (const loop of fn.descendantsOfType('for_statement')) {
    const left = loop.childForFieldName('left');
    const right = loop.childForFieldName('right');
    const body = loop.childForFieldName('body');
    if (!left || !right || !body) continue;
    const key = left.type === 'identifier' ? left.text : left.namedChild(0)?.type === 'identifier' ? left.namedChild(0)!.text : null;
    if (!key) continue;
    const set = body.descendantsOfType('call').find((c) => c.childForFieldName('function')?.text === 'setattr' && positional(c)[1]?.text === key);
    if (!set) continue;
    const r = unwrap(right);
    const source = r.type === 'call' && ['items', 'keys'].includes(lastName(r.childForFieldName('function'))) ? r.childForFieldName('function')!.childForFieldName('object') : r;
    if (!source) continue;
    const t = flow.data(source);
    if (t) add(set, t.from, t.name);
    // Upper-case names and set operations are allowlists; any other dictionary's origin is not visible.
    else if (source.type === 'identifier' && !/^[A-Z_0-9]+$/.test(source.text) && !/^(?:self|cls)$/.test(source.text)) add(set, 'unknown');
  }
  return out.sort((a, b) => a.line - b.line);
}

const WRITE_SQL = /\bUPDATE\s+\S+\s+SET\b|\bINSERT\s+INTO\b/i;
const PERSIST = /^(?:save|put|store|persist|upsert|insert|insert_one|replace_one)$/;

/** The variable is written back after `after`: handed to a store's save/put/add, or saved itself. */
function persisted(fn: SyntaxNode, name: string, after: SyntaxNode): boolean {
  return fn.descendantsOfType('call').some((c) => {
    if (c.startIndex <= after.startIndex) return false;
    const callee = c.childForFieldName('function');
    if (callee?.type !== 'attribute' || !PERSIST.test(lastName(callee))) return false;
    return callee.childForFieldName('object')?.text === name ? lastName(callee) === 'save' : positional(c).some((a) => a.type === 'identifier' && a.text === name);
  });
}

/** The expression joins the keys of the request's data (`", ".join(f"{k} = ?" for k in body)`), directly or through the variable holding it. */
function keysOfRequest(fn: SyntaxNode, flow: Flow, e: SyntaxNode, depth = 0): boolean {
  const n = unwrap(e);
  if (n.type === 'identifier' && depth < 2) {
    const def = fn.descendantsOfType('assignment').find((a) => a.childForFieldName('left')?.text === n.text);
    const right = def?.childForFieldName('right');
    return !!right && keysOfRequest(fn, flow, right, depth + 1);
  }
  for (const clause of n.descendantsOfType('for_in_clause')) {
    let over = clause.childForFieldName('right') ? unwrap(clause.childForFieldName('right')!) : null;
    if (over?.type === 'call' && over.childForFieldName('function')?.text === 'enumerate') over = positional(over)[0] ?? null;
    if (over?.type === 'call' && ['keys', 'items'].includes(lastName(over.childForFieldName('function')))) over = over.childForFieldName('function')!.childForFieldName('object');
    if (over && flow.data(over)?.from === 'request') return true;
  }
  return false;
}

function exposures(fn: SyntaxNode, flow: Flow, resolve: Resolve | undefined): ExposureEvidence[] {
  const out: ExposureEvidence[] = [];
  const add = (n: SyntaxNode, how: string, orm: boolean, name?: string, columns?: string[] | null) => {
    if (out.length < MAX) out.push({ line: line(n), text: lineText(n), how, returned: flow.returned(n), orm, ...(name ? { name } : {}), ...(columns ? { columns } : {}) });
  };
  for (const call of fn.descendantsOfType('call')) {
    const callee = call.childForFieldName('function');
    const method = lastName(callee);
    const pos = positional(call);
    const obj = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
    if (method === 'model_to_dict' && pos[0] && !kwarg(call, 'fields')) add(call, 'model_to_dict', flow.fromOrm(pos[0]));
    else if (callee?.type === 'identifier' && callee.text === 'dict' && pos.length === 1 && call.childForFieldName('arguments')!.namedChildren.length === 1 && flow.rowOf(pos[0]!)) add(call, 'dict(row)', true, undefined, flow.rowOf(pos[0]!)!.columns);
    else if (callee?.text === 'vars' && pos.length === 1 && !SKIP_VARS.has(unwrap(pos[0]!).text)) add(call, 'vars', flow.fromOrm(pos[0]!));
    else if (method === 'values' && pos.length === 0 && obj && /\.objects\b|\.(?:filter|all|exclude|order_by|select_related|prefetch_related)\s*\(/.test(obj.text)) add(call, 'values()', true);
    else if (callee?.text === 'serializers.serialize' && pos.length >= 2 && !kwarg(call, 'fields')) add(call, 'serialize', flow.fromOrm(pos[1]!));
    else if (method === 'jsonable_encoder' && pos[0] && !kwarg(call, 'include') && flow.fromOrm(pos[0])) add(call, 'jsonable_encoder', true);
    else if (resolve && method === 'dump' && obj?.type === 'call' && /^[A-Z]/.test(lastName(obj.childForFieldName('function'))) && !kwarg(obj, 'only')) {
      const q = resolve(obj.childForFieldName('function')!);
      if (q) add(call, 'schema', true, q);
    } else if (resolve && callee && pos.length === 1 && /^(?:to_dict|as_dict|serialize|dictify|row_to_dict|model_dict|obj_to_dict)$/.test(method) && callee.type === 'identifier') {
      // A helper of the project's: the rule reads what it does.
      const q = resolve(callee);
      if (q) add(call, 'helper', flow.fromOrm(pos[0]!), q);
    }
  }
  for (const attr of fn.descendantsOfType('attribute')) {
    const name = lastName(attr);
    const obj = attr.childForFieldName('object');
    if (!obj) continue;
    if (name === '__dict__') {
      // obj.__dict__.update(...) writes, it does not answer.
      if (attr.parent?.type === 'attribute' && lastName(attr.parent) === 'update') continue;
      if (SKIP_VARS.has(obj.text)) continue;
      add(attr, '__dict__', flow.fromOrm(obj));
    } else if ((name === 'columns' || name === 'c') && obj.type === 'attribute' && lastName(obj) === '__table__') add(attr, 'columns', true);
    else if ((name === 'column_attrs' || name === 'columns' || name === 'attrs') && obj.type === 'attribute' && lastName(obj) === '__mapper__') add(attr, 'columns', true);
  }
  // return order (an ORM object handed to the framework's encoder).
  for (const ret of fn.descendantsOfType('return_statement')) {
    const v = ret.namedChild(0);
    if (!v) continue;
    const u = unwrap(v);
    if ((u.type === 'identifier' && flow.fromOrm(u) && !SKIP_VARS.has(u.text)) || (u.type === 'call' && /\.(?:first|one|one_or_none|all|scalar_one|scalar_one_or_none|get)\s*\(\s*\w*\s*\)$/.test(u.text) && ORM.test(u.text))) add(ret, 'orm-return', true);
  }
  return out.sort((a, b) => a.line - b.line);
}

export function modelFlow(fn: SyntaxNode, resolve?: Resolve): ModelFlow {
  const flow = new Flow(fn);
  return { spreads: spreads(fn, flow, resolve), exposures: exposures(fn, flow, resolve) };
}
