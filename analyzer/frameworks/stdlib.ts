// The standard library's part of the taint model: command-line, stdin and environment sources
// (low confidence, off unless asked for), coercions and escaping functions, path normalisation.
import type { FrameworkModel } from './model.js';
import { FLAG_NORM, FLAG_STRUCT } from '../taint/value.js';

const CRLF = /\\r|\\n|\r|\n/;

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
    { callees: ['shlex.quote', 'pipes.quote'], kinds: ['command'] },
    { callees: ['re.escape', 'regex.escape'], kinds: ['regex'] },
    { callees: ['os.path.basename'], kinds: ['path'] },
    // Parsed JSON is attacker-shaped: objects with operators, not only strings.
    { callees: ['json.loads', 'json.load', 'ujson.loads', 'orjson.loads', 'simplejson.loads'], kinds: [], setFlags: FLAG_STRUCT },
    { callees: ['os.path.realpath', 'os.path.abspath', 'os.path.normpath'], kinds: [], setFlags: FLAG_NORM },
    { methods: ['resolve', 'absolute'], kinds: [], setFlags: FLAG_NORM },
    // `Path(p).stat()`: the file's metadata (sizes, times, modes), never the client's text.
    { methods: ['stat', 'lstat'], kinds: 'all', when: (c) => !c.hasArg(0) },
    { callees: ['ldap.filter.escape_filter_chars', 'ldap3.utils.conv.escape_filter_chars', 'ldap.dn.escape_dn_chars', 'ldap3.utils.dn.escape_rdn'], kinds: ['ldap'] },
    { callees: ['psycopg2.sql.Identifier', 'psycopg2.sql.Literal', 'psycopg.sql.Identifier', 'psycopg.sql.Literal'], kinds: ['sql'] },
    // A value turned into a plain string can no longer carry MongoDB operators.
    { callees: ['builtins.str'], kinds: ['nosql'] },
    { methods: ['replace'], kinds: ['header', 'log'], when: (c) => CRLF.test(String(c.constArg(0) ?? '')) },
    { callees: ['re.sub'], kinds: ['header', 'log'], when: (c) => CRLF.test(String(c.constArg(0) ?? '')) },
    { methods: ['sub'], kinds: ['header', 'log'], when: (c) => c.receiverObjs().includes('crlf-regex') },
  ],
  objects: [{ callees: ['re.compile'], obj: 'crlf-regex', when: (c) => CRLF.test(String(c.constArg(0) ?? '')) }],
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
