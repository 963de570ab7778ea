// Sinks shared by every framework, written once: DB-API and SQLAlchemy, processes, eval, templates,
// deserialisers, XML parsers, LDAP, XPath, regexes, logging, HTTP clients, the file system, MongoDB.
import type { CallView, FrameworkModel, SinkSpec } from './model.js';
import { FLAG_STRUCT } from '../taint/value.js';
import { saxParserArgNote, saxParserArgSites, saxReceiverNote, saxReceiverSites } from './sax-config.js';

const SQL_METHODS = ['execute', 'executemany', 'executescript', 'mogrify', 'exec_driver_sql'];
const PROCESS_SHELL_OPTIONAL = ['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen'];
const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
const LOG_METHODS = ['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal'];
const MONGO_METHODS = [
  'find', 'find_one', 'find_one_and_delete', 'find_one_and_replace', 'find_one_and_update', 'update_one', 'update_many',
  'delete_one', 'delete_many', 'replace_one', 'count_documents', 'aggregate', 'distinct', 'count', 'command', 'find_raw_batches',
  'aggregate_raw_batches', 'remove', 'map_reduce', 'watch',
];
const REGEX_FUNCS = ['compile', 'match', 'search', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'split'];

const JINJA_ENVIRONMENTS = ['jinja2.Environment', 'jinja2.environment.Environment'];

/** `Environment(autoescape=True)` or `autoescape=select_autoescape(...)`: anything but absent or False. */
function autoescapes(c: CallView): boolean {
  return c.hasKw('autoescape') && c.constKw('autoescape') !== false;
}

function shellTrue(c: CallView): boolean {
  return c.constKw('shell') === true;
}

/** lxml parses with entity resolution unless given a parser built with resolve_entities=False. */
function lxmlUnsafe(c: CallView): boolean {
  const parser = c.hasKw('parser') ? c.kwObjs('parser') : c.argObjs(1);
  return !parser.includes('xml-safe');
}

function unsafeYamlLoader(c: CallView): boolean {
  const loader = c.hasKw('Loader') ? c.kwObjs('Loader') : c.argObjs(1);
  return !loader.includes('yaml-safe');
}

const logReceiver = (c: CallView) => c.receiverObjs().includes('logger') || /log/i.test(c.receiverText());

export const sharedSinks: readonly SinkSpec[] = [
  // SQL
  { kind: 'sql', methods: SQL_METHODS, receivers: ['dbconn', 'dbcursor', 'sa'], unknownReceiver: 'medium', args: [0], kwargs: ['sql', 'query', 'statement', 'operation'] },
  {
    kind: 'sql',
    methods: ['fetch', 'fetchrow', 'fetchval'],
    receivers: ['dbconn'],
    unknownReceiver: 'medium',
    args: [0],
    kwargs: ['query'],
    when: (c) => c.receiverObjs().includes('dbconn') || /\b(conn|connection|pool|db|cur|cursor)\b/i.test(c.receiverText()),
  },
  { kind: 'sql', callees: ['sqlalchemy.text', 'sqlalchemy.sql.text', 'sqlalchemy.sql.expression.text'], args: [0], kwargs: ['text'] },
  { kind: 'sql', callees: ['pandas.read_sql', 'pandas.read_sql_query'], args: [0], kwargs: ['sql'] },
  // OS commands
  { kind: 'command', callees: ['os.system', 'os.popen', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'commands.getoutput'], args: [0], kwargs: ['cmd', 'command'] },
  { kind: 'command', callees: PROCESS_SHELL_OPTIONAL, args: [0], kwargs: ['args'], when: shellTrue },
  { kind: 'command', callees: PROCESS_SHELL_OPTIONAL, args: [0], kwargs: ['args'], argv: true, when: (c) => !shellTrue(c) },
  {
    kind: 'command',
    callees: ['os.execl', 'os.execlp', 'os.execv', 'os.execvp', 'os.execve', 'os.spawnl', 'os.spawnlp', 'os.spawnv', 'os.spawnvp', 'asyncio.create_subprocess_shell'],
    args: [0, 1, 2, 3],
  },
  { kind: 'command', callees: ['asyncio.create_subprocess_exec'], args: [0, 1, 2, 3, 4, 5], argv: 'positional' },
  // Code
  { kind: 'code', callees: ['builtins.eval', 'builtins.exec', 'builtins.compile'], args: [0], kwargs: ['source'] },
  // Server-side templates
  { kind: 'template', callees: ['jinja2.Template', 'jinja2.environment.Template', 'mako.template.Template'], args: [0], kwargs: ['source', 'text'] },
  // A sandboxed environment's templates cannot reach Python's internals: not a template injection.
  { kind: 'template', methods: ['from_string'], args: [0], kwargs: ['source', 'template_code'], when: (c) => !c.receiverObjs().includes('jinja-sandbox') },
  // Deserialisation
  {
    kind: 'deserialize',
    callees: [
      'pickle.loads', 'pickle.load', '_pickle.loads', '_pickle.load', 'cPickle.loads', 'cPickle.load', 'dill.loads', 'dill.load',
      'marshal.loads', 'marshal.load', 'jsonpickle.decode', 'jsonpickle.loads', 'pandas.read_pickle', 'torch.load', 'shelve.open',
      'yaml.unsafe_load', 'yaml.unsafe_load_all', 'yaml.full_load', 'yaml.full_load_all',
    ],
    args: [0],
    kwargs: ['data', 'file', 'string'],
  },
  { kind: 'deserialize', callees: ['yaml.load', 'yaml.load_all'], args: [0], kwargs: ['stream'], when: unsafeYamlLoader },
  { kind: 'deserialize', methods: ['loads', 'load'], receivers: ['pickle-unpickler'], args: [0] },
  // XML external entities
  { kind: 'xxe', callees: ['lxml.etree.fromstring', 'lxml.etree.XML', 'lxml.etree.parse', 'lxml.etree.iterparse', 'lxml.etree.XMLID', 'lxml.objectify.fromstring', 'lxml.objectify.parse'], args: [0], kwargs: ['text', 'source'], when: lxmlUnsafe },
  { kind: 'xxe', methods: ['parse', 'feed', 'parseString'], receivers: ['sax-ext'], args: [0], noteOf: saxReceiverNote, sitesOf: saxReceiverSites },
  { kind: 'xxe', methods: ['feed'], receivers: ['xml-unsafe'], args: [0] },
  // pulldom (and minidom) parse with the SAX parser they are handed: one with external entities on resolves them.
  { kind: 'xxe', callees: ['xml.dom.pulldom.parse', 'xml.dom.pulldom.parseString', 'xml.dom.minidom.parse'], args: [0], kwargs: ['stream_or_string', 'file'], when: (c) => (c.hasKw('parser') ? c.kwObjs('parser') : c.argObjs(1)).includes('sax-ext'), noteOf: saxParserArgNote, sitesOf: saxParserArgSites },
  // LDAP
  { kind: 'ldap', methods: ['search_s', 'search_st', 'search_ext', 'search_ext_s'], args: [0, 2], kwargs: ['base', 'filterstr'] },
  { kind: 'ldap', methods: ['search'], receivers: ['ldap3', 'ldap'], args: [0, 1], kwargs: ['search_base', 'search_filter', 'filterstr'] },
  // XPath
  { kind: 'xpath', methods: ['xpath'], args: [0], kwargs: ['_path'] },
  { kind: 'xpath', callees: ['lxml.etree.XPath', 'lxml.etree.ETXPath'], args: [0], kwargs: ['path'] },
  // Regular expressions built from input
  { kind: 'regex', callees: [...REGEX_FUNCS.map((f) => `re.${f}`), ...REGEX_FUNCS.map((f) => `regex.${f}`)], args: [0], kwargs: ['pattern'] },
  // Logging
  { kind: 'log', callees: [...LOG_METHODS.map((m) => `logging.${m}`)], args: [0, 1, 2, 3, 4, 5] },
  { kind: 'log', callees: ['logging.log'], args: [1, 2, 3, 4, 5] },
  { kind: 'log', methods: LOG_METHODS, receivers: ['logger'], unknownReceiver: 'medium', args: [0, 1, 2, 3, 4, 5], when: logReceiver },
  { kind: 'log', methods: ['log'], receivers: ['logger'], args: [1, 2, 3, 4, 5] },
  // Outbound requests
  { kind: 'ssrf', callees: [...HTTP_VERBS.map((v) => `requests.${v}`), ...HTTP_VERBS.map((v) => `httpx.${v}`), 'httpx.stream'], args: [0], kwargs: ['url'] },
  { kind: 'ssrf', callees: ['requests.request', 'httpx.request', 'httpx.stream'], args: [1], kwargs: ['url'] },
  { kind: 'ssrf', callees: ['urllib.request.urlopen', 'urllib.urlopen', 'urllib2.urlopen', 'http.client.HTTPConnection', 'http.client.HTTPSConnection', 'socket.create_connection'], args: [0], kwargs: ['url', 'host', 'address'] },
  { kind: 'ssrf', methods: [...HTTP_VERBS, 'stream', 'ws_connect'], receivers: ['http'], args: [0], kwargs: ['url'] },
  { kind: 'ssrf', methods: ['request', 'urlopen'], receivers: ['http', 'urllib3'], args: [1], kwargs: ['url'] },
  { kind: 'ssrf', callees: ['urllib3.request'], args: [1], kwargs: ['url'] },
  // File system
  {
    kind: 'path',
    callees: [
      'builtins.open', 'io.open', 'codecs.open', 'os.open', 'os.remove', 'os.unlink', 'os.rmdir', 'os.removedirs', 'os.mkdir', 'os.makedirs',
      'os.listdir', 'os.scandir', 'os.chmod', 'os.chown', 'os.truncate', 'aiofiles.open', 'shutil.rmtree',
    ],
    args: [0],
    kwargs: ['file', 'path', 'name', 'filename'],
  },
  { kind: 'path', callees: ['os.rename', 'os.replace', 'shutil.copy', 'shutil.copy2', 'shutil.copyfile', 'shutil.copytree', 'shutil.move'], args: [0, 1], kwargs: ['src', 'dst'] },
  {
    kind: 'path',
    methods: ['read_text', 'read_bytes', 'write_text', 'write_bytes', 'open', 'unlink', 'rmdir', 'mkdir', 'touch', 'rename', 'replace', 'iterdir', 'glob', 'rglob'],
    receivers: ['path'],
    receiver: true,
  },
  // A glob pattern from the client (`**/../`) walks where it says.
  { kind: 'path', methods: ['glob', 'rglob'], receivers: ['path'], args: [0], kwargs: ['pattern'] },
  {
    kind: 'path',
    methods: ['extractall', 'extract'],
    receivers: ['archive'],
    receiver: true,
    args: [0],
    kwargs: ['path'],
    when: (c) => !['data', 'tar'].includes(String(c.constKw('filter'))),
  },
  // MongoDB: only attacker-shaped filters ($where strings, whole JSON objects) inject operators.
  { kind: 'nosql', methods: MONGO_METHODS, receivers: ['mongo'], args: [0, 1], kwargs: ['filter', 'pipeline'], requireFlags: FLAG_STRUCT },
];

export const sharedModel: FrameworkModel = {
  name: 'shared',
  sinks: sharedSinks,
  sameKindParts: ['mongo'],
  objects: [
    { callees: ['sqlite3.connect', 'psycopg2.connect', 'psycopg.connect', 'pymysql.connect', 'MySQLdb.connect', 'mysql.connector.connect', 'aiosqlite.connect', 'asyncpg.connect'], obj: 'dbconn' },
    { methods: ['cursor'], receivers: ['dbconn'], obj: 'dbcursor' },
    { callees: ['asyncpg.create_pool'], obj: 'dbconn' },
    { methods: ['acquire'], receivers: ['dbconn'], obj: 'dbconn' },
    { methods: ['connect', 'begin'], receivers: ['sa'], obj: 'sa' },
    { callees: ['sqlalchemy.create_engine', 'sqlalchemy.orm.Session', 'sqlalchemy.orm.sessionmaker'], obj: 'sa' },
    { callees: ['logging.getLogger', 'structlog.get_logger', 'logging.LoggerAdapter'], obj: 'logger' },
    { callees: ['pymongo.MongoClient', 'motor.motor_asyncio.AsyncIOMotorClient', 'flask_pymongo.PyMongo'], obj: 'mongo' },
    { callees: ['requests.Session', 'requests.session', 'httpx.Client', 'httpx.AsyncClient', 'aiohttp.ClientSession'], obj: 'http' },
    { callees: ['urllib3.PoolManager'], obj: 'urllib3' },
    { callees: ['ldap3.Connection'], obj: 'ldap3' },
    { callees: ['ldap.initialize'], obj: 'ldap' },
    { callees: ['pathlib.Path', 'pathlib.PurePath', 'pathlib.PosixPath'], obj: 'path', keepTaint: true },
    { methods: ['resolve', 'absolute', 'joinpath', 'with_name', 'with_suffix', 'expanduser'], receivers: ['path'], obj: 'path', keepTaint: true },
    { callees: ['tarfile.open', 'tarfile.TarFile', 'zipfile.ZipFile', 'tarfile.TarFile.open'], obj: 'archive', keepTaint: true },
    { callees: ['xml.sax.make_parser'], obj: 'sax' },
    { callees: ['lxml.etree.XMLParser'], obj: 'xml-safe', when: (c) => c.constKw('resolve_entities') === false },
    { callees: ['lxml.etree.XMLParser'], obj: 'xml-unsafe', when: (c) => c.constKw('resolve_entities') !== false },
    { callees: ['yaml.SafeLoader', 'yaml.CSafeLoader', 'yaml.BaseLoader', 'yaml.CBaseLoader', 'yaml.loader.SafeLoader'], obj: 'yaml-safe' },
    { callees: ['pickle.Unpickler'], obj: 'pickle-unpickler', keepTaint: true },
    // Templates that print variables as they are: Jinja2 without autoescape, Mako.
    { callees: JINJA_ENVIRONMENTS, obj: 'raw-template-env', when: (c) => !autoescapes(c) },
    { callees: ['jinja2.sandbox.SandboxedEnvironment', 'jinja2.sandbox.ImmutableSandboxedEnvironment'], obj: 'jinja-sandbox' },
    { methods: ['get_template', 'select_template', 'get_or_select_template', 'from_string'], receivers: ['raw-template-env'], obj: 'raw-template' },
    { callees: ['jinja2.Template', 'jinja2.environment.Template', 'mako.template.Template', 'mako.lookup.TemplateLookup'], obj: 'raw-template' },
    { methods: ['get_template'], receivers: ['raw-template'], obj: 'raw-template' },
  ],
  sanitizers: [
    // A template's render() escapes what it prints (Django templates, autoescaping Jinja2 environments,
    // widgets and components of the project's own template layer). A template built from client text
    // is reported where it is built (template injection); one that prints raw is known by its object.
    { methods: ['render'], kinds: ['xss'], when: (c) => !c.receiverObjs().includes('raw-template') },
  ],
  globalObjects: {
    'yaml.SafeLoader': 'yaml-safe',
    'yaml.CSafeLoader': 'yaml-safe',
    'yaml.BaseLoader': 'yaml-safe',
    'yaml.CBaseLoader': 'yaml-safe',
    'yaml.loader.SafeLoader': 'yaml-safe',
  },
};
