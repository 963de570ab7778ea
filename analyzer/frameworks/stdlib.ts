// The standard library's part of the taint model: command-line, stdin and environment sources
// (low confidence, off unless asked for), coercions and escaping functions, path normalisation.
import type { CallView, FrameworkModel } from './model.js';
import { FLAG_NORM, FLAG_STRUCT } from '../taint/value.js';

const CRLF = /\\r|\\n|\r|\n/;
/** A class of the control characters (`[\x00-\x1f\x7f]`), CR and LF among them; not a negated one. */
const CONTROL_RANGE = /^\[(?!\^)[^\]]*\\x0?0-\\x(1[fF]|20)/;
/** The pattern matches CR and LF, so substituting it away (with a constant) removes them. */
const matchesCrlf = (pattern: unknown) => CRLF.test(String(pattern ?? '')) || CONTROL_RANGE.test(String(pattern ?? ''));

/**
 * What `re.sub(r"[^a-z0-9-]+", "-", s)` can leave in the string: the negated class's own characters
 * and the replacement's (a slugify). Null when the pattern is not one negated class.
 */
export function keptByNegatedClass(pattern: unknown, repl: unknown): string | null {
  if (typeof pattern !== 'string' || typeof repl !== 'string') return null;
  const m = /^\[\^((?:[^\]\\]|\\.)+)\][+*]?$/.exec(pattern);
  if (!m) return null;
  const body = m[1]!;
  // Code-point escapes (\x41, \u0041, \N{…}) are not read: the class may keep anything.
  if (/\\[xuUN0-7]/.test(body)) return `${repl}\uffff/.\r\n`;
  let kept = repl;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const e = body[++i] ?? '';
      kept += e === 'w' ? 'aA0_' : e === 'd' ? '0' : e === 's' ? ' \t\r\n' : /[A-Za-z]/.test(e) ? '\uffff' : e;
    } else if (body[i + 1] === '-' && body[i + 2] !== undefined && body[i + 2] !== ']') {
      const lo = c.charCodeAt(0);
      const hi = body.charCodeAt(i + 2);
      // A wide range may hold anything: say so rather than list it.
      if (hi - lo >= 128) kept += '\uffff/.\r\n';
      else for (let k = lo; k <= hi; k++) kept += String.fromCharCode(k);
      i += 2;
    } else kept += c;
  }
  return kept;
}

// re.sub(…, count=n) replaces only the first n runs: it cleans nothing.
const keeps = (test: (kept: string) => boolean) => (c: CallView) => {
  if (c.hasArg(3) || c.hasKw('count')) return false;
  const kept = keptByNegatedClass(c.constArg(0), c.constArg(1));
  return kept !== null && test(kept);
};

/** A compiled pattern that is one negated class keeping only letters, digits, `_` and `-`; or no CR/LF. */
const SLUG_REGEX = 'slug-class-regex';
const NO_CRLF_REGEX = 'no-crlf-class-regex';

/** `compiled.sub(repl, s)`: the receiver's class, with the replacement added to what it keeps. */
const compiledKeeps = (kind: string, test: (kept: string) => boolean) => (c: CallView) => {
  if (!c.receiverObjs().includes(kind) || c.hasArg(2) || c.hasKw('count')) return false;
  const repl = c.constArg(0);
  return typeof repl === 'string' && test(repl);
};

export const stdlibModel: FrameworkModel = {
  name: 'stdlib',
  globalSources: {
    'sys.argv': { low: true },
    'os.environ': { low: true },
  },
  callSources: {
    'builtins.input': { low: true },
    'os.getenv': { low: true },
    'os.environ.get': { low: true },
  },
  sanitizers: [
    // Coercions: a number, a UUID or a boolean carries no injection of any kind.
    {
      callees: [
        'builtins.int', 'builtins.float', 'builtins.bool', 'builtins.len', 'builtins.abs', 'builtins.round', 'builtins.hash', 'builtins.ord',
        'builtins.id', 'uuid.UUID', 'decimal.Decimal', 'fractions.Fraction', 'bson.ObjectId', 'bson.objectid.ObjectId',
        'datetime.date.fromisoformat', 'datetime.datetime.fromisoformat', 'datetime.datetime.strptime', 'ipaddress.ip_address',
        'ipaddress.ip_network',
      ],
      kinds: 'all',
    },
    { callees: ['html.escape', 'cgi.escape', 'markupsafe.escape', 'jinja2.escape', 'bleach.clean', 'xml.sax.saxutils.escape'], kinds: ['xss'] },
    { callees: ['urllib.parse.quote', 'urllib.parse.quote_plus', 'urllib.parse.urlencode'], kinds: ['xss', 'header', 'log', 'sql', 'command', 'ldap', 'xpath', 'template'] },
    // urlencode and quote_plus (and quote with safe='') percent-encode '/' and ':': their output can never
    // name another host or scheme, so a redirect or request built from it keeps its destination.
    { callees: ['urllib.parse.urlencode', 'urllib.parse.quote_plus'], kinds: ['redirect', 'ssrf'] },
    { callees: ['urllib.parse.quote'], kinds: ['redirect', 'ssrf'], when: (c) => c.constKw('safe') === '' || c.constArg(1) === '' },
    { callees: ['shlex.quote', 'pipes.quote', 'shlex.join'], kinds: ['command'] },
    // A string: no regex syntax left, and no MongoDB operator object.
    { callees: ['re.escape', 'regex.escape'], kinds: ['regex', 'nosql'] },
    { callees: ['os.path.basename'], kinds: ['path'] },
    // Parsed JSON is attacker-shaped: objects with operators, not only strings.
    { callees: ['json.loads', 'json.load', 'ujson.loads', 'orjson.loads', 'simplejson.loads'], kinds: [], setFlags: FLAG_STRUCT },
    // A dict of query or form parameters: its keys are the client's too (`{"$where": ...}`).
    { methods: ['to_dict'], kinds: [], setFlags: FLAG_STRUCT },
    { callees: ['builtins.dict'], kinds: [], setFlags: FLAG_STRUCT, when: (c) => c.hasArg(0) },
    { callees: ['os.path.realpath', 'os.path.abspath', 'os.path.normpath'], kinds: [], setFlags: FLAG_NORM },
    { methods: ['resolve', 'absolute'], kinds: [], setFlags: FLAG_NORM },
    // `Path(p).stat()`: the file's metadata (sizes, times, modes), never the client's text.
    { methods: ['stat', 'lstat'], kinds: 'all', when: (c) => !c.hasArg(0) },
    { callees: ['ldap.filter.escape_filter_chars', 'ldap3.utils.conv.escape_filter_chars', 'ldap.dn.escape_dn_chars', 'ldap3.utils.dn.escape_rdn'], kinds: ['ldap'] },
    { callees: ['psycopg2.sql.Identifier', 'psycopg2.sql.Literal', 'psycopg.sql.Identifier', 'psycopg.sql.Literal'], kinds: ['sql'] },
    // A value turned into a plain string can no longer carry MongoDB operators.
    { callees: ['builtins.str'], kinds: ['nosql'] },
    { methods: ['replace'], kinds: ['header', 'log'], when: (c) => CRLF.test(String(c.constArg(0) ?? '')) },
    { callees: ['re.sub'], kinds: ['header', 'log'], when: (c) => matchesCrlf(c.constArg(0)) },
    // A slugify: what is left is letters, digits, `_` and `-`, which no injection is made of.
    { callees: ['re.sub'], kinds: 'all', when: keeps((k) => /^[A-Za-z0-9_-]*$/.test(k)) },
    { callees: ['re.sub'], kinds: ['path'], when: keeps((k) => !/[/\\.\uffff]/.test(k)) },
    { callees: ['re.sub'], kinds: ['header', 'log'], when: keeps((k) => !/[\r\n\uffff]/.test(k)) },
    // JSON text escapes CR, LF and every control character.
    { callees: ['json.dumps', 'simplejson.dumps'], kinds: ['header', 'log'] },
    { methods: ['sub'], kinds: ['header', 'log'], when: (c) => c.receiverObjs().includes('crlf-regex') },
    // `UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")` … `UNSAFE.sub("_", s)`: the compiled negated class,
    // judged as re.sub's is once the replacement is known.
    { methods: ['sub'], kinds: 'all', when: compiledKeeps(SLUG_REGEX, (k) => /^[A-Za-z0-9_-]*$/.test(k)) },
    { methods: ['sub'], kinds: ['header', 'log'], when: compiledKeeps(NO_CRLF_REGEX, (k) => !/[\r\n\uffff]/.test(k)) },
  ],
  objects: [
    { callees: ['re.compile'], obj: 'crlf-regex', when: (c) => matchesCrlf(c.constArg(0)) },
    { callees: ['re.compile'], obj: SLUG_REGEX, also: [NO_CRLF_REGEX], when: (c) => /^[A-Za-z0-9_-]*$/.test(keptByNegatedClass(c.constArg(0), '') ?? '\uffff') },
    { callees: ['re.compile'], obj: NO_CRLF_REGEX, when: (c) => !/[\r\n\uffff]/.test(keptByNegatedClass(c.constArg(0), '') ?? '\uffff') },
  ],
  cleanCalls: [
    'builtins.isinstance', 'builtins.type', 'builtins.callable', 'builtins.hasattr', 'os.path.exists', 'os.path.isfile', 'os.path.isdir',
    'os.path.getsize', 'uuid.uuid4', 'uuid.uuid1', 'secrets.token_hex', 'secrets.token_urlsafe', 'time.time', 'datetime.datetime.now',
    'datetime.datetime.utcnow', 'datetime.date.today', 'hmac.compare_digest', 'secrets.compare_digest', 'tempfile.mkdtemp',
    'tempfile.mkstemp', 'os.urandom', 'ast.literal_eval', 'random.randint', 'random.random',
    // File metadata and the type table: numbers, or names from the server's own mime map.
    'os.stat', 'os.lstat', 'os.path.getmtime', 'os.path.getctime', 'os.path.getatime', 'mimetypes.guess_type',
    'mimetypes.guess_extension', 'email.utils.formatdate', 'wsgiref.handlers.format_date_time',
  ],
  noReturn: ['sys.exit', 'builtins.exit', 'os._exit'],
};
