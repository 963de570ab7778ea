// SQLAlchemy beyond text(): raw SQL strings given to a session, literal_column(), and the Query /
// Select clauses that take a string as SQL (filter("..."), order_by("...") — SQLAlchemy before 2.0
// turned such strings into text). Expressions built from columns (`Entry.account == value`),
// bindparam() and text(...).bindparams(...) send the value as a bound parameter.
import type { FrameworkModel } from '../model.js';

const CLAUSES = ['filter', 'where', 'order_by', 'group_by', 'having', 'from_statement', 'select_from', 'join', 'outerjoin'];
const QUERY_METHODS = [...CLAUSES, 'filter_by', 'limit', 'offset', 'options', 'distinct', 'with_entities', 'add_columns', 'params', 'execution_options', 'correlate', 'union', 'subquery'];
const STATEMENTS = ['sqlalchemy.select', 'sqlalchemy.insert', 'sqlalchemy.update', 'sqlalchemy.delete', 'sqlalchemy.sql.select', 'sqlalchemy.future.select', 'sqlalchemy.sql.expression.select'];

export const sqlalchemyModel: FrameworkModel = {
  name: 'sqlalchemy',
  objects: [
    { callees: ['flask_sqlalchemy.SQLAlchemy', 'sqlalchemy.orm.scoped_session', 'sqlalchemy.ext.asyncio.create_async_engine', 'sqlalchemy.ext.asyncio.AsyncSession', 'sqlalchemy.ext.asyncio.async_sessionmaker', 'sqlalchemy.orm.Session', 'sqlalchemy.engine.create_engine'], obj: 'sa' },
    { methods: ['query'], receivers: ['sa'], obj: 'sa-query' },
    { methods: QUERY_METHODS, receivers: ['sa-query'], obj: 'sa-query' },
    { callees: STATEMENTS, obj: 'sa-query' },
  ],
  // `db.session`, `db.engine` of a Flask-SQLAlchemy handle; `Session()` of a sessionmaker.
  sameKindParts: ['sa'],
  factories: { sa: 'sa' },
  attrObjects: { query: { receivers: [], obj: 'sa-query' } },
  sinks: [
    { kind: 'sql', callees: ['sqlalchemy.literal_column', 'sqlalchemy.sql.literal_column', 'sqlalchemy.sql.expression.literal_column'], args: [0], kwargs: ['text'] },
    { kind: 'sql', methods: CLAUSES, receivers: ['sa-query'], args: [0, 1, 2, 3] },
    { kind: 'sql', methods: ['scalar', 'scalars'], receivers: ['sa'], args: [0], kwargs: ['statement'] },
  ],
  sanitizers: [
    { callees: ['sqlalchemy.bindparam', 'sqlalchemy.sql.bindparam', 'sqlalchemy.literal', 'sqlalchemy.sql.expression.literal'], kinds: ['sql'] },
    { methods: ['bindparams'], kinds: ['sql'] },
    // Column operators (`Entry.memo.contains(q)`, `.ilike(f"%{q}%")`) bind their operand as a parameter. The
    // names are SQLAlchemy's ColumnOperators; the str methods among them (startswith, endswith) return a bool.
    { methods: ['contains', 'icontains', 'like', 'ilike', 'notlike', 'notilike', 'not_like', 'not_ilike', 'startswith', 'istartswith', 'endswith', 'iendswith', 'in_', 'not_in', 'notin_', 'between', 'is_', 'is_not', 'isnot'], kinds: ['sql'] },
  ],
};
