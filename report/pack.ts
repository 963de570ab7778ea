// The evidence pack: a zip of the chosen reports and a manifest with the SHA-256 of each, so an
// auditor can later show that nothing in it changed since it was made (see verify-pack.ts).
import { zipSync, type Zippable } from 'fflate';
import type { ReportModel } from './model.js';
import { MANIFEST_NAME, PACK_FILES, PACK_FORMAT, PACK_VERSION, sha256, type PackFormat, type PackManifest } from './pack-manifest.js';
import { renderFormat, type PdfRenderer } from './render.js';

/** A fixed timestamp inside the zip: the manifest carries the real time, and equal inputs give equal bytes. */
const ZIP_MTIME = new Date('2000-01-01T00:00:00Z');

export async function buildEvidencePack(model: ReportModel, formats: readonly PackFormat[], pdfRenderer?: PdfRenderer): Promise<Uint8Array> {
  const chosen = [...new Set(formats)];
  if (chosen.length === 0) throw new Error('An evidence pack needs at least one report format.');
  const entries: Zippable = {};
  const files: PackManifest['files'] = [];
  for (const format of chosen) {
    const bytes = await renderFormat(model, format, pdfRenderer);
    const path = PACK_FILES[format];
    entries[path] = [bytes, { mtime: ZIP_MTIME }];
    files.push({ path, format, bytes: bytes.length, sha256: sha256(bytes) });
  }
  const s = model.scan;
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    generatedAt: model.generatedAt,
    reviewer: model.reviewer,
    tool: model.tool,
    project: { name: model.project.name, rootPath: model.project.rootPath },
    scanIds: [s.id],
    scan: { id: s.id, status: s.status, startedAt: s.startedAt, finishedAt: s.finishedAt, gitCommit: s.gitCommit, gitBranch: s.gitBranch, gitDirty: s.gitDirty },
    asvs: model.asvs,
    compliance: model.compliance.total.compliance,
    files,
  };
  entries[MANIFEST_NAME] = [new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'), { mtime: ZIP_MTIME }];
  return zipSync(entries, { level: 6 });
}
