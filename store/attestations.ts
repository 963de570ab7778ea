// Attestations: a person's recorded verdict on an ASVS requirement, with evidence. Append-only:
// a new verdict supersedes the old one, and the latest unexpired one counts.
import { z } from 'zod';
import type { StoreDb } from './open-store.js';
import type { AsvsVersion, AttestationRow, AttestationStatus } from './types.js';
import { ATTESTATION_STATUSES } from './types.js';
import { getProject } from './projects.js';
import { reviewerFor } from './settings.js';
import { StoreInputError } from './errors.js';
import { toInstant } from './time.js';
import { findRequirement, nearestRequirementIds } from '../asvs/catalogue.js';
import type { FindingStanding } from '../domain/index.js';
import { attachEvidenceFiles, attestationFiles, checkEvidenceFile, type EvidenceFileInput } from './evidence-files.js';
import { findingStandings } from './queries/standings.js';
import { latestScan } from './queries/scans.js';

const FAILING_STANDINGS: readonly FindingStanding[] = ['open', 'suppressed_without_reason'];

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
  /** Records a pass over open findings, with this justification (a conflict every view shows). */
  override?: string | null;
  files?: readonly EvidenceFileInput[];
}

/** A pass attested over open findings without --override: refused, naming the findings. */
export class AttestationConflictError extends StoreInputError {
  override name = 'AttestationConflictError';
  constructor(
    readonly requirementId: string,
    readonly openFindings: number,
    readonly rules: string[],
  ) {
    super(
      `${requirementId} has ${openFindings} open finding${openFindings === 1 ? '' : 's'} (${rules.join(', ')}) in the latest scan, so a pass would contradict it. ` +
        'Fix or triage them first, or record the pass anyway with an override justification (CLI: --override "why").',
    );
  }
}

/** An id the chosen ASVS version does not have. */
export class UnknownRequirementError extends StoreInputError {
  override name = 'UnknownRequirementError';
  constructor(
    readonly version: AsvsVersion,
    readonly requirementId: string,
    readonly nearest: string[],
  ) {
    super(`ASVS ${version} has no requirement ${requirementId}. Nearest: ${nearest.join(', ')}. List them with \`assay asvs list\`.`);
  }
}

const inputSchema = z.object({
  requirementId: z.string().trim().regex(/^V\d+(\.\d+){1,2}$/, 'an ASVS requirement id looks like V1.2.4'),
  status: z.enum(ATTESTATION_STATUSES),
  evidence: z.string().trim().min(1, 'evidence is required: say what was checked and what showed it'),
  links: z.array(z.url('each link must be a full URL such as https://…')).default([]),
  expiresAt: z.iso.datetime({ offset: true }).or(z.iso.date()).nullable().default(null),
});

const COLUMNS = `id, project_id AS projectId, asvs_version AS asvsVersion, requirement_id AS requirementId, status, evidence,
  links_json AS links, actor, at, expires_at AS expiresAt, override_reason AS overrideReason, overridden_findings AS overriddenFindings`;

type RawRow = Omit<AttestationRow, 'links' | 'files'> & { links: string };

function rowsOf(db: StoreDb, raw: readonly RawRow[]): AttestationRow[] {
  return raw.map((r) => ({ ...r, links: JSON.parse(r.links) as string[], files: attestationFiles(db, r.id) }));
}

/** Findings of the latest scan that make `requirementId` fail (open, or suppressed without a reason). */
export function failingFindingsOf(db: StoreDb, projectId: number, version: AsvsVersion, requirementId: string, now: string): { count: number; rules: string[] } {
  const scan = latestScan(db, projectId);
  if (!scan) return { count: 0, rules: [] };
  const groups = findingStandings(db, scan.id, version, now).filter((g) => g.requirementId === requirementId && FAILING_STANDINGS.includes(g.standing));
  return { count: groups.reduce((n, g) => n + g.count, 0), rules: [...new Set(groups.map((g) => g.ruleId))].sort() };
}

export function recordAttestation(db: StoreDb, input: AttestationInput): AttestationRow {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new StoreInputError(`Attestation not recorded: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}.`);
  const project = getProject(db, input.projectId);
  const v = parsed.data;
  const version = input.asvsVersion ?? project.asvsVersion;
  const requirementId = v.requirementId.toUpperCase();
  if (!findRequirement(version, requirementId)) throw new UnknownRequirementError(version, requirementId, nearestRequirementIds(version, requirementId));
  for (const f of input.files ?? []) checkEvidenceFile(f);
  const at = input.at ? toInstant(input.at, 'attestation time') : new Date().toISOString();
  const override = input.override?.trim() || null;
  let overridden = 0;
  if (v.status === 'pass') {
    const failing = failingFindingsOf(db, project.id, version, requirementId, at);
    if (failing.count > 0 && !override) throw new AttestationConflictError(requirementId, failing.count, failing.rules);
    overridden = failing.count;
  }
  const id = db.transaction(() => {
    const rowId = Number(
      db
        .prepare(
          `INSERT INTO attestations (project_id, asvs_version, requirement_id, status, evidence, links_json, actor, at, expires_at, override_reason, overridden_findings)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(project.id, version, requirementId, v.status, v.evidence, JSON.stringify(v.links), input.actor ?? reviewerFor(db, project.rootPath), at,
          v.expiresAt ? toInstant(v.expiresAt, 'expiry') : null, overridden > 0 ? override : null, overridden).lastInsertRowid,
    );
    attachEvidenceFiles(db, rowId, input.files ?? []);
    return rowId;
  })();
  return rowsOf(db, [db.prepare(`SELECT ${COLUMNS} FROM attestations WHERE id = ?`).get(id) as RawRow])[0]!;
}

/** Every attestation of a requirement, newest first. */
export function attestationHistory(db: StoreDb, projectId: number, version: AsvsVersion, requirementId: string): AttestationRow[] {
  return rowsOf(db, db.prepare(`SELECT ${COLUMNS} FROM attestations WHERE project_id = ? AND asvs_version = ? AND requirement_id = ? ORDER BY at DESC, id DESC`).all(projectId, version, requirementId) as RawRow[]);
}

/**
 * The attestation in force per requirement at `now`: the latest recorded one, if it has not
 * expired. An expired latest verdict means "not verified" again, not the verdict before it.
 */
export function validAttestations(db: StoreDb, projectId: number, version: AsvsVersion, now: string = new Date().toISOString()): AttestationRow[] {
  return rowsOf(db, db
    .prepare(
      `SELECT ${COLUMNS} FROM attestations a
       WHERE project_id = ? AND asvs_version = ? AND at <= ?
         AND id = (SELECT id FROM attestations b WHERE b.project_id = a.project_id AND b.asvs_version = a.asvs_version
                   AND b.requirement_id = a.requirement_id AND b.at <= ? ORDER BY at DESC, id DESC LIMIT 1)
         AND (expires_at IS NULL OR expires_at > ?)
       ORDER BY requirement_id`,
    )
    .all(projectId, version, now, now, now) as RawRow[]);
}
