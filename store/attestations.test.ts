import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject } from './projects.js';
import { recordAttestation, attestationHistory, validAttestations } from './attestations.js';
import { day } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';

afterAll(removeTempDirs);

describe('attestations', () => {
  it('validates input with messages a person can act on', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    expect(() => recordAttestation(db, { projectId, requirementId: 'session timeout', status: 'pass', evidence: 'x' })).toThrow(/requirementId: an ASVS requirement id looks like V1.2.4/);
    expect(() => recordAttestation(db, { projectId, requirementId: 'V7.2.1', status: 'pass', evidence: ' ' })).toThrow(/evidence is required/);
    expect(() => recordAttestation(db, { projectId, requirementId: 'V7.2.1', status: 'pass', evidence: 'ok', links: ['not a url'] })).toThrow(/links.0: each link must be a full URL/);
  });

  it('is append-only; the latest unexpired attestation counts, and an expired latest one means none', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    recordAttestation(db, { projectId, requirementId: 'V7.2.1', status: 'fail', evidence: 'no timeout', at: day(1), actor: 'Ann' });
    recordAttestation(db, { projectId, requirementId: 'V7.2.1', status: 'pass', evidence: 'timeout 15 min, see config', links: ['https://git.example/cfg'], at: day(2), expiresAt: day(100), actor: 'Ann' });
    recordAttestation(db, { projectId, requirementId: 'V2.1.1', status: 'not_applicable', evidence: 'no user input', at: day(3), actor: 'Bo' });
    expect(validAttestations(db, projectId, '5.0.0', day(50)).map((a) => [a.requirementId, a.status, a.links])).toEqual([
      ['V2.1.1', 'not_applicable', []],
      ['V7.2.1', 'pass', ['https://git.example/cfg']],
    ]);
    // As of day 1.5 only the failing verdict existed.
    expect(validAttestations(db, projectId, '5.0.0', day(1, 12)).map((a) => a.status)).toEqual(['fail']);
    expect(validAttestations(db, projectId, '5.0.0', day(101)).map((a) => a.requirementId)).toEqual(['V2.1.1']);
    expect(attestationHistory(db, projectId, '5.0.0', 'V7.2.1').map((a) => a.status)).toEqual(['pass', 'fail']);
    expect(() => db.prepare("UPDATE attestations SET status = 'pass'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM attestations').run()).toThrow(/append-only/);
  });
});
