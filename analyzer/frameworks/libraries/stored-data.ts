// Second-order data: what the application reads back from its own database, files and caches. It
// was written there earlier, perhaps from a request, perhaps by an administrator or a migration:
// no scan can tell. Such a value reaching an injection sink is reported as a hotspot (taint/report.ts)
// that says it is stored data, never as a vulnerability; the key or id that selected it is not
// what it holds, so the request data of the lookup does not flow into the result.
import type { FrameworkModel } from '../model.js';

const DJANGO_ROWS = ['get', 'first', 'last', 'earliest', 'latest', 'get_or_create', 'update_or_create', 'aget', 'afirst', 'alast', 'in_bulk'];
const SA_ROWS = ['first', 'all', 'one', 'one_or_none', 'scalar', 'scalar_one', 'scalar_one_or_none', 'scalars', 'get', 'get_or_404', 'first_or_404', 'one_or_404', 'fetchone', 'fetchall', 'fetchmany'];
const REDIS_READS = [
  'get', 'getdel', 'getex', 'mget', 'hget', 'hmget', 'hgetall', 'hvals', 'lindex', 'lrange', 'lpop', 'rpop', 'blpop', 'brpop',
  'smembers', 'srandmember', 'spop', 'zrange', 'zrevrange', 'zrangebyscore', 'xrange', 'xread',
];
const FILE_READS = ['read', 'readline', 'readlines'];
/** The object kind of a file opened at a path shipped with the code (taint/shipped-paths.ts). */
const SHIPPED_FILE = 'shipped-file';

export const storedDataModel: FrameworkModel = {
  name: 'stored-data',
  objects: [
    // A file shipped with the code (its path built from `__file__` or the package's resources): its content is code, not stored data.
    { callees: ['builtins.open', 'io.open', 'codecs.open'], obj: 'file', also: [SHIPPED_FILE], keepTaint: true, when: (c) => c.argShipped(0) },
    // A file the application opened: what `.read()` returns is the file's content (its path's taint stays).
    { callees: ['builtins.open', 'io.open', 'codecs.open'], obj: 'file', keepTaint: true },
    { callees: ['flask_caching.Cache', 'flask_cache.Cache'], obj: 'cache' },
  ],
  globalObjects: { 'django.core.cache.cache': 'cache' },
  storedReads: [
    // DB-API rows (sqlite3, psycopg, MySQL drivers, aiosqlite) on whatever cursor or result they come from.
    { methods: ['fetchone', 'fetchall', 'fetchmany'], store: 'database' },
    { methods: ['fetch', 'fetchrow', 'fetchval'], receivers: ['dbconn'], store: 'database' },
    { methods: DJANGO_ROWS, receivers: ['manager', 'queryset'], store: 'database' },
    { callees: ['django.shortcuts.get_object_or_404', 'django.shortcuts.get_list_or_404'], store: 'database' },
    { methods: SA_ROWS, receivers: ['sa', 'sa-query'], store: 'database' },
    { methods: ['find_one', 'find'], receivers: ['mongo'], store: 'database' },
    { methods: REDIS_READS, receivers: ['redis'], store: 'cache' },
    { methods: ['get', 'get_many', 'get_or_set', 'aget'], receivers: ['cache'], store: 'cache' },
    { methods: ['read_text', 'read_bytes'], receivers: ['path'], store: 'file', keep: true, when: (c) => !c.receiverShipped() },
    { methods: FILE_READS, receivers: ['file'], store: 'file', keep: true, when: (c) => !c.receiverObjs().includes(SHIPPED_FILE) },
    { callees: ['json.load', 'yaml.safe_load', 'tomllib.load'], store: 'file', keep: true, when: (c) => c.argObjs(0).includes('file') },
  ],
};
