// A database or directory connection that authenticates with no password: open to whoever reaches it. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, hasKeywordSplat, keywordArgument, positionalArguments } from '../support/calls.js';
import { stringLiteralText } from '../support/string-literals.js';
import { isTestPath } from '../support/test-paths.js';

// Client constructors and the keyword that carries the password.
const DB_CONNECT: Record<string, string[]> = {
  'psycopg2.connect': ['password'],
  'psycopg.connect': ['password'],
  'pymysql.connect': ['password', 'passwd'],
  'MySQLdb.connect': ['passwd', 'password'],
  'mysql.connector.connect': ['password', 'passwd'],
  'pymongo.MongoClient': ['password'],
  'redis.Redis': ['password'],
  'redis.StrictRedis': ['password'],
  'ldap3.Connection': ['password'],
};
const LDAP_BINDS = new Set(['simple_bind_s', 'simple_bind', 'bind_s']);
const SERVER_ENGINES = /postgresql|mysql|oracle|mssql|sql_server/;

function isEmpty(node: SyntaxNode | undefined, ctx: RuleContext): boolean {
  const v = ctx.constant(node);
  return v?.kind === 'str' && v.value === '';
}

function checkCall(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx) ?? '';
  const keys = DB_CONNECT[name];
  if (keys) {
    if (hasKeywordSplat(node)) return;
    const args = positionalArguments(node);
    if (name === 'ldap3.Connection') {
      const pw = keywordArgument(node, 'password') ?? args[2];
      if (pw && !isEmpty(pw, ctx)) return;
    } else if (args.length > 0 && !name.startsWith('redis') && name !== 'pymongo.MongoClient') {
      // A DSN or URL carries its own credentials: judged only when it is a constant without a password.
      const dsn = ctx.constant(args[0]);
      if (dsn?.kind !== 'str' || /:[^:@/]+@|password=/.test(dsn.value)) return;
    } else {
      const pw = keys.map((k) => keywordArgument(node, k)).find((n) => n);
      if (pw && !isEmpty(pw, ctx)) return;
    }
    if (name.startsWith('redis') || name === 'pymongo.MongoClient') {
      // Local caches are often unauthenticated by design: only remote hosts are worth a look.
      const host = ctx.constant(keywordArgument(node, 'host') ?? args[0]);
      if (!host || (host.kind === 'str' && /localhost|127\.0\.0\.1|^\/|unix:/.test(host.value))) return;
    }
    ctx.report(node, { message: `${name}() connects without a password: check the server requires authentication some other way (peer/cert auth) and is not reachable by others` });
    return;
  }
  const f = node.childForFieldName('function');
  const tail = f?.type === 'attribute' ? (f.childForFieldName('attribute')?.text ?? '') : '';
  if (LDAP_BINDS.has(tail)) {
    const args = positionalArguments(node);
    // An empty password makes a simple bind anonymous (RFC 4513 unauthenticated bind), whatever the DN.
    if (args.length >= 2 && isEmpty(args[1], ctx)) ctx.report(node, { message: `${tail}() with an empty password is an anonymous bind: check the directory refuses unauthenticated binds` });
  }
}

/** Django DATABASES entries for server engines with no or an empty PASSWORD. */
function checkDatabases(node: SyntaxNode, ctx: RuleContext): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left?.text !== 'DATABASES' || right?.type !== 'dictionary') return;
  for (const pair of right.namedChildren) {
    const conf = pair.type === 'pair' ? pair.childForFieldName('value') : null;
    if (conf?.type !== 'dictionary') continue;
    const entries = new Map<string, SyntaxNode>();
    for (const p of conf.namedChildren) {
      const k = p.type === 'pair' ? stringLiteralText(p.childForFieldName('key')) : null;
      const v = p.type === 'pair' ? p.childForFieldName('value') : null;
      if (k && v) entries.set(k, v);
    }
    const engine = ctx.constant(entries.get('ENGINE'));
    if (engine?.kind !== 'str' || !SERVER_ENGINES.test(engine.value)) continue;
    const pw = entries.get('PASSWORD');
    if (pw && !isEmpty(pw, ctx)) continue;
    ctx.report(pair, { message: `DATABASES[${pair.childForFieldName('key')?.text}] connects to ${engine.value.split('.').pop()} without a password: check the server authenticates by socket peer or certificate` });
  }
}

export const connectionWithoutPassword = defineRule({
  id: 'PY-AUTH-CONNECTION-NO-PASSWORD',
  title: 'Database or LDAP connection without a password',
  cwe: [306, 255],
  asvs: { '5.0.0': ['V13.2.3'], '4.0.3': ['V2.10.2'] },
  severity: 'low',
  confidence: 'low',
  kind: 'hotspot',
  docs: {
    what:
      'A hotspot for psycopg/psycopg2, PyMySQL, MySQLdb, mysql-connector, ldap3 connections given no or an empty password (and ' +
      'Redis/MongoDB clients on a remote host), LDAP simple binds with an empty password (anonymous), and Django DATABASES ' +
      'entries for PostgreSQL/MySQL/Oracle without PASSWORD. Connections given a DSN, URL or **kwargs are not judged.',
    why: 'A data store that accepts anyone who reaches it is one network mistake away from an open database.',
    example: 'conn = psycopg2.connect(host="db.internal", user="app", dbname="shop")',
    fix: 'conn = psycopg2.connect(host="db.internal", user="app", dbname="shop", password=os.environ["DB_PASSWORD"])',
    references: ['https://cwe.mitre.org/data/definitions/306.html', 'https://www.rfc-editor.org/rfc/rfc4513#section-5.1.2'],
  },
  visit: {
    call: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkCall(n, ctx);
    },
    assignment: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkDatabases(n, ctx);
    },
  },
});
