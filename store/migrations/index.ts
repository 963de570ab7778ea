// The schema migrations. Adding a migration: a new file NNN-what-it-does.ts exporting version, name
// and sql (and `present` when it could be missing from a database at a higher user_version), and one
// line here. Numbers are reserved per branch: gaps are normal, and a lower number may land after a
// higher one has run — migrate() applies whatever is missing.
import type { Database } from 'better-sqlite3';
import * as initial from './001-initial.js';
import * as earnedStatuses from './002-earned-statuses.js';
import * as findingKinds from './003-finding-kinds.js';
import * as dependenciesAdvisories from './005-dependencies-advisories.js';
import * as workflow from './006-workflow.js';
import * as endpoints from './007-endpoints.js';
import * as scale from './008-scale.js';
import * as searchAssigneesNotes from './009-search-assignees-notes.js';
import * as storeAtScale from './011-store-at-scale.js';
import * as endpointFindings from './012-endpoint-findings.js';
import * as linkSets from './013-link-sets.js';
import * as handlerExtent from './014-handler-extent.js';
import * as findingCounts from './015-finding-counts.js';
import * as lastSeen from './016-last-seen.js';
import * as fingerprintIndex from './017-fingerprint-index.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * For databases made before schema_migrations recorded what ran: whether this migration's change
   * is already there. Without it, a version at or below the database's user_version counts as applied.
   */
  present?: (db: Database) => boolean;
  /** Work SQL text cannot do alone (it reads the schema it changes), run after `sql` in the same transaction. */
  apply?: (db: Database) => void;
  /**
   * Runs with foreign keys off (a table rebuilt under its children, SQLite's documented procedure):
   * a DROP TABLE would otherwise delete through the cascades. foreign_key_check runs before commit.
   */
  foreignKeysOff?: boolean;
}

export const migrations: readonly Migration[] = [initial, earnedStatuses, findingKinds, dependenciesAdvisories, workflow, endpoints, scale, searchAssigneesNotes, storeAtScale, endpointFindings, linkSets, handlerExtent, findingCounts, lastSeen, fingerprintIndex];

/** The highest version: what user_version reads once every migration has run. */
export const LATEST_SCHEMA_VERSION = Math.max(...migrations.map((m) => m.version));
