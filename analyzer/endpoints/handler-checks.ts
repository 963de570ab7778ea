// What a function's body does that matters for access control, read in the worker from its text:
// whether it checks who is calling and turns them away, whether it checks roles or permissions,
// writes to storage, fetches an object by id, filters by the current user, spreads request data
// into a model or returns internals. The inventory and the access-control rules weigh these;
// each is a plain fact with the line it was seen on, never a verdict.
import type { SyntaxNode } from '../rule.js';
import { modelFlow, type ExposureEvidence, type SpreadEvidence } from './model-flow.js';
import { mentions, namesAssignedFrom, storeFetches, storeHandoff, storeReadsAll, storeWrite } from './store-calls.js';

export type { ExposureEvidence, SpreadEvidence } from './model-flow.js';

export interface Evidence {
  line: number;
  text: string;
}

/** A model object fetched by an id: where, the whole statement (its filters), and the model named. */
export interface FetchEvidence extends Evidence {
  /** The statement the fetch is part of, whitespace folded (its filters span lines). */
  statement: string;
  /** The model class named in the fetch, when it names one (the store object or SQL table for `via` store / sql). */
  model: string | null;
  /** Not through an ORM: a method of an imported store object, or raw SQL (store-calls.ts). */
  via?: 'store' | 'sql';
  /** For `via` fetches: a request-derived value the lookup uses (`note_id`, `match.group(1)`), else null. */
  client?: string | null;
  /** For `via` fetches: an owner, user or tenant column or argument scopes the lookup. */
  scoped?: boolean;
  /** The fetch is the framework's own (a generic detail view looking up the URL's pk). */
  implicit?: boolean;
}

/** A call of a plain function by name: `cancel_subscription(current_user, int(request.json["id"]))`. */
export interface CallEvidence extends Evidence {
  q: string;
  /** The arguments' text, whitespace folded. */
  args: string;
}

export interface HandlerChecks {
  /** Reads the caller's identity: the user, the session, an Authorization header or token. */
  identity: boolean;
  /** Turns a caller away: raise, abort, redirect, a 401/403 response. */
  rejects: boolean;
  /** Checks a role or flag: is_staff, is_superuser, is_admin, roles. */
  role: boolean;
  /** Checks a permission: has_perm, has_permission, check_permission. */
  perm: boolean;
  /** An object-level check: has_object_permission, check_object_permissions, get_object(). */
  objectCheck: boolean;
  /** Reads or filters by the current user (request.user, current_user, owner=…). */
  userScoped: boolean;
  /** A write to storage (save, delete, create, update, commit). */
  writes: Evidence | null;
  /** Request data handed to a write- or action-named method of an imported store object (never a read such as `STORE.get_index`): a write when the HTTP method is state-changing. */
  handsToStore?: Evidence | null;
  /** Deletes files or runs a system command (`shutil.rmtree(…)`, `subprocess.run(["systemctl", "restart", …])`): an act on the host, a write when the HTTP method is state-changing. */
  systemEffect?: Evidence | null;
  /** SQL that changes rows run on a DB-API connection (`db.execute("UPDATE …")`): a write, though no model says whose rows. */
  sqlWrites?: Evidence | null;
  /** A model object fetched by an id (objects.get(pk=…), get_object_or_404, session.get, query.get). */
  objectFetch: FetchEvidence | null;
  /** Every such fetch (the first few), in order. */
  objectFetches?: FetchEvidence[];
  /** An `if` comparing an object's owner, user or tenant with the caller whose branch turns the caller away. */
  ownerGate?: Evidence | null;
  /** Data written onto a model wholesale (Model(**request.json), query.update(body), setattr over the body's keys, a ModelForm fed the request). */
  spreads: SpreadEvidence[];
  /** Whole objects put into the response (model_to_dict, __dict__, vars(obj), .values(), an auto schema's dump, an ORM object returned). */
  exposures: ExposureEvidence[];
  /** A traceback or exception text put into the response. */
  traceback: Evidence | null;
  /** An `if` on the caller's identity or role whose branch turns the caller away: the handler guards itself. */
  gate: (Evidence & { role: boolean }) | null;
  /** An `if` that sends signed-in callers away (a login view's redirect of users already signed in): the opposite of a guard. */
  signedInAway?: Evidence | null;
  /** Returns or builds an HTTP response (render, redirect, HttpResponse, JsonResponse, Response …): what a view does. */
  responds: boolean;
  /** Goes through the view's own queryset (self.get_object / get_queryset, or the generic action via super()). */
  usesQueryset: boolean;
  /** Verifies a signature, HMAC or shared secret of the request (a webhook that authenticates its sender). */
  verifiesSender: boolean;
  /** Changes another account's standing: staff/superuser/active flags, roles, groups, permissions, or the user table itself. */
  privilegedEffect?: Evidence | null;
  /** Records the caller as the one who approved or authorised an object (`approved_by = request.user`): a step of an approval workflow. */
  approves?: Evidence | null;
  /** Reads a model's records with nothing naming the caller (`Invoice.objects.values(...)`, `Order.query.all()`): every user's data. */
  readsAll?: Evidence | null;
  /** Checks a credential the caller sends: authenticate(), login(), check_password, a password hash's or TOTP's verify, compare_digest of a code. */
  authenticates?: Evidence | null;
  /**
   * Answers through oauthlib's revocation or introspection endpoint (`self.create_revocation_response(request)`),
   * which authenticates the OAuth client by its generated secret before it looks at the (random) token.
   */
  clientAuthenticated?: Evidence | null;
  /** Counts failed attempts and refuses past a limit (`user.failures += 1` … `if failures >= 5: abort(429)`): a hand-written lockout. */
  countsFailures?: Evidence | null;
  /** Project-level functions the handler calls by name (a service or repository helper), qualified, with the call's text: the first few. */
  calls?: CallEvidence[];
  /**
   * Paths a middleware or hook lets through before it checks anyone (`if req.path in PUBLIC_ROUTES:
   * return`): a literal path, or the qualified name of a collection of them.
   */
  openPaths?: Array<{ path: string; prefix: boolean } | { ref: string }>;
  /** HTTP methods the body tests for (`request.method == "POST"`) or reads the data of (request.POST). */
  methods: string[];
}

const IDENTITY = /\bis_authenticated\b|\bis_anonymous\b|\bcurrent_user\b|\bsession\s*(?:\[|\.get\s*\()|\bauthorization\b|\bget_jwt_identity\b|\bverify_jwt_in_request\b|\bapi_key\b|\bx-api-key\b|\brequest\.user\b|\bg\.user\b|\bcurrent_identity\b|\bHTTP_(?:AUTHORIZATION|COOKIE)\b|\bget_(?:signed_|secure_)?cookie\s*\(|\b(?:request|req)\.auth\b|\bcheck_authorized\s*\(|\bauthorized_userid\s*\(|\b(?:req|request)\.context(?:\.user\b|(?:\.get\(\s*|\[\s*)['"]user['"])|\binfo\.context(?:\.user\b|\[\s*['"]user['"]|\.request\.user\b|\[\s*['"]request['"]\s*\]\.user\b)|\brequest\[\s*['"]user(?:_id)?['"]\s*\]/i;
const REJECTS = /\braise\b|\babort\s*\(|\bredirect\s*\(|\bredirect_to_login\s*\(|\b40[13]\b|HttpResponseForbidden|PermissionDenied|HTTPException|Unauthorized|Forbidden|NotAuthenticated|unauthorized\s*\(/;
export const ROLE = /\bis_staff\b|\bis_superuser\b|\bis_admin\b|\bhas_role\b|\b(?:claims|get_jwt\(\)|jwt\w*|token\w*|payload|identity)\s*(?:\.get\(\s*|\[\s*)['"]roles?['"]|\broles?\b\s*(?:==|!=|\bin\b|\[|\.)|\.role\b|(?<!def )\badmin_required\b|\bsession\s*(?:\[|\.get\s*\()\s*['"](?:is_)?(?:staff|admin|superuser|moderator)s?(?:_id)?['"](?!\s*\]\s*=(?!=))/;
// Held by every ROLE match (`is_staff` holds `staff`, `has_role` `role`); blanking posted roles only turns text into spaces.
export const ROLE_NEEDS = /role|admin|staff|superuser|moderator/;
const PERM = /\bhas_perms?\s*\(|(?<!def )\bhas_permission\s*\(|\bcheck_permissions?\s*\(|\bpermission_required\b|['"][\w:.-]+['"]\s+(?:not\s+)?in\s+[^\n]*\b(?:permissions|perms|scopes|groups)\b|\bif\s+(?:not\s+)?\w+\s+(?:not\s+)?in\s+[\w.]*\b(?:permissions|perms|scopes)\b/;
const OBJECT_CHECK = /(?<!def )\bhas_object_permission\s*\(|\bcheck_object_permissions\s*\(|\bself\.get_object\s*\(/;
const USER_SCOPED = /\b(?:request|self\.request)\.user\b|\bcurrent_user\b|\bg\.user\b|\bget_jwt_identity\s*\(|\b(?:owner|user|author|created_by|tenant|account)(?:_id)?\s*=\s*(?:request|self\.request|current_user|g|user)\b/;

export const WRITES = /\.(?:save|delete|bulk_create|bulk_update|get_or_create|update_or_create|commit|insert_one|insert_many|update_one|update_many|delete_one|delete_many|replace_one)\s*\(|\.objects(?:\.\w+\([^)]*\))*\.(?:create|update|delete)\s*\(|\bdb\.session\.(?:add|delete|merge)\s*\(|\bsession\.(?:add|delete|merge)\s*\(|\b(?:cache|store|storage|redis|\w+_store|\w+_cache|\w+_storage)\.(?:set|set_many|clear|delete|delete_many|purge|flush|put|remove|incr|decr)\s*\(|\.purge\s*\(/;
/** A DB-API cursor or connection running SQL that changes rows: `db.execute(f"UPDATE pages SET …")`. */
// Held by every WRITES match: the literal parts of its alternatives without the `\b\w+_` prefixes that make it slow.
export const WRITES_NEEDS = /\.(?:save|delete|bulk_|get_or_create|update_|commit|insert_|replace_one|objects|purge)|session\.|cache|stor|redis/;
const SQL_WRITE = /\.(?:execute|executemany|executescript)\s*\(\s*[fbrFBR]{0,2}(?:'{3}|"{3}|'|")\s*(?:INSERT|UPDATE|DELETE|REPLACE|MERGE|UPSERT)\b/i;
// A session may be made inline (`Session().get(Invoice, id)`); SQLAlchemy Core tables are lower-case and keyed by `table.c.id`.
export const OBJECT_FETCH = /\.objects(?:\.\w+\([^()]*\))*\.(?:get|filter)\s*\(\s*(?:pk|id|\w+_id|uuid|slug)(?:__exact)?\s*=|\bget_object_or_404\s*\(\s*[\w.()]+\s*,\s*(?:pk|id|\w+_id|uuid|slug)\s*=|\b(?:session|db|\w+_session|db\.session|\w*[Ss]ession\s*\(\s*\))\.get\s*\(\s*[A-Z]\w*\s*,|\.query\.get(?:_or_404)?\s*\(|\b(?:select|delete|update)\s*\(\s*[A-Z]\w*\s*\)\s*\.where\s*\(\s*[A-Z]\w*\.(?:id|pk|uuid)\s*==|\.query\.filter_by\s*\(\s*id\s*=|\b(?:\w+\.(?:select|delete|update)\s*\(\s*\)|(?:select|delete|update)\s*\(\s*[a-z_]\w*\s*\))\s*\.where\s*\(\s*\(?\s*\w+\.c\.(?:id|pk|uuid)\s*==/g
// Held by every OBJECT_FETCH match (the `\w*[Ss]ession` and `\w+\.select` prefixes are what cost).
export const OBJECT_FETCH_NEEDS = /\.objects|get_object_or_404|\.get\s*\(\s*[A-Z]|\.query\.|\.where\s*\(/;
const PRIVILEGED_EFFECT = /\b(?:is_staff|is_superuser|is_active|is_admin|role|roles|is_banned|banned|is_suspended|suspended)\s*=(?!=)|\.groups\.(?:add|set|remove|clear)\s*\(|\.user_permissions\.(?:add|set|remove|clear)\s*\(|(?:get_user_model\(\)|\bUser)\.objects(?:\.\w+\([^()]*\))*\.(?:update|delete)\s*\(/;
const CALLER_VALUE = String.raw`(?:request\.user|self\.request\.user|current_user|g\.user|user)\b`;
const APPROVES = new RegExp(String.raw`\b(?:approved|authori[sz]ed|signed_off)_by(?:_id)?\s*=(?!=)\s*` + CALLER_VALUE + String.raw`|\bapprover(?:_id)?\s*=(?!=)\s*` + CALLER_VALUE);
const READS_ALL = /\b[A-Z]\w*\.objects\.(?:all|values|values_list|annotate|aggregate|order_by)\s*\(|\b[A-Z]\w*\.query\.(?:all|order_by)\s*\(/;
// A command counts when it names an act (`systemctl restart`), never a probe or a read (`nc -z host 80`).
const SYSTEM_EFFECT = /\b(?:shutil\.rmtree|shutil\.move|os\.(?:remove|unlink|rmdir|removedirs|kill))\s*\(|\b(?:os\.system|subprocess\.(?:run|call|check_call|check_output|Popen))\s*\([^\n]*['"\s](?:restart|reload|stop|start|kill|reboot|shutdown|rm|mv|delete|remove|install|uninstall|deploy|migrate|truncate|drop|reset|purge|enable|disable)['"\s]/;
const TRACEBACK = /\btraceback\.format_exc\s*\(|\btraceback\.format_exception\s*\(|\btraceback\.print_exc\s*\(\s*file\s*=/;

// `def login(request):` is no call of login().
const CLIENT_AUTHENTICATED = /\.create_(?:revocation|introspect)_response\s*\(/;
export const AUTHENTICATES = /(?<!def )\b(?:authenticate|authenticate_user|auth_login|login|login_user|log_in|check_password|check_password_hash|verify_password|checkpw|check_credentials|verify_credentials)\s*\(|\.(?:check_password|verify_password|checkpw|authenticate)\s*\(|\b(?:argon2|bcrypt|pbkdf2_sha256|sha256_crypt|pwd|pwd_context|pwd_ctx|password_context|crypt_context|hasher|ph)\.verify\s*\(|\bcompare_digest\s*\([^)\n]*\b(?:code|otp|token|pin|password|secret)\b|\bTOTP\s*\([^)]*\)\s*\.verify\s*\(|(?<!def )\bverify_\w*(?:client|password|credential|otp|totp|code)\w*\s*\(|(?<!def )\b\w*(?:code|otp|totp|pin)_(?:matches|is_valid|valid)\s*\(|(?<!def )\b\w+_with_(?:code|otp|totp|pin)\s*\(|\.(?:code|otp|pin|reset_code|verification_code)\s*(?:!=|==)\s*[\w.]+\.(?:code|otp|pin)\b|\b(?:code|otp|pin|reset_code|verification_code)\s*=\s*(?:request|req)\.(?:data|POST|form|json)\b/i;
/** A failure or attempt counter moved on: `failures += 1`, `redis.incr(key)`, `F("attempts") + 1`, `failures.record(ip)`, a row added to a store of failures (`login_failures.insert_one(...)`, `failed_logins.add(...)`, `attempts.failed(ip)`). */
// Held by every AUTHENTICATES match: a literal piece of each alternative (`\w*code_valid` holds `_valid`).
export const AUTHENTICATES_NEEDS = /auth|login|log_in|checkp|check_password|check_cred|verify|compare_digest|_matches|_valid|_with_|\.(?:code|otp|pin)\b|(?:code|otp|pin)\s*=\s*req/i;
const COUNTS = /\b\w*(?:attempts?|failures?|failed\w*|tries|retries)\s*\+=\s*1\b|\.(?:incr|incrby|increment)\s*\(|\bF\(\s*['"]\w*(?:attempts?|failures?|tries)\w*['"]\s*\)\s*\+\s*1|\b\w*(?:failures?|failed|attempts?)\w*\.(?:record|add|incr|increment|hit|insert|insert_one|append|create|fail|failed|failure)\s*\(/i;
/** …of failures or attempts, with a limit that refuses: a 429, a lock, a comparison of the count. */
const COUNTER_WORD = /attempt|fail|tries|retries|lockout/i;
const COUNTER_LIMIT = /\b429\b|TooManyRequests|too many|\b\w*(?:attempts?|failures?|tries)\w*\b[^\n]*(?:>=|>)\s*\w+|\block(?:ed|out)\w*\b/i;

function countsFailures(text: string, first: number): Evidence | null {
  return COUNTER_WORD.test(text) && COUNTER_LIMIT.test(text) ? find(text, COUNTS, first) : null;
}

const RESPONDS = /\b(?:render|render_to_response|redirect|HttpResponse\w*|JsonResponse|TemplateResponse|FileResponse|StreamingHttpResponse|Response)\s*\(/;

const METHOD_TEST = /\brequest\.method\s*(?:==|!=|\bin\b|\bnot in\b)\s*([[(][^\])]*[\])]|['"]\w+['"])/g;

function methodsTested(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(METHOD_TEST)) for (const q of m[1]!.matchAll(/['"](\w+)['"]/g)) out.add(q[1]!.toUpperCase());
  if (/\brequest\.(?:POST|FILES)\b/.test(text)) out.add('POST');
  return [...out];
}

const GATE_CONDITION = /\bis_authenticated\b|\bis_anonymous\b|\bis_staff\b|\bis_superuser\b|\bis_admin\b|\bhas_perms?\s*\(|\bcurrent_user\b|^\s*not\s+(?:request|self\.request)\.user\s*$|\bsession\s*(?:\[|\.get\s*\()\s*['"](?:user|user_id|uid|logged_in|authenticated)['"]/;
const GATE_ROLE = /\bis_staff\b|\bis_superuser\b|\bis_admin\b|\bhas_perms?\s*\(|\brole\b/;
/** Turning the caller away, in any framework: raise, abort, or return a redirect or a 401/403 response. A framework adds its own (FrameworkEndpoints.rejects). */
const GATE_REJECT = /^\s*(?:raise\b|return\s+(?:redirect|HttpResponseForbidden|HttpResponseRedirect|redirect_to_login|abort|jsonify\([^)]*\)\s*,\s*40[13]|Response\([^)]*40[13]|JSONResponse\([^)]*40[13]|.*\b40[13]\b)|abort\s*\(\s*40[13]|flask\.abort\s*\(\s*40[13])/;
/** A name the handler assigns from who is calling: a user, account, session or token lookup (`user = tokens.verify(auth)`). */
const IDENTITY_SOURCE = /\b(?:cookies?|get_cookie|get_signed_cookie|get_secure_cookie|headers|HTTP_AUTHORIZATION|HTTP_COOKIE|Authorization|get_session|session|token|api_key|authenticate|current_user|request\.user|request\.auth|req\.auth)\b|\b\w*(?:user|account|identity|principal|agent|customer|member|session|token)\w*\s*\(/i;

// `authenticate(request, username=request.POST[...], password=...)` checks credentials the caller posts
// now: that is a login form, which must be open, not a check of who is already calling.
const POSTED_CREDENTIALS = /\bauthenticate\s*\([^]*\b(?:POST|form|json|get_json|data|body|payload)\b/;

/** Names assigned from the caller's identity, aliases followed. */
/** A lookup by what the request's body names (`find_user(request.form["email"])`) finds a record, not the caller. */
const POSTED_LOOKUP = /\b(?:request|req)\.(?:forms?|json|get_json|POST|data|media|body|files)\b|\bawait\s+(?:request|req)\.(?:post|json)\s*\(/;

// Both searches run on every assignment of every function, twice; each needs a word that few
// right-hand sides hold, and a substring test is far cheaper than the expression's scan.
const postsCredentials = (text: string) => text.includes('authenticate') && POSTED_CREDENTIALS.test(text);
const postedLookup = (text: string) => text.includes('req') && POSTED_LOOKUP.test(text);

function identityLocals(fn: SyntaxNode): Set<string> {
  return namesAssignedFrom(
    fn,
    2,
    (right, known) => {
      const text = right.text;
      return !postsCredentials(text) && !postedLookup(text) && (IDENTITY_SOURCE.test(text) || mentions(right, known));
    },
    true,
  );
}

/**
 * `user_for(request.cookies.get("sid")) is None`: a lookup of the caller from the credentials they
 * send, tested in place without a name in between.
 */
const MISSING_LOOKUP = /^\s*(?:not\s+)?[\w.]*(?:user|account|identity|principal|agent|member|customer|session)\w*\s*\((?=[^]*\b(?:cookies?|headers|get_cookie|get_signed_cookie|get_secure_cookie|session|token|authorization|HTTP_AUTHORIZATION|HTTP_COOKIE)\b)[^]*\)(?:\s+is\s+None)?\s*$/i;

/** `user is None`, `not account`, `"user_id" not in session` on a name that holds the caller's identity. */
function missingIdentity(cond: string, locals: ReadonlySet<string>): boolean {
  if (MISSING_LOOKUP.test(cond) && !POSTED_CREDENTIALS.test(cond)) return true;
  // Every alternative spells the name out: no regexp for a name the condition does not hold.
  for (const name of locals) if (cond.includes(name) && compiledFor(MISSING, name, missingRegExp).test(cond)) return true;
  return false;
}

const MISSING = new Map<string, RegExp>();
const missingRegExp = (n: string) => new RegExp(`^\\s*(?:not\\s+${n}|${n}\\s+is\\s+None|${n}\\s*==\\s*None)\\s*(?:$|\\bor\\b)|\\bnot\\s+in\\s+${n}\\s*$`);

// `if self.redirect_authenticated_user and request.user.is_authenticated: return redirect(…)` (Django's
// LoginView) sends signed-in callers on: the branch runs for them, so it guards nothing.
const SIGNED_IN_ONLY = /^(?![\s\S]*\bnot\b)(?![\s\S]*(?:==|\bis\b)\s*False)(?![\s\S]*\b(?:is_anonymous|is_staff|is_superuser|is_admin|has_perms?|role)\b)[\s\S]*\bis_authenticated\b/;

function signedInAwayOf(fn: SyntaxNode, rejects: readonly RegExp[]): Evidence | null {
  for (const stmt of fn.descendantsOfType('if_statement')) {
    const cond = stmt.childForFieldName('condition');
    const body = stmt.childForFieldName('consequence');
    if (!cond || !body || !SIGNED_IN_ONLY.test(cond.text)) continue;
    const lines = body.namedChildren.filter((c) => c.type !== 'comment').map((c) => c.text.replace(/\s+/g, ' '));
    if (lines.some((l) => GATE_REJECT.test(l) || rejects.some((r) => r.test(l)))) return { line: stmt.startPosition.row + 1, text: cond.text.slice(0, 200) };
  }
  return null;
}

/** `identity()`: the function's identity locals, read on the first condition that needs them (many handlers test nothing about the caller). */
function gateOf(fn: SyntaxNode, rejects: readonly RegExp[], identity: () => Set<string>): HandlerChecks['gate'] {
  for (const stmt of fn.descendantsOfType('if_statement')) {
    const cond = stmt.childForFieldName('condition');
    const body = stmt.childForFieldName('consequence');
    if (!cond || !body || SIGNED_IN_ONLY.test(cond.text) || !(GATE_CONDITION.test(cond.text) || missingIdentity(cond.text, identity()))) continue;
    const first = body.namedChildren.find((c) => c.type !== 'comment');
    const lines = body.namedChildren.filter((c) => c.type !== 'comment').map((c) => c.text.replace(/\s+/g, ' '));
    // `return HttpResponse("…",\n    status=403)`: a statement spans lines.
    const own = !GATE_CONDITION.test(cond.text);
    // A lookup that finds nothing (404) is not a caller turned away.
    const turnsAway = (l: string) => (GATE_REJECT.test(l) || rejects.some((r) => r.test(l))) && !(own && /\b404\b|NotFound|Http404/.test(l));
    if (first && lines.some(turnsAway)) return { line: stmt.startPosition.row + 1, text: cond.text.slice(0, 200), role: GATE_ROLE.test(cond.text) };
  }
  return null;
}

const PATH_TEST = /^\s*(?:req|request|self\.request)\.(?:path|path_info|url\.path|relative_url)\s*(==|in|\.startswith\s*\()\s*(.+?)\)?\s*$/;

/** `if req.path == "/health": return` — the paths let through unchecked (a middleware's public routes). */
function openPathsOf(fn: SyntaxNode, resolve?: (n: SyntaxNode) => string | null): NonNullable<HandlerChecks['openPaths']> {
  const out: NonNullable<HandlerChecks['openPaths']> = [];
  for (const stmt of fn.descendantsOfType('if_statement')) {
    const cond = stmt.childForFieldName('condition');
    const first = stmt.childForFieldName('consequence')?.namedChildren.find((c) => c.type !== 'comment');
    const m = cond ? PATH_TEST.exec(cond.text) : null;
    if (!m || first?.type !== 'return_statement') continue;
    const prefix = m[1] !== '==' && m[1] !== 'in';
    const literals = [...m[2]!.matchAll(/["']([^"']*)["']/g)].map((x) => x[1]!);
    if (literals.length > 0) for (const path of literals) out.push({ path, prefix });
    else if (/^\w+$/.test(m[2]!.trim()) && resolve) {
      const ref = resolve(cond!.descendantsOfType('identifier').find((i) => i.text === m[2]!.trim())!);
      if (ref && !ref.startsWith('local:')) out.push({ ref });
    }
  }
  return out;
}

/** Who owns what: a comparison with the caller that sends them away. */
const OWNER_CONDITION = /(?:!=|\bis not\b|\bnot in\b|==)[^\n]*\b(?:request\.user|self\.request\.user|current_user|g\.user|user|member|customer|principal)\b|\b(?:request\.user|self\.request\.user|current_user|g\.user|user|member|customer|principal)\b[\w.]*\s*(?:!=|\bis not\b|\bnot in\b)/;
const CALLER = /\b(?:request\.user|self\.request\.user|request\.tenant|self\.request\.tenant|current_user|g\.user|user\.(?:id|pk|account_id|tenant_id)|user_id\s*=\s*user|member\.\w*id|customer\.id|principal\.\w+)\b|\bget_jwt_identity\s*\(|\b(?:owner|user|author|customer|holder|tenant|account|member|recipient|created_by|seller|requester)(?:_id|__\w+)?\s*=\s*(?:request|self\.request|current_user|g|user|member|customer)\b|\b\w+\s*=\s*token_info\s*(?:\[|\.get\s*\()|\binfo\.context(?:\.user|\[\s*['"]request['"]\s*\]\.user|\.request\.user)\b/;

/** A comparison with a name the handler assigned from who is calling (`invoice.account_id != account.id`). */
function comparesWithCaller(cond: string, callers: ReadonlySet<string>): boolean {
  // Both alternatives spell the name out (a name is `x` or `self.x`, escaped whole): no regexp without it.
  for (const name of callers) if (cond.includes(name) && compiledFor(COMPARISONS, name, comparisonRegExp).test(cond)) return true;
  return false;
}

const COMPARISONS = new Map<string, RegExp>();
const comparisonRegExp = (n: string) => new RegExp(`(?:!=|\\bis not\\b|\\bnot in\\b)\\s*${n}|${n}[\\w.]*\\s*(?:!=|\\bis not\\b)\\s*(?!None\\b)\\w`);
const MAX_COMPILED = 2000;

/**
 * The regexp of a test on one identity name (`user`, `self.account`): the same few names come back in
 * every handler of a project, so each is compiled once per table.
 */
function compiledFor(table: Map<string, RegExp>, name: string, build: (escaped: string) => RegExp): RegExp {
  let re = table.get(name);
  if (!re) {
    re = build(`\\b${name.replace('.', '\\.')}\\b`);
    // A file of thousands of distinct names must not grow the table without end.
    if (table.size >= MAX_COMPILED) table.clear();
    table.set(name, re);
  }
  return re;
}

function ownerGateOf(fn: SyntaxNode, rejects: readonly RegExp[], identity: () => Set<string>): Evidence | null {
  for (const stmt of fn.descendantsOfType('if_statement')) {
    const cond = stmt.childForFieldName('condition');
    const body = stmt.childForFieldName('consequence');
    if (!cond || !body || !(OWNER_CONDITION.test(cond.text) || comparesWithCaller(cond.text, identity()))) continue;
    // Another's object is answered 404 as often as 403: the framework's rejects count with either.
    const frameworkReject = (t: string) => rejects.some((r) => r.test(t) || r.test(t.replace(/\b404\b/, '403')));
    if (body.namedChildren.some((c) => /^\s*(?:raise\b|abort\s*\(|return\b[^\n]*\b40[134]\b|return\s+(?:HttpResponseForbidden|HttpResponseNotFound)|return\s+redirect)/.test(c.text) || frameworkReject(c.text))) return { line: stmt.startPosition.row + 1, text: cond.text.slice(0, 200) };
  }
  return null;
}

function statementAt(fn: SyntaxNode, offset: number): string {
  // The innermost statement holding the offset (its filters may span lines).
  const at = fn.startIndex + offset;
  let node: SyntaxNode = fn;
  let stmt: SyntaxNode | null = null;
  for (let depth = 0; depth < 64; depth++) {
    const next = node.namedChildren.find((c) => c.startIndex <= at && at < c.endIndex);
    if (!next) break;
    if (next.type === 'expression_statement' || next.type === 'return_statement') stmt = next;
    node = next;
  }
  return (stmt?.text ?? '').replace(/\s+/g, ' ').slice(0, 600);
}

function fetches(fn: SyntaxNode, text: string, firstLine: number): FetchEvidence[] {
  const out: FetchEvidence[] = [];
  if (!OBJECT_FETCH_NEEDS.test(text)) return out;
  for (const m of text.matchAll(OBJECT_FETCH)) {
    if (out.length >= 5) break;
    const lineIdx = text.slice(0, m.index).split('\n').length - 1;
    // Offsets are bytes in the tree and UTF-16 units here: check the statement really holds the match.
    const found = statementAt(fn, m.index!);
    const statement = found.includes(m[0].replace(/\s+/g, ' ').slice(0, 12)) ? found : text.split('\n')[lineIdx]!.trim();
    const model = /\b([A-Z]\w*)\s*(?:\.objects\b|\.query\b|\)\s*\.where|,)/.exec(m[0]) ?? /\b([A-Z]\w*)\.(?:objects|query)\b/.exec(statement) ?? /\b(\w+)\.c\.\w+\s*==/.exec(m[0]);
    out.push({ line: firstLine + lineIdx, text: text.split('\n')[lineIdx]!.trim().slice(0, 200), statement, model: model?.[1] ?? null });
  }
  return out;
}

/** True when a fetch's own filters name the caller (owner=request.user, Model.owner_id == user.id). */
export function fetchScoped(f: FetchEvidence): boolean {
  return CALLER.test(f.statement);
}

/** find() behind a cheap test that every match of `re` passes: most functions fail it and skip `re`. */
function findNeeding(body: string, needs: RegExp, re: RegExp, firstLine: number): Evidence | null {
  return needs.test(body) ? find(body, re, firstLine) : null;
}

function find(body: string, re: RegExp, firstLine: number): Evidence | null {
  const m = re.exec(body);
  if (!m) return null;
  const before = body.slice(0, m.index);
  const lineIdx = before.split('\n').length - 1;
  const text = body.split('\n')[lineIdx]!.trim().slice(0, 200);
  return { line: firstLine + lineIdx, text };
}

/** Comments and docstrings say nothing about what runs. */
function codeText(fn: SyntaxNode): string {
  const text = fn.text;
  const start = fn.startIndex;
  const blanks: Array<[number, number]> = [];
  for (const n of fn.descendantsOfType(['comment', 'expression_statement'])) {
    if (n.type === 'comment' || (n.namedChildCount === 1 && n.namedChild(0)?.type === 'string')) blanks.push([n.startIndex - start, n.endIndex - start]);
  }
  if (blanks.length === 0) return text;
  // The spans are disjoint and in source order: one pass of pieces, not a copy of the text per span.
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of blanks) {
    parts.push(text.slice(at, a), text.slice(a, b).replace(/[^\n]/g, ' '));
    at = b;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * `payload["role"]` where payload is the request's body is the role being handed out, not the
 * caller's: a role-change endpoint reading it checks nobody.
 */
function withoutPostedRoles(fn: SyntaxNode, text: string): string {
  // Both blankings need a quoted role key: without one the text stays as it is, and the names need not be read.
  if (!/['"]roles?['"]/.test(text)) return text;
  const posted = namesAssignedFrom(fn, 2, (right, known) => postedLookup(right.text) || mentions(right, known));
  let out = text.replace(/\b(?:request|req)\.(?:json|form|data|POST|media)\s*(?:\[\s*|\.get\(\s*)['"]roles?['"]/g, (m) => ' '.repeat(m.length));
  for (const name of posted) out = out.replace(new RegExp(String.raw`\b${name}\s*(?:\[\s*|\.get\(\s*)['"]roles?['"]`, 'g'), (m) => ' '.repeat(m.length));
  return out;
}

/** `resolve` qualifies a name the handler uses (a form or schema class), where the file's imports are known. */
/**
 * `rejects`: what the file's frameworks answer a caller they turn away with, besides raise / abort /
 * a 401 or 403 response (Tornado's `self.send_error(403)`, WSGI's `start_response("401 …")`).
 */
export function handlerChecks(fn: SyntaxNode, resolve?: (n: SyntaxNode) => string | null, rejects: readonly RegExp[] = []): HandlerChecks {
  const text = codeText(fn);
  const first = fn.startPosition.row + 1;
  const viaStores: FetchEvidence[] = resolve ? storeFetches(fn, text, first, resolve) : [];
  const objectFetches = [...fetches(fn, text, first), ...viaStores].slice(0, 8);
  // The owner and caller gates share one reading of who the handler's locals say is calling.
  let locals: Set<string> | undefined;
  const identity = () => (locals ??= identityLocals(fn));
  const userScoped = USER_SCOPED.test(text);
  // The signature's own text (parameter names, defaults) counts for identity: `authorization: str = Header()`.
  return {
    identity: IDENTITY.test(text),
    rejects: REJECTS.test(text) || rejects.some((r) => r.test(text)),
    role: ROLE_NEEDS.test(text) && ROLE.test(withoutPostedRoles(fn, text)),
    perm: PERM.test(text),
    objectCheck: OBJECT_CHECK.test(text),
    userScoped,
    writes: findNeeding(text, WRITES_NEEDS, WRITES, first) ?? (resolve ? storeWrite(fn, resolve) : null),
    sqlWrites: find(text, SQL_WRITE, first),
    systemEffect: find(text, SYSTEM_EFFECT, first),
    handsToStore: resolve ? storeHandoff(fn, resolve) : null,
    objectFetch: objectFetches[0] ?? null,
    privilegedEffect: ((ev) => (ev && !/\b(?:request\.user|current_user|g\.user)\b/.test(ev.text) ? ev : null))(find(text, PRIVILEGED_EFFECT, first)),
    objectFetches,
    approves: find(text, APPROVES, first),
    readsAll: userScoped ? null : find(text, READS_ALL, first) ?? (resolve ? storeReadsAll(fn, resolve) : null),
    authenticates: findNeeding(text, AUTHENTICATES_NEEDS, AUTHENTICATES, first),
    clientAuthenticated: find(text, CLIENT_AUTHENTICATED, first),
    countsFailures: countsFailures(text, first),
    ownerGate: ownerGateOf(fn, rejects, identity),
    ...modelFlow(fn, resolve),
    ...(resolve ? { calls: callsOf(fn, resolve) } : {}),
    traceback: find(text, TRACEBACK, first),
    methods: methodsTested(text),
    responds: RESPONDS.test(text),
    verifiesSender: /\bhmac\.|\bcompare_digest\s*\(|\bconstruct_event\s*\(|\bverify_\w*signature\w*\s*\(|\bsignature\b|\bWebhook\.construct|\bverify_webhook\w*\s*\(/i.test(text),
    usesQueryset: /\bself\.(?:get_object|get_queryset|filter_queryset)\s*\(|\bsuper\(\s*\)\.\w+\s*\(/.test(text),
    gate: gateOf(fn, rejects, identity),
    signedInAway: signedInAwayOf(fn, rejects),
    openPaths: openPathsOf(fn, resolve),
  };
}

const BUILTIN_CALLS = /^(?:len|int|str|float|bool|dict|list|set|tuple|print|isinstance|getattr|setattr|hasattr|sorted|min|max|sum|any|all|range|enumerate|zip|map|filter|iter|next|open|repr|type|super|vars|abs|round|format)$/;

function callsOf(fn: SyntaxNode, resolve: (n: SyntaxNode) => string | null): CallEvidence[] {
  const out: CallEvidence[] = [];
  for (const call of fn.descendantsOfType('call')) {
    if (out.length >= 12) break;
    const callee = call.childForFieldName('function');
    if (callee?.type !== 'identifier' || BUILTIN_CALLS.test(callee.text) || /^[A-Z]/.test(callee.text)) continue;
    const q = resolve(callee);
    if (!q || q.startsWith('local:')) continue;
    out.push({ q, line: call.startPosition.row + 1, text: call.text.split('\n')[0]!.trim().slice(0, 200), args: (call.childForFieldName('arguments')?.text ?? '').replace(/\s+/g, ' ').slice(0, 300) });
  }
  return out;
}

/** The checks of a handler the framework supplies (a generic view's inherited action), from what its class declares. */
export function genericChecks(found: Partial<HandlerChecks>): HandlerChecks {
  return {
    identity: false, rejects: false, role: false, perm: false, objectCheck: false, userScoped: false, writes: null, objectFetch: null,
    spreads: [], exposures: [], traceback: null, gate: null, methods: [], responds: true, usesQueryset: true, verifiesSender: false, ...found,
  };
}
