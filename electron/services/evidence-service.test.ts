// Evidence files picked in the app: main reads the chosen file, the attestation stores it by
// SHA-256, and the person can save it again byte for byte.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject, openStore, sha256Hex } from '../../store/index.js';
import type { ServiceContext } from './context.js';
import { attest } from './asvs-service.js';
import { pickEvidence, saveEvidence } from './evidence-service.js';

const dir = mkdtempSync(join(tmpdir(), 'assay-evidence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evidence files in the app', () => {
  it('attaches a picked file to an attestation and saves it again unchanged', async () => {
    const db = openStore(join(dir, 'a.db'));
    const projectId = ensureProject(db, { rootPath: join(dir, 'project') }).id;
    const proof = join(dir, 'pentest-summary.txt');
    writeFileSync(proof, 'No findings on the login flow (2026-11).\n');
    const saved = join(dir, 'saved.txt');
    const ctx = { db, dialogs: { pickEvidenceFiles: async () => [proof], saveEvidenceAs: async () => saved } } as unknown as ServiceContext;

    const picked = (await pickEvidence(ctx))!;
    expect(picked).toEqual([{ token: expect.any(String), name: 'pentest-summary.txt', bytes: 41 }]);
    const detail = attest(db, { projectId, asvsVersion: '5.0.0', requirementId: 'V6.1.1', status: 'pass', evidence: 'external test report', links: [], expiresAt: null, override: null, fileTokens: [picked[0]!.token] }, () => null);
    const file = detail.attestations[0]!.files[0]!;
    expect(file).toEqual({ name: 'pentest-summary.txt', sha256: sha256Hex(readFileSync(proof)), size: 41 });
    // A token is used once.
    expect(() => attest(db, { projectId, asvsVersion: '5.0.0', requirementId: 'V6.1.1', status: 'pass', evidence: 'again', links: [], expiresAt: null, override: null, fileTokens: [picked[0]!.token] }, () => null)).toThrow(/choose it again/);

    expect(await saveEvidence(ctx, db, { projectId, sha256: file.sha256, name: file.name })).toBe('saved.txt');
    expect(readFileSync(saved).equals(readFileSync(proof))).toBe(true);
    db.close();
  });
});
