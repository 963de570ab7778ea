// marshmallow schemas: `Schema().load(data)` returns a dict of the declared fields, each converted
// by its type (fields.Int, UUID, DateTime …) or checked by its validators (OneOf, Range, an anchored
// Regexp); a fields.Str without them, or a Raw / Dict field, holds what the client sent.
import type { FrameworkModel } from '../model.js';

const SCHEMA_BASES = ['marshmallow.Schema', 'marshmallow.schema.Schema', 'marshmallow_sqlalchemy.SQLAlchemySchema', 'marshmallow_sqlalchemy.SQLAlchemyAutoSchema', 'flask_marshmallow.Schema'];

/** Fields whose loaded value is a number, a date, a boolean, a UUID or an address checked whole. */
export const MARSHMALLOW_CONVERTING = new Set([
  'Int', 'Integer', 'Float', 'Decimal', 'Number', 'Bool', 'Boolean', 'UUID', 'Email', 'DateTime', 'NaiveDateTime', 'AwareDateTime',
  'Date', 'Time', 'TimeDelta', 'IP', 'IPv4', 'IPv6',
]);

export const marshmallowModel: FrameworkModel = {
  name: 'marshmallow',
  loaders: [{ bases: SCHEMA_BASES, methods: ['load', 'loads'], result: 'fields' }],
  // fields.String._deserialize raises "Not a valid string." for anything but str (and bytes, decoded).
  textFields: ['Str', 'String', 'Email', 'Url', 'URL'],
};
