// A real history database for the report tests: the demo project scanned by the real analyzer,
// recorded by the real store, with a triage decision, a risk acceptance and attestations made
// through the store's own API, as a reviewer would.
import { allRuleScopes } from '../analyzer/rules/scopes.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scanProject } from '../analyzer/scan.js';
import type { ScanResult } from '../analyzer/types.js';
import { asvsCoverageProvider, ensureProject, listFindings, openStore, recordAssignment, recordAttestation, recordScan, recordTriage, scanInputFromResult, type StoreDb } from '../store/index.js';

export const DEMO_ROOT = resolve(import.meta.dirname, 'fixtures/demo-shop');
export const ARTIFACTS = resolve(import.meta.dirname, '../test-artifacts/report');

export interface ReportDb {
  db: StoreDb;
  file: string;
  dir: string;
  projectId: number;
  scanId: number;
  result: ScanResult;
  close(): void;
}

let demoScan: Promise<ScanResult> | null = null;

/** One scan of the demo project per test file: the analyzer is deterministic. */
export function scanDemo(): Promise<ScanResult> {
  demoScan ??= scanProject(DEMO_ROOT, { workers: 0 });
  return demoScan;
}

/** Records a scan result of `root` into a fresh database file. */
export function recordInNewDb(result: ScanResult, name?: string): ReportDb {
  const dir = mkdtempSync(join(tmpdir(), 'assay-report-'));
  const file = join(dir, 'assay.db');
  const db = openStore(file);
  const project = ensureProject(db, { rootPath: result.root, asvsVersion: '5.0.0', asvsLevel: 2, ...(name ? { name } : {}) });
  const { scanId } = recordScan(db, project.id, scanInputFromResult(result), { coverage: asvsCoverageProvider(allRuleScopes) });
  return {
    db, file, dir, projectId: project.id, scanId, result,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The demo project recorded, plus a reviewer's decisions: one false positive, one accepted risk, two attestations. */
export async function demoDb(): Promise<ReportDb> {
  const r = recordInNewDb(await scanDemo());
  const open = listFindings(r.db, r.projectId, { limit: 1000 }).rows;
  const [fp, accepted] = [open.find((f) => f.severity === 'medium') ?? open[1]!, open.find((f) => f.severity === 'low') ?? open[2]!];
  recordTriage(r.db, { findingId: fp.id, status: 'false_positive', reason: 'Input is a constant in this deployment; reviewed with the team.', actor: 'Dana Reviewer', at: '2026-01-02T09:00:00.000Z' });
  recordTriage(r.db, { findingId: accepted.id, status: 'accepted_risk', reason: 'Compensating WAF rule until the Q3 refactor.', expiresAt: '2099-12-31', actor: 'Dana Reviewer', at: '2026-01-02T09:05:00.000Z' });
  recordAssignment(r.db, { findingId: open[0]!.id, assignee: 'Sam Okafor', actor: 'Dana Reviewer', at: '2026-01-02T09:10:00.000Z' });
  recordAttestation(r.db, { projectId: r.projectId, requirementId: 'V6.1.1', status: 'pass', evidence: 'Password policy documented in SEC-12 and enforced by the IdP.', links: ['https://wiki.example.com/SEC-12'], actor: 'Dana Reviewer', at: '2026-01-02T10:00:00.000Z' });
  recordAttestation(r.db, { projectId: r.projectId, requirementId: 'V2.1.1', status: 'not_applicable', evidence: 'No business-logic documentation scope in this service.', actor: 'Dana Reviewer', at: '2026-01-02T10:05:00.000Z' });
  return r;
}

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium under playwright-core, as the UI tests drive it. */
export async function launchChromium(): Promise<import('playwright-core').Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
