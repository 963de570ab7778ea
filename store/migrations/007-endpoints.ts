// The endpoint inventory of each scan: every route with its handler, authentication, CSRF state and
// throttling, and its guards, authorization checks and path parameters in their own rows. Kept per
// scan (a later scan never rewrites an earlier one's inventory) so two scans can be compared.
// The CHECK lists are domain/endpoint.ts's lists as of this migration (a test holds them equal:
// a new word there needs a new migration here).
export const version = 7;
export const name = 'endpoints';

export const sql = `
-- One row per scan that took an inventory: an empty inventory is a fact, a missing row means none was taken.
CREATE TABLE scan_inventories (
  scan_id          INTEGER PRIMARY KEY REFERENCES scans(id) ON DELETE CASCADE,
  endpoints        INTEGER NOT NULL
) STRICT;

CREATE TABLE scan_endpoints (
  scan_id          INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  ordinal          INTEGER NOT NULL,
  framework        TEXT NOT NULL,
  methods          TEXT NOT NULL,
  path             TEXT NOT NULL,
  handler_file     TEXT NOT NULL,
  handler_line     INTEGER NOT NULL,
  handler_name     TEXT NOT NULL,
  authentication   TEXT NOT NULL CHECK (authentication IN ('required', 'none', 'unknown')),
  csrf             TEXT NOT NULL CHECK (csrf IN ('protected', 'exempt', 'unprotected', 'not_applicable', 'unknown')),
  throttled        INTEGER NOT NULL CHECK (throttled IN (0, 1)),
  state_changing   INTEGER NOT NULL CHECK (state_changing IN (0, 1)),
  input            TEXT,
  response         TEXT,
  PRIMARY KEY (scan_id, ordinal)
) STRICT;
CREATE INDEX scan_endpoints_auth ON scan_endpoints(scan_id, authentication, state_changing);

CREATE TABLE scan_endpoint_guards (
  scan_id          INTEGER NOT NULL,
  ordinal          INTEGER NOT NULL,
  position         INTEGER NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('decorator', 'mixin', 'permission_class', 'authentication_class', 'dependency', 'before_request', 'admin_site', 'handler_check')),
  name             TEXT NOT NULL,
  authentication   TEXT NOT NULL CHECK (authentication IN ('required', 'none', 'unknown')),
  source           TEXT,
  PRIMARY KEY (scan_id, ordinal, position),
  FOREIGN KEY (scan_id, ordinal) REFERENCES scan_endpoints(scan_id, ordinal) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE TABLE scan_endpoint_authorization (
  scan_id          INTEGER NOT NULL,
  ordinal          INTEGER NOT NULL,
  position         INTEGER NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('permission', 'role', 'object', 'queryset', 'custom')),
  name             TEXT NOT NULL,
  PRIMARY KEY (scan_id, ordinal, position),
  FOREIGN KEY (scan_id, ordinal) REFERENCES scan_endpoints(scan_id, ordinal) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE TABLE scan_endpoint_params (
  scan_id          INTEGER NOT NULL,
  ordinal          INTEGER NOT NULL,
  position         INTEGER NOT NULL,
  name             TEXT NOT NULL,
  type             TEXT NOT NULL,
  PRIMARY KEY (scan_id, ordinal, position),
  FOREIGN KEY (scan_id, ordinal) REFERENCES scan_endpoints(scan_id, ordinal) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
`;
