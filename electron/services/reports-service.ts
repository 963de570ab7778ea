// Reports: exports made by the report engine (report/, issue 7), written under the data directory
// and listed from a small manifest. Formats the engine does not provide yet are offered as
// unavailable, with the reason, rather than hidden.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_FORMATS } from '../../domain/index.js';
import { getProject, getScan, type StoreDb } from '../../store/index.js';
import type { AsvsLevel, AsvsVersion, ReportExport, ReportFormat, ReportFormatInfo } from '../ipc-contract.js';
import { ServiceError } from './service-error.js';

export interface ReportRequest {
  db: StoreDb;
  projectId: number;
  scanId: number;
  asvsVersion: AsvsVersion;
  level: AsvsLevel;
}

export interface RenderedReport {
  bytes: Uint8Array;
  /** File extension without the dot. */
  extension: string;
}

export type ReportRenderer = (request: ReportRequest) => Promise<RenderedReport>;
export type ReportRenderers = Partial<Record<ReportFormat, ReportRenderer>>;

const LABELS: Record<ReportFormat, string> = { html: 'HTML', pdf: 'PDF', sarif: 'SARIF 2.1.0', csv: 'CSV', json: 'JSON', pack: 'Evidence pack (zip)' };
const ORDER: readonly ReportFormat[] = REPORT_FORMATS;

export class ReportsService {
  private readonly dir: string;
  private readonly manifest: string;

  constructor(
    dataDir: string,
    private readonly renderers: ReportRenderers,
  ) {
    this.dir = join(dataDir, 'reports');
    this.manifest = join(this.dir, 'exports.json');
  }

  formats(): ReportFormatInfo[] {
    return ORDER.map((format) => ({
      format,
      label: LABELS[format],
      available: this.renderers[format] !== undefined,
      reason: this.renderers[format] ? null : `This build's report engine does not produce ${LABELS[format]} yet.`,
    }));
  }

  async export(request: ReportRequest & { format: ReportFormat }): Promise<ReportExport> {
    const project = getProject(request.db, request.projectId);
    const scan = getScan(request.db, request.scanId);
    if (!scan || scan.projectId !== project.id) throw new ServiceError('not-found', `Scan ${request.scanId} is not a scan of ${project.name}.`);
    const render = this.renderers[request.format];
    if (!render) throw new ServiceError('unavailable', `This build's report engine does not produce ${LABELS[request.format]} yet.`);
    const rendered = await render(request);
    const createdAt = new Date().toISOString();
    // The file name is ours alone: project id, scan, format and time — nothing from the repository.
    const fileName = `assay-project${project.id}-scan${scan.id}-asvs${request.asvsVersion}-L${request.level}-${createdAt.replace(/[:.]/g, '-')}.${rendered.extension}`;
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, fileName), rendered.bytes);
    const record: ReportExport = { id: fileName, projectId: project.id, scanId: scan.id, format: request.format, asvsVersion: request.asvsVersion, level: request.level, fileName, bytes: rendered.bytes.byteLength, createdAt };
    this.write([record, ...this.read()]);
    return record;
  }

  list(projectId: number): ReportExport[] {
    return this.read().filter((r) => r.projectId === projectId);
  }

  /** The file of an export, for "show in folder"; only files this service wrote. */
  pathOf(exportId: string): string {
    const record = this.read().find((r) => r.id === exportId);
    if (!record) throw new ServiceError('not-found', 'No such export.');
    return join(this.dir, record.fileName);
  }

  private read(): ReportExport[] {
    try {
      const parsed = JSON.parse(readFileSync(this.manifest, 'utf8')) as unknown;
      return Array.isArray(parsed) ? (parsed as ReportExport[]) : [];
    } catch {
      return [];
    }
  }

  private write(records: ReportExport[]): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.manifest}.tmp`;
    writeFileSync(tmp, JSON.stringify(records, null, 2));
    renameSync(tmp, this.manifest);
  }
}
