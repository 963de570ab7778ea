// One decision for many findings: the rows a person selected, or every finding matching a filter.
// Each finding gets its own audit event (who, when, why), all in one transaction: all or none.
import type { StoreDb } from './open-store.js';
import type { TriageStatus } from './types.js';
import { StoreInputError } from './errors.js';
import { getProject } from './projects.js';
import { checkDecision, writeDecision } from './triage.js';
import { findingWhere, type FindingFilter } from './queries/findings.js';

export interface BulkTriageInput {
  projectId: number;
  /** Exactly one of findingIds and filter. */
  findingIds?: readonly number[];
  filter?: FindingFilter;
  status: TriageStatus;
  reason?: string;
  expiresAt?: string | null;
  actor?: string;
  at?: string;
}

export interface BulkTriageOutcome {
  /** Findings decided (one event each). */
  count: number;
  findingIds: number[];
  status: TriageStatus;
  expiresAt: string | null;
  actor: string;
  at: string;
}

/** A bound on one decision: beyond it a filter is more likely a mistake than a plan. */
export const MAX_BULK_TRIAGE = 50_000;

export function recordBulkTriage(db: StoreDb, input: BulkTriageInput): BulkTriageOutcome {
  if ((input.findingIds === undefined) === (input.filter === undefined)) throw new StoreInputError('Give either the findings to decide or a filter, not both.');
  const project = getProject(db, input.projectId);
  const decision = checkDecision(db, input, project.rootPath);
  return db.transaction(() => {
    let ids: number[];
    if (input.findingIds) {
      ids = [...new Set(input.findingIds)];
      const known = new Set(
        db.prepare('SELECT id FROM findings WHERE project_id = ? AND id IN (SELECT value FROM json_each(?))').pluck().all(project.id, JSON.stringify(ids)) as number[],
      );
      const missing = ids.filter((id) => !known.has(id));
      if (missing.length) throw new StoreInputError(`No finding with id ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''} in project "${project.name}".`);
    } else {
      const where = findingWhere(project.id, project.asvsVersion, input.filter!, decision.at);
      ids = db.prepare(`SELECT f.id FROM findings f WHERE ${where.sql} ORDER BY f.id`).pluck().all(where.params) as number[];
    }
    if (ids.length === 0) throw new StoreInputError('No finding matches: nothing was recorded.');
    if (ids.length > MAX_BULK_TRIAGE) throw new StoreInputError(`${ids.length} findings match; one decision covers at most ${MAX_BULK_TRIAGE}. Narrow the filter.`);
    for (const id of ids) writeDecision(db, id, decision);
    return { count: ids.length, findingIds: ids, status: decision.status, expiresAt: decision.expiresAt, actor: decision.actor, at: decision.at };
  }).immediate();
}
