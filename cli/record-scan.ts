// The step `assay scan` runs after scanning: record the result in the history database (unless
// --no-db), with the ASVS coverage snapshot, and say on the human channel what changed.
import { allRuleScopes } from '../analyzer/rules/scopes.js';
import type { ScanResult } from '../analyzer/types.js';
import { asvsCoverageProvider, complianceForScan, scanHistory, ensureProject, recordScan, scanInputFromResult, updateProject, type AsvsLevel, type AsvsVersion, type RecordOutcome } from '../store/index.js';
import type { CliIo } from './command.js';
import { withHistoryDb } from './history-db.js';
import type { AfterScanStep } from './commands/scan-steps.js';

export const COVERAGE_RULES = allRuleScopes;

export interface RecordRequest {
  result: ScanResult;
  db: string | null;
  noDb: boolean;
  level: number | null;
  asvsVersion: AsvsVersion | null;
  quiet: boolean;
}

/** Records the scan; returns what changed, or null when --no-db. */
export function recordScanResult(req: RecordRequest, io: CliIo): (RecordOutcome & { file: string; projectId: number }) | null {
  if (req.noDb) return null;
  return withHistoryDb(io, req.db, (db, file) => {
    let project = ensureProject(db, { rootPath: req.result.root, asvsVersion: req.asvsVersion ?? undefined, asvsLevel: (req.level as AsvsLevel | null) ?? undefined });
    // Flags given on this scan set the project's target from now on.
    if ((req.level && req.level !== project.asvsLevel) || (req.asvsVersion && req.asvsVersion !== project.asvsVersion)) {
      project = updateProject(db, project.id, { asvsLevel: (req.level as AsvsLevel | null) ?? undefined, asvsVersion: req.asvsVersion ?? undefined });
    }
    const outcome = recordScan(db, project.id, scanInputFromResult(req.result), { coverage: asvsCoverageProvider(COVERAGE_RULES) });
    // The one line that matters on a rescan, even with -q.
    io.stderr.write(`Recorded scan #${outcome.scanId}: ${outcome.newFindings} new, ${outcome.fixed} fixed, ${outcome.reopened} reopened\n`);
    if (!req.quiet) {
      const row = scanHistory(db, project.id).find((h) => h.scanId === outcome.scanId);
      const compliance = complianceForScan(db, outcome.scanId)?.levels.find((l) => l.level === project.asvsLevel);
      const open = row ? `${row.totals.open} open after triage and suppressions (as \`assay history\` counts them)` : '';
      const asvs = compliance?.compliance != null ? `; ASVS ${project.asvsVersion} L${project.asvsLevel} compliance ${(compliance.compliance * 100).toFixed(1)}%` : '';
      io.stderr.write(`  in ${file}: ${outcome.persisting} persisting; ${open}${asvs}.\n`);
    }
    return { ...outcome, file, projectId: project.id };
  });
}

/** Registered in cli/commands/scan-steps.ts. */
export const recordScanStep: AfterScanStep = async ({ result, options, io }) => {
  recordScanResult({ result, db: options.db, noDb: options.noDb, level: options.level, asvsVersion: options.asvsVersion, quiet: options.quiet }, io);
};
