// Evidence files attached to attestations, stored once per content (SHA-256) inside the database
// so the history and its proof travel together. Size-capped: the store is not a file server.
import { createHash } from 'node:crypto';
import type { StoreDb } from './open-store.js';
import type { EvidenceFileRow } from './types.js';
import { StoreInputError } from './errors.js';
import { EVIDENCE_FILE_MAX_BYTES } from './migrations/002-earned-statuses.js';

export { EVIDENCE_FILE_MAX_BYTES };

export interface EvidenceFileInput {
  /** The file's own name (no folders): shown in the app and used inside the evidence pack. */
  name: string;
  content: Uint8Array;
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A file name safe to show and to put in a zip: the last path part, no control characters. */
export function evidenceFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!base || base === '.' || base === '..') throw new StoreInputError(`"${name}" is not a usable file name for evidence.`);
  return base.slice(0, 255);
}

export function checkEvidenceFile(f: EvidenceFileInput): void {
  if (f.content.byteLength > EVIDENCE_FILE_MAX_BYTES) {
    throw new StoreInputError(`${f.name} is ${(f.content.byteLength / 1024 / 1024).toFixed(1)} MiB; evidence files may be at most ${EVIDENCE_FILE_MAX_BYTES / 1024 / 1024} MiB. Attach a smaller file or link to it with --link.`);
  }
}

/** Inside the caller's transaction: stores the content (once) and links it to the attestation. */
export function attachEvidenceFiles(db: StoreDb, attestationId: number, files: readonly EvidenceFileInput[]): void {
  const blob = db.prepare('INSERT OR IGNORE INTO evidence_blobs (sha256, size, content) VALUES (?, ?, ?)');
  const link = db.prepare('INSERT INTO attestation_files (attestation_id, name, sha256) VALUES (?, ?, ?)');
  const names = new Set<string>();
  for (const f of files) {
    checkEvidenceFile(f);
    let name = evidenceFileName(f.name);
    for (let i = 2; names.has(name); i++) name = `${i}-${evidenceFileName(f.name)}`;
    names.add(name);
    const hash = sha256Hex(f.content);
    blob.run(hash, f.content.byteLength, Buffer.from(f.content));
    link.run(attestationId, name, hash);
  }
}

export function attestationFiles(db: StoreDb, attestationId: number): EvidenceFileRow[] {
  return db
    .prepare('SELECT l.name, l.sha256, b.size FROM attestation_files l JOIN evidence_blobs b ON b.sha256 = l.sha256 WHERE l.attestation_id = ? ORDER BY l.name')
    .all(attestationId) as EvidenceFileRow[];
}

/** The stored bytes of one evidence file of a project, or undefined. */
export function evidenceFileContent(db: StoreDb, projectId: number, sha256: string): Buffer | undefined {
  const row = db
    .prepare(
      `SELECT b.content FROM evidence_blobs b WHERE b.sha256 = ? AND EXISTS (
         SELECT 1 FROM attestation_files l JOIN attestations a ON a.id = l.attestation_id WHERE l.sha256 = b.sha256 AND a.project_id = ?)`,
    )
    .get(sha256, projectId) as { content: Buffer } | undefined;
  return row?.content;
}
