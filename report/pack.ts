// The evidence pack: a zip of the chosen reports and a manifest with the SHA-256 of each, so an
// auditor can later show that nothing in it changed since it was made (see verify-pack.ts).
import { zipSync, type Zippable } from 'fflate';
import type { ReportModel } from './model.js';
import { ENDPOINTS_FILE, ENDPOINTS_FORMAT, EVIDENCE_FORMAT, MANIFEST_NAME, PACK_FILES, PACK_FORMAT, PACK_VERSION, isSafeEntryName, sha256, type PackFormat, type PackManifest } from './pack-manifest.js';
import { renderFormat, type PdfRenderer } from './render.js';
import { endpointsPackFile } from './endpoints-model.js';

/** A fixed timestamp inside the zip: the manifest carries the real time, and equal inputs give equal bytes. */
const ZIP_MTIME = new Date('2000-01-01T00:00:00Z');

/** The stored bytes of an evidence file by SHA-256 (store/ evidenceFileContent), for the pack. */
export type EvidenceLoader = (sha256: string) => Uint8Array | undefined;

export async function buildEvidencePack(model: ReportModel, formats: readonly PackFormat[], pdfRenderer?: PdfRenderer, evidence?: EvidenceLoader): Promise<Uint8Array> {
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
  const inventory = endpointsPackFile(model);
  if (inventory) {
    entries[ENDPOINTS_FILE] = [inventory, { mtime: ZIP_MTIME }];
    files.push({ path: ENDPOINTS_FILE, format: ENDPOINTS_FORMAT, bytes: inventory.length, sha256: sha256(inventory) });
  }
  // Each attested requirement's files, once per content; the manifest's hash is the store's address.
  const added = new Set<string>();
  for (const r of model.requirements) {
    for (const f of r.attestation?.files ?? []) {
      const path = `evidence/${f.sha256}/${f.name}`;
      if (added.has(path) || !evidence || !isSafeEntryName(path)) continue;
      const bytes = evidence(f.sha256);
      if (!bytes) throw new Error(`Evidence file ${f.name} (sha256 ${f.sha256}) of ${r.id} is missing from the store.`);
      if (sha256(bytes) !== f.sha256) throw new Error(`Evidence file ${f.name} of ${r.id} does not match its recorded SHA-256; the store is damaged.`);
      entries[path] = [bytes, { mtime: ZIP_MTIME }];
      files.push({ path, format: EVIDENCE_FORMAT, bytes: bytes.length, sha256: f.sha256 });
      added.add(path);
    }
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
