// Attestations: a person's recorded verdict on an ASVS requirement, with evidence. Append-only:
// a new verdict supersedes the old one, and the latest unexpired one counts.
import { z } from 'zod';
import type { StoreDb } from './open-store.js';
import type { AsvsVersion, AttestationRow, AttestationStatus } from './types.js';
import { ATTESTATION_STATUSES } from './types.js';
import { getProject } from './projects.js';
import { reviewerName } from './settings.js';
import { StoreInputError } from './errors.js';
import { toInstant } from './time.js';

export interface AttestationInput {
  projectId: number;
  requirementId: string;
  /** Defaults to the project's target version. */
  asvsVersion?: AsvsVersion;
  status: AttestationStatus;
  evidence: string;
  links?: string[];
  expiresAt?: string | null;
  /** Defaults to the configured reviewer. */
  actor?: string;
  at?: string;
}

const inputSchema = z.object({
  requirementId: z.string().trim().regex(/^V\d+(\.\d+){1,2}$/, 'an ASVS requirement id looks like V1.2.4'),
  status: z.enum(ATTESTATION_STATUSES),
  evidence: z.string().trim().min(1, 'evidence is required: say what was checked and what showed it'),
  links: z.array(z.url('each link must be a full URL such as https://…')).default([]),
  expiresAt: z.iso.datetime({ offset: true }).or(z.iso.date()).nullable().default(null),
});

const COLUMNS = `id, project_id AS projectId, asvs_version AS asvsVersion, requirement_id AS requirementId, status, evidence,
  links_json AS links, actor, at, expires_at AS expiresAt`;

type RawRow = Omit<AttestationRow, 'links'> & { links: string };
const toRow = (r: RawRow): AttestationRow => ({ ...r, links: JSON.parse(r.links) as string[] });

export function recordAttestation(db: StoreDb, input: AttestationInput): AttestationRow {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new StoreInputError(`Attestation not recorded: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}.`);
  const project = getProject(db, input.projectId);
  const v = parsed.data;
  const id = db
    .prepare('INSERT INTO attestations (project_id, asvs_version, requirement_id, status, evidence, links_json, actor, at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(project.id, input.asvsVersion ?? project.asvsVersion, v.requirementId.toUpperCase(), v.status, v.evidence, JSON.stringify(v.links),
      input.actor ?? reviewerName(db), input.at ? toInstant(input.at, 'attestation time') : new Date().toISOString(),
      v.expiresAt ? toInstant(v.expiresAt, 'expiry') : null).lastInsertRowid;
  return toRow(db.prepare(`SELECT ${COLUMNS} FROM attestations WHERE id = ?`).get(id) as RawRow);
}

/** Every attestation of a requirement, newest first. */
export function attestationHistory(db: StoreDb, projectId: number, version: AsvsVersion, requirementId: string): AttestationRow[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM attestations WHERE project_id = ? AND asvs_version = ? AND requirement_id = ? ORDER BY at DESC, id DESC`)
    .all(projectId, version, requirementId) as RawRow[]).map(toRow);
}

/**
 * The attestation in force per requirement at `now`: the latest recorded one, if it has not
 * expired. An expired latest verdict means "not verified" again, not the verdict before it.
 */
export function validAttestations(db: StoreDb, projectId: number, version: AsvsVersion, now: string = new Date().toISOString()): AttestationRow[] {
  return (db
    .prepare(
      `SELECT ${COLUMNS} FROM attestations a
       WHERE project_id = ? AND asvs_version = ? AND at <= ?
         AND id = (SELECT id FROM attestations b WHERE b.project_id = a.project_id AND b.asvs_version = a.asvs_version
                   AND b.requirement_id = a.requirement_id AND b.at <= ? ORDER BY at DESC, id DESC LIMIT 1)
         AND (expires_at IS NULL OR expires_at > ?)
       ORDER BY requirement_id`,
    )
    .all(projectId, version, now, now, now) as RawRow[]).map(toRow);
}
