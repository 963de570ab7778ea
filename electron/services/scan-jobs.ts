// Scans as jobs the window can poll and cancel: one at a time per project, run in a worker, then
// recorded in the store in one transaction with the coverage snapshot.
import { demoAdvisoryDir } from './dependencies-service.js';
import { randomUUID } from 'node:crypto';
import type { ScanResult } from '../../analyzer/types.js';
import { failedScanInput, getProject, recordScan, scanInputFromResult } from '../../store/index.js';
import type { ScanJob } from '../ipc-contract.js';
import type { ServiceContext } from './context.js';
import { snapshotProvider } from './coverage.js';
import { runScan, type RunningScan } from './scan-runner.js';
import { analysisCacheDir } from '../../analyzer/cache/cache-dir.js';
import { ServiceError, toAppError } from './service-error.js';

const KEEP_FINISHED = 50;

interface Entry {
  job: ScanJob;
  running: RunningScan | null;
  startedAt: number;
}

export class ScanJobs {
  private readonly jobs = new Map<string, Entry>();

  constructor(private readonly ctx: ServiceContext) {}

  start(projectId: number): ScanJob {
    for (const e of this.jobs.values()) {
      if (e.job.projectId === projectId && e.job.state === 'running') throw new ServiceError('conflict', 'A scan of this project is already running.');
    }
    // The root comes from the stored project, never from the window.
    const project = getProject(this.ctx.db, projectId);
    const entry: Entry = {
      job: { jobId: randomUUID(), projectId, state: 'running', progress: { phase: 'queued', filesDone: 0, filesTotal: 0, currentFile: null, elapsedMs: 0 }, scanId: null, findings: null, error: null },
      running: null,
      startedAt: Date.now(),
    };
    this.jobs.set(entry.job.jobId, entry);
    this.prune();
    const startedIso = new Date().toISOString();
    entry.running = runScan({ root: project.rootPath, disabledRules: this.ctx.preferences.get().disabledRules, cacheDir: analysisCacheDir(this.ctx.databasePath), databasePath: this.ctx.databasePath, extraAdvisoryDir: demoAdvisoryDir(this.ctx, project.rootPath) }, (p) => {
      entry.job = { ...entry.job, progress: { ...p, phase: p.phase === 'done' ? 'store' : p.phase } };
    });
    entry.running.result.then(
      (result) => this.finish(entry, projectId, result),
      (e: unknown) => this.fail(entry, projectId, e, startedIso),
    );
    return entry.job;
  }

  status(jobId: string): ScanJob {
    const entry = this.jobs.get(jobId);
    if (!entry) throw new ServiceError('not-found', 'No such scan job (it may have finished long ago).');
    if (entry.job.state === 'running') entry.job = { ...entry.job, progress: { ...entry.job.progress, elapsedMs: Date.now() - entry.startedAt } };
    return entry.job;
  }

  cancel(jobId: string): ScanJob {
    const entry = this.jobs.get(jobId);
    if (!entry) throw new ServiceError('not-found', 'No such scan job.');
    if (entry.job.state === 'running') entry.running?.cancel();
    return this.status(jobId);
  }

  /** Resolves when no scan is running (tests and shutdown). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.jobs.values()].map((e) => e.running?.result));
    // Recording happens in the result's continuation; give it its turn.
    await new Promise((r) => setTimeout(r, 0));
  }

  cancelAll(): void {
    for (const e of this.jobs.values()) if (e.job.state === 'running') e.running?.cancel();
  }

  private finish(entry: Entry, projectId: number, result: ScanResult): void {
    try {
      const outcome = recordScan(this.ctx.db, projectId, scanInputFromResult(result), { coverage: snapshotProvider });
      entry.job = {
        ...entry.job,
        state: result.cancelled ? 'cancelled' : 'done',
        progress: { ...entry.job.progress, phase: 'done', elapsedMs: Date.now() - entry.startedAt },
        scanId: outcome.scanId,
        findings: result.findings.length,
      };
    } catch (e) {
      entry.job = { ...entry.job, state: 'failed', error: toAppError(e) };
    }
  }

  private fail(entry: Entry, projectId: number, e: unknown, startedIso: string): void {
    const error = toAppError(e);
    let scanId: number | null = null;
    try {
      // The attempt is part of the history; a failed scan fixes nothing.
      scanId = recordScan(this.ctx.db, projectId, failedScanInput(error.message, startedIso)).scanId;
    } catch {
      // The project may have been removed meanwhile; the job still reports the first error.
    }
    entry.job = { ...entry.job, state: 'failed', scanId, error, progress: { ...entry.job.progress, elapsedMs: Date.now() - entry.startedAt } };
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((e) => e.job.state !== 'running');
    for (const e of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(e.job.jobId);
  }
}
