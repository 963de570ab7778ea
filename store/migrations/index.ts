// The ordered list of schema migrations. Adding a migration: a new file NNN-what-it-does.ts
// exporting version, name and sql, and one line here. Versions only need to increase (numbers are
// reserved per branch, so a gap is normal).
import * as initial from './001-initial.js';
import * as earnedStatuses from './002-earned-statuses.js';
import * as findingKinds from './003-finding-kinds.js';
import * as dependenciesAdvisories from './005-dependencies-advisories.js';
import * as workflow from './006-workflow.js';
import * as endpoints from './007-endpoints.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [initial, earnedStatuses, findingKinds, dependenciesAdvisories, workflow, endpoints];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
