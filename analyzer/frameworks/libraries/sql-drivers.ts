// Database drivers besides the DB-API basics of ../sinks.ts: psycopg / psycopg2 composition (sql.SQL
// is raw SQL; Identifier and Literal quote, see ../stdlib.ts), their pools, asyncpg and aiosqlite.
import type { FrameworkModel } from '../model.js';

const RAW_SQL = ['psycopg2.sql.SQL', 'psycopg.sql.SQL'];

export const sqlDriversModel: FrameworkModel = {
  name: 'sql-drivers',
  objects: [
    {
      callees: [
        'psycopg.Connection.connect', 'psycopg.AsyncConnection.connect', 'psycopg_pool.ConnectionPool', 'psycopg_pool.AsyncConnectionPool',
        'psycopg2.pool.SimpleConnectionPool', 'psycopg2.pool.ThreadedConnectionPool', 'asyncpg.pool.create_pool', 'aiosqlite.core.connect',
        'aiopg.connect', 'aiopg.create_pool', 'aiomysql.connect', 'aiomysql.create_pool',
      ],
      obj: 'dbconn',
    },
    { methods: ['getconn', 'connection'], receivers: ['dbconn'], obj: 'dbconn' },
  ],
  sinks: [
    // A composed query's template is SQL as written: client text in it is injected.
    { kind: 'sql', callees: RAW_SQL, args: [0], kwargs: ['obj'] },
    // asyncpg's prepared statements and cursors, and executemany's query.
    { kind: 'sql', methods: ['prepare', 'copy_from_query'], receivers: ['dbconn'], args: [0], kwargs: ['query'] },
  ],
};
