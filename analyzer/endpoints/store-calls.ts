// Storage a handler reaches without an ORM: methods of an imported store or repository object
// (`repo.issue(...)`, `reports.load(report_id)`, `orders.delete_one({...})`) and raw SQL run through
// a connection (`conn.execute("SELECT … WHERE id = ?", (note_id,))`). Frameworks without a model
// layer of their own (aiohttp, Falcon, Bottle, Tornado, http.server, WSGI) mostly store this way.
// Each is a plain fact with its line; whether the id comes from the client is said by the names the
// handler derives from the request (`clientLocals`), never guessed from the store's name.
import type { SyntaxNode } from '../rule.js';
import type { FetchEvidence } from './handler-checks.js';

type Resolve = (n: SyntaxNode) => string | null;

/** Libraries and the standard library: their objects' methods are not the project's storage. */
const LIBRARY_ROOT = /^(?:bottle|flask|falcon|tornado|aiohttp|aiohttp_security|aiohttp_session|django|rest_framework|starlette|fastapi|werkzeug|connexion|graphene|strawberry|ariadne|jinja2|os|sys|json|logging|re|subprocess|shutil|time|datetime|http|urllib|hmac|hashlib|secrets|random|functools|itertools|collections|typing|pathlib|io|csv|threading|asyncio|base64|uuid|math|copy|string|struct|socket|email|smtplib|pickle|builtins|ast|shlex|yaml|textwrap|html|xml|lxml|requests|httpx|jwt|bcrypt|passlib|markdown|bleach|pydantic|marshmallow|decimal|fractions|operator|inspect|traceback|warnings|tempfile|glob|zipfile|tarfile|gzip|mimetypes|locale|gettext|unicodedata|ipaddress|platform|signal|queue|heapq|bisect|array|enum|dataclasses|contextlib|abc|numbers|statistics|zlib|binascii|codecs|calendar|zoneinfo|pytz|dateutil|arrow|pendulum)(?:\.|$)/;
/** Method names that change what is stored. */
const WRITE_VERB = /^(?:bulk_)?(?:create|insert|add|set|update|upsert|delete|remove|revoke|grant|change|save|put|issue|enqueue|disable|enable|approve|reject|ban|unban|purge|reset|destroy|drop|store|record|replace|modify|assign|cancel|archive|publish)(?:_\w+)?$/;
/**
 * Verbs that act on what is stored besides WRITE_VERB's (`sensors.calibrate(id, offset=…)`): a handoff
 * counts as a write only when its method is named for one of these or for a write, never for a read
 * (`STORE.get_index(ctx)`, `CarbonLink.get_metadata(metric)`) or a name that says neither.
 */
const ACTION_VERB = /^(?:calibrate|configure|apply|submit|mark|toggle|move|rename|transfer|refund|charge|pay|merge|import|upload|attach|detach|link|unlink|lock|unlock|activate|deactivate|suspend|restore|close|reopen|complete|schedule|trigger|increment|decrement|incr|decr|append|push|write|edit|patch|invite|subscribe|unsubscribe|follow|unfollow|vote|like|book|reserve|expire|invalidate|rotate|clear|flush|sync|register|start|stop|restart|launch|spawn|kill|terminate|run|export|rebuild|reindex|regenerate|recompute|recalculate|reprocess)(?:_\w+)?$/;
/** Methods that log, format or parse what they are handed: no store. */
const PURE_METHOD = /^(?:info|debug|warning|warn|error|exception|critical|log|format|dumps?|loads?|encode|decode|quote|escape|render\w*|validate\w*|parse\w*|compile|match|search|split|join|strip|lower|upper|send|emit|notify)$/;
/** Method names that look one record up. */
const FETCH_VERB = /^(?:get|find|find_one|load|fetch|fetch_one|lookup|by_id|get_by_id|find_by_id|read|retrieve)$/;
/** Request data a handler of any framework reads (path, query, body, headers, match groups). */
const CLIENT_VALUE = /\bparse_qs\s*\(|\bself\.path\b|\burlsplit\s*\(\s*self\.path|\.group\s*\(|\benviron\b|\brequest\.|\breq\.|\bself\.request\b|\bmatch_info\b|\bget_(?:query_|body_)?argument\s*\(|\bget_param\w*\s*\(|\bself\.rfile\b/;
const SQL = /\.(?:execute|fetchrow|fetchone|fetch|fetchval|fetchall|fetch_one|fetch_all|query)\s*\(\s*[rbfu]?(["'])(?:\s*)(SELECT\b[^"']*?\bFROM\s+["`]?(\w+)|UPDATE\s+["`]?(\w+)|DELETE\s+FROM\s+["`]?(\w+))[^"']*?\bWHERE\b([^"']*)\1/gi;
/** The first column a WHERE clause compares is a record's key. */
const ID_COLUMN = /^\s*(?:\w+\.)?(?:id|pk|uuid|guid|slug|\w+_id|\w+_uuid|\w+_number|tracking\w*|reference)\s*=/i;
/** A WHERE clause or a lookup that names an owner-like column scopes the record to someone. */
export const OWNER_COLUMN = /\b(?:owner|user|author|tenant|account|customer|member|holder|created_by|organization|org|requester|recipient|sender|uploader)(?:_id)?\b/i;

function receiver(call: SyntaxNode, resolve: Resolve): { store: string; method: string } | null {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'attribute') return null;
  const obj = fn.childForFieldName('object');
  if (obj?.type !== 'identifier') return null;
  const q = resolve(obj);
  if (!q || q.startsWith('local:') || LIBRARY_ROOT.test(q)) return null;
  return { store: obj.text, method: fn.childForFieldName('attribute')?.text ?? '' };
}

/**
 * The plain names a function assigns from a value `holds` accepts, followed through aliases
 * (`b = a` after `a = …`) for `passes` rounds. `holds` sees the right-hand side and the names
 * found so far.
 */
export function namesAssignedFrom(fn: SyntaxNode, passes: number, holds: (right: SyntaxNode, known: ReadonlySet<string>) => boolean, selfAttributes = false): Set<string> {
  const out = new Set<string>();
  const assigns = fn.descendantsOfType('assignment');
  for (let pass = 0; pass < passes; pass++) {
    for (const a of assigns) {
      const left = a.childForFieldName('left');
      const right = a.childForFieldName('right');
      // `self.account = …` in a hook that runs before the handler (Tornado's prepare) holds a name as well.
      const named = left?.type === 'identifier' || (selfAttributes && left?.type === 'attribute' && /^self\.\w+$/.test(left.text));
      if (!left || !named || !right || out.has(left.text)) continue;
      if (holds(right, out)) out.add(left.text);
    }
  }
  return out;
}

/** Whether an expression mentions one of `names` (a `self.x` name as the attribute). */
export function mentions(expr: SyntaxNode, names: ReadonlySet<string>): boolean {
  // The first pass of namesAssignedFrom asks with no names yet: nothing to look for below.
  if (names.size === 0) return false;
  return expr.descendantsOfType('identifier').some((i) => names.has(i.text)) || expr.descendantsOfType('attribute').some((a) => names.has(a.text));
}

/** Names the handler assigns from request data (`note_id = int(parse_qs(url.query)["id"][0])`), aliases followed. */
export function clientLocals(fn: SyntaxNode): Set<string> {
  return namesAssignedFrom(fn, 3, (right, known) => CLIENT_VALUE.test(right.text) || mentions(right, known));
}

function clientIn(text: string, locals: ReadonlySet<string>): string | null {
  for (const name of locals) if (new RegExp(`\\b${name}\\b`).test(text)) return name;
  const direct = CLIENT_VALUE.exec(text);
  return direct ? direct[0].replace(/[\s(]+$/, '') : null;
}

function statementOf(n: SyntaxNode): SyntaxNode {
  let cur = n;
  for (let i = 0; i < 12 && cur.parent; i++) {
    if (cur.type === 'expression_statement' || cur.type === 'return_statement' || cur.type === 'if_statement') return cur.type === 'if_statement' ? n : cur;
    cur = cur.parent;
  }
  return n;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').slice(0, 600);

/** The first write through an imported store object. */
export function storeWrite(fn: SyntaxNode, resolve: Resolve): { line: number; text: string } | null {
  for (const call of fn.descendantsOfType('call')) {
    const r = receiver(call, resolve);
    if (r && WRITE_VERB.test(r.method)) return { line: call.startPosition.row + 1, text: call.text.split('\n')[0]!.trim().slice(0, 200) };
  }
  return null;
}

/** Methods that hand back every record a store holds. */
const ALL_VERB = /^(?:all|list_all|find_all|get_all|fetch_all|load_all|everything)$/;

/** An imported store asked for every record it holds, with nothing to narrow it (`accounts.all()`). */
export function storeReadsAll(fn: SyntaxNode, resolve: Resolve): { line: number; text: string } | null {
  for (const call of fn.descendantsOfType('call')) {
    const r = receiver(call, resolve);
    if (r && ALL_VERB.test(r.method) && (call.childForFieldName('arguments')?.namedChildCount ?? 0) === 0) return { line: call.startPosition.row + 1, text: call.text.split('\n')[0]!.trim().slice(0, 200) };
  }
  return null;
}

function projectFunction(f: SyntaxNode, resolve: Resolve): boolean {
  const q = resolve(f);
  return !!q && !q.startsWith('local:') && !LIBRARY_ROOT.test(q) && q.includes('.');
}

/** A call of an imported store's write-shaped method handed request data (`sensors.calibrate(sensor_id, offset=body["offset"])`). */
export function storeHandoff(fn: SyntaxNode, resolve: Resolve): { line: number; text: string } | null {
  const locals = clientLocals(fn);
  for (const call of fn.descendantsOfType('call')) {
    const r = receiver(call, resolve);
    const args = call.childForFieldName('arguments');
    if (r && args && (WRITE_VERB.test(r.method) || ACTION_VERB.test(r.method)) && !PURE_METHOD.test(r.method) && !/^_?(?:log|logger|LOG|LOGGER)$/.test(r.store) && clientIn(args.text, locals)) return { line: call.startPosition.row + 1, text: call.text.split('\n')[0]!.trim().slice(0, 200) };
    // An imported project function named for the act (`run_backup(target=request.json[…])`) is the
    // same handoff without a store object in between.
    const f = call.childForFieldName('function');
    if (f?.type === 'identifier' && args && (WRITE_VERB.test(f.text) || ACTION_VERB.test(f.text)) && projectFunction(f, resolve) && clientIn(args.text, locals)) return { line: call.startPosition.row + 1, text: call.text.split('\n')[0]!.trim().slice(0, 200) };
  }
  return null;
}

const KEY = /\b(?:id|pk|uuid|guid|slug)\b|\w_(?:id|uuid)\b/;

/**
 * A write is a lookup when it is keyed by a record's id (`orders.delete_one({"_id": order_id})`,
 * `notes.delete(note_id)`); request data written without a key (`settings.update(open=form["open"])`,
 * `cdn.purge(paths)`) picks no record, and the key of a record the handler already fetched
 * (`tickets.update(ticket.id, …)`) was judged at that fetch.
 */
function writeByKey(args: SyntaxNode, fetched: ReadonlySet<string>): boolean {
  if (!KEY.test(args.text)) return false;
  const first = args.namedChildren.find((c) => c.type !== 'comment');
  const own = first ? /^(\w+)\.(?:id|pk|uuid)$/.exec(first.text) : null;
  return !(own && fetched.has(own[1]!));
}

/** Lookups of one record by a client-supplied value: store gets and raw SQL. */
export function storeFetches(fn: SyntaxNode, text: string, firstLine: number, resolve: Resolve): FetchEvidence[] {
  const locals = clientLocals(fn);
  // Names holding a record fetched through a store object (`ticket = tickets.find(ticket_id)`).
  const fetched = namesAssignedFrom(fn, 1, (right) => {
    const call = right.type === 'await' ? right.namedChild(0) : right;
    const r = call?.type === 'call' ? receiver(call, resolve) : null;
    return !!r && FETCH_VERB.test(r.method);
  });
  const out: FetchEvidence[] = [];
  for (const call of fn.descendantsOfType('call')) {
    if (out.length >= 5) break;
    const r = receiver(call, resolve);
    const args = call.childForFieldName('arguments');
    if (!r || !args || args.namedChildCount === 0) continue;
    const fetch = FETCH_VERB.test(r.method);
    // `orders.delete_one({"_id": int(order_id)})`: a write keyed by the id is a lookup too.
    if (!fetch && !WRITE_VERB.test(r.method)) continue;
    const client = clientIn(args.text, locals);
    if (!fetch && !writeByKey(args, fetched)) continue;
    const stmt = statementOf(call);
    out.push({ line: call.startPosition.row + 1, text: call.text.split('\n')[0]!.trim().slice(0, 200), statement: fold(stmt.text), model: r.store, via: 'store', client, scoped: OWNER_COLUMN.test(args.text) });
  }
  for (const m of text.matchAll(SQL)) {
    if (out.length >= 8) break;
    const where = m[6] ?? '';
    // `WHERE category = ?` filters a listing; only a key column looks one record up.
    if (!ID_COLUMN.test(where)) continue;
    const lineIdx = text.slice(0, m.index).split('\n').length - 1;
    const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 300);
    const argText = rest.slice(0, Math.max(0, rest.indexOf(')') + 1) || rest.length);
    out.push({
      line: firstLine + lineIdx,
      text: text.split('\n')[lineIdx]!.trim().slice(0, 200),
      statement: fold(`${m[0]}${argText}`),
      model: m[3] ?? m[4] ?? m[5] ?? 'table',
      via: 'sql',
      client: clientIn(argText, locals),
      scoped: OWNER_COLUMN.test(where),
    });
  }
  return out;
}
