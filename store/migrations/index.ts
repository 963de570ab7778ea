// The ordered list of schema migrations. Adding a migration: a new file NNN-what-it-does.ts
// exporting version, name and sql, and one line here.
import * as initial from './001-initial.js';
import * as dependenciesAdvisories from './005-dependencies-advisories.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Versions must increase but may skip numbers (002–004 are taken by work on other branches).
export const migrations: readonly Migration[] = [initial, dependenciesAdvisories];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
