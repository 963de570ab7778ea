// Facts read from a file's import lines and a few telltale calls, on the main thread before
// parsing (like frameworksInText): which API families the project uses, which web frameworks it
// serves requests with that Assay does not model, and whether the file configures an app. A
// requirement's pass rests on these (domain/facts.ts), so each is what the code says, never a guess
// from file names. Text only: the scanned code is never run.
import type { ApiFamily } from '../../domain/index.js';

const IMPORT = /^[ \t]*import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)|^[ \t]*from[ \t]+([\w.]+)[ \t]+import\b/gm;

/** Module (or package prefix) → API family. The longest matching prefix wins. */
const FAMILY_OF: Record<string, ApiFamily> = {
  sqlite3: 'sql', psycopg2: 'sql', psycopg: 'sql', pymysql: 'sql', MySQLdb: 'sql', 'mysql.connector': 'sql', cx_Oracle: 'sql', oracledb: 'sql',
  pyodbc: 'sql', sqlalchemy: 'sql', 'django.db': 'sql', peewee: 'sql', asyncpg: 'sql', aiosqlite: 'sql', aiomysql: 'sql', databases: 'sql',
  records: 'sql', pony: 'sql', tortoise: 'sql', flask_sqlalchemy: 'sql', sqlmodel: 'sql', duckdb: 'sql',
  pymongo: 'nosql', motor: 'nosql', mongoengine: 'nosql', redis: 'nosql', cassandra: 'nosql', elasticsearch: 'nosql', bson: 'nosql',
  cryptography: 'crypto', Crypto: 'crypto', Cryptodome: 'crypto', hashlib: 'crypto', hmac: 'crypto', nacl: 'crypto', passlib: 'crypto',
  bcrypt: 'crypto', argon2: 'crypto', 'django.contrib.auth.hashers': 'crypto',
  random: 'random', secrets: 'random',
  jwt: 'jwt', jose: 'jwt', jwcrypto: 'jwt', 'authlib.jose': 'jwt', rest_framework_simplejwt: 'jwt', flask_jwt_extended: 'jwt',
  xml: 'xml', lxml: 'xml', defusedxml: 'xml', xmltodict: 'xml',
  elementpath: 'xpath', parsel: 'xpath',
  ldap: 'ldap', ldap3: 'ldap', django_auth_ldap: 'ldap', flask_ldap3_login: 'ldap',
  yaml: 'yaml', ruamel: 'yaml',
  pickle: 'pickle', cPickle: 'pickle', _pickle: 'pickle', dill: 'pickle', shelve: 'pickle', joblib: 'pickle', cloudpickle: 'pickle', jsonpickle: 'pickle',
  marshal: 'marshal',
  subprocess: 'subprocess', pexpect: 'subprocess', sh: 'subprocess', plumbum: 'subprocess', 'asyncio.subprocess': 'subprocess',
  requests: 'http_client', httpx: 'http_client', urllib: 'http_client', urllib3: 'http_client', 'http.client': 'http_client', pycurl: 'http_client',
  aiohttp: 'http_client',
  ssl: 'tls', OpenSSL: 'tls',
  tempfile: 'tempfile',
  tarfile: 'archive', zipfile: 'archive',
  jinja2: 'templating', mako: 'templating', 'django.template': 'templating', 'django.shortcuts': 'templating', chevron: 'templating', genshi: 'templating',
  flask: 'templating',
  multipart: 'upload', python_multipart: 'upload', streaming_form_data: 'upload', 'django.core.files.uploadedfile': 'upload',
  'django.core.files.uploadhandler': 'upload', 'werkzeug.datastructures.file_storage': 'upload', flask_uploads: 'upload', flask_reuploaded: 'upload',
  re: 'regex', regex: 'regex',
  flask_cors: 'cors', corsheaders: 'cors', aiohttp_cors: 'cors', 'starlette.middleware.cors': 'cors', 'fastapi.middleware.cors': 'cors',
  flask_login: 'cookies', flask_session: 'cookies', 'django.contrib.sessions': 'cookies', 'starlette.middleware.sessions': 'cookies',
  'django.contrib.auth': 'cookies', aiohttp_session: 'cookies',
};

/** Modules that bring a second family with them (lxml parses XML and runs XPath; requests speaks TLS). */
const ALSO: Record<string, ApiFamily[]> = { lxml: ['xpath'], 'xml.etree': ['xpath'], requests: ['tls'], httpx: ['tls'], urllib3: ['tls'], aiohttp: ['tls'] };

/** Calls that use a family without an import of its own module. */
const CALL_FAMILIES: Array<[RegExp, ApiFamily]> = [
  [/\bos\.(system|popen|exec[lv]p?e?|spawn[lv]p?e?)\s*\(/, 'subprocess'],
  [/\.raw\s*\(|\.extra\s*\(|cursor\s*\(/, 'sql'],
  [/\.xpath\s*\(/, 'xpath'],
  // Uploads are seen where the request's files are read or an upload type is named: Django
  // request.FILES / UploadedFile / FileField / ImageField, DRF parsers, Flask, Werkzeug and
  // Tornado request.files / FileStorage, Starlette and FastAPI UploadFile, aiohttp multipart and
  // FileField, the standard library's cgi.FieldStorage.
  [/\brequest\.(files|FILES)\b|\b(UploadFile|UploadedFile|InMemoryUploadedFile|TemporaryUploadedFile|FileStorage|FileField|ImageField|MultiPartParser|FileUploadParser|FieldStorage)\b|\.multipart\s*\(\s*\)/, 'upload'],
  [/(?<![\w.])(eval|exec)\s*\(/, 'dynamic_code'],
  [/\bset_(signed_|secure_)?cookie\s*\(|\.cookies\s*\[[^\]]+\]\s*=[^=]|\bSessionMiddleware\b|^[ \t]*from[ \t]+flask[ \t]+import[^\n]*\bsession\b/m, 'cookies'],
  [/access-control-allow-origin|\bCORS_(ALLOWED|ALLOW|ORIGIN)\w*\s*=/i, 'cors'],
];

/** FastAPI's File(...) marker names an upload only where FastAPI is imported. */
const FASTAPI_FILE = /^[ \t]*from[ \t]+fastapi[ \t]+import[^\n]*\bFile\b|\bfastapi\.File\s*\(/m;

/** Web servers and frameworks whose request handlers Assay does not model, by module prefix. */
const UNMODELLED_OF: Record<string, string> = {
  cherrypy: 'cherrypy', pyramid: 'pyramid',
  sanic: 'sanic',
  quart: 'quart', litestar: 'litestar', starlite: 'litestar', 'twisted.web': 'twisted', klein: 'klein', hug: 'hug', responder: 'responder',
  masonite: 'masonite', blacksheep: 'blacksheep', robyn: 'robyn', emmett: 'emmett',
  'django_ninja': 'django-ninja', ninja: 'django-ninja', channels: 'channels', nameko: 'nameko',
};

/** A Django settings module or the construction / configuration of a Flask, FastAPI or Starlette app. */
const APP_CONFIG = /^(INSTALLED_APPS|MIDDLEWARE|ROOT_URLCONF|SECRET_KEY)[ \t]*=|\b(Flask|FastAPI|Starlette)\s*\(|\.config\s*\[\s*['"]|\.config\.(from_\w+|update)\s*\(|settings\.configure\s*\(/m;

export interface FileTextFacts {
  families: Set<ApiFamily>;
  unmodelled: Set<string>;
  appConfig: boolean;
}

export function importedModules(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    if (m[2]) out.push(m[2]);
    else if (m[1]) for (const part of m[1].split(',')) out.push(part.trim());
  }
  return out;
}

function byPrefix<T>(table: Record<string, T>, module: string): T | undefined {
  const parts = module.split('.');
  for (let n = parts.length; n > 0; n--) {
    const hit = table[parts.slice(0, n).join('.')];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export function fileTextFacts(source: string): FileTextFacts {
  const families = new Set<ApiFamily>();
  const unmodelled = new Set<string>();
  for (const mod of importedModules(source)) {
    const fam = byPrefix(FAMILY_OF, mod);
    if (fam) families.add(fam);
    for (const [prefix, extra] of Object.entries(ALSO)) if (mod === prefix || mod.startsWith(prefix + '.')) for (const e of extra) families.add(e);
    const web = byPrefix(UNMODELLED_OF, mod);
    if (web) unmodelled.add(web);
  }
  for (const [re, fam] of CALL_FAMILIES) if (re.test(source)) families.add(fam);
  if (FASTAPI_FILE.test(source)) families.add('upload');
  return { families, unmodelled, appConfig: APP_CONFIG.test(source) };
}
