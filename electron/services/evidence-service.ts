// Evidence files in the app: main opens the file dialog and reads the chosen files (the renderer
// never sends a path), holding them under one-time tokens until the attestation that uses them is
// recorded; a stored file is saved where the person chooses with the save dialog.
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { EVIDENCE_FILE_MAX_BYTES, evidenceFileContent, getProject, type EvidenceFileInput, type StoreDb } from '../../store/index.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './service-error.js';

const pending = new Map<string, EvidenceFileInput>();

export async function pickEvidence(ctx: ServiceContext): Promise<Array<{ token: string; name: string; bytes: number }> | null> {
  const paths = await ctx.dialogs.pickEvidenceFiles();
  if (paths === null) return null;
  return paths.map((p) => {
    const size = statSync(p).size;
    if (size > EVIDENCE_FILE_MAX_BYTES) throw new ServiceError('invalid-request', `${basename(p)} is ${(size / 1024 / 1024).toFixed(1)} MiB; evidence files may be at most ${EVIDENCE_FILE_MAX_BYTES / 1024 / 1024} MiB.`);
    const token = randomUUID();
    pending.set(token, { name: basename(p), content: readFileSync(p) });
    return { token, name: basename(p), bytes: size };
  });
}

/** The files behind the tokens, each usable once. */
export function takeEvidence(tokens: readonly string[]): EvidenceFileInput[] {
  return tokens.map((t) => {
    const f = pending.get(t);
    if (!f) throw new ServiceError('invalid-request', 'An attached file is no longer available: choose it again.');
    pending.delete(t);
    return f;
  });
}

export async function saveEvidence(ctx: ServiceContext, db: StoreDb, request: { projectId: number; sha256: string; name: string }): Promise<string | null> {
  getProject(db, request.projectId);
  const bytes = evidenceFileContent(db, request.projectId, request.sha256);
  if (!bytes) throw new ServiceError('not-found', 'This project has no evidence file with that content.');
  const target = await ctx.dialogs.saveEvidenceAs(basename(request.name));
  if (target === null) return null;
  writeFileSync(target, bytes);
  return basename(target);
}
