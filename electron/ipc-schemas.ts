// Runtime validation of every IPC request. The renderer is treated as untrusted (it shows content
// from scanned repositories), so main accepts nothing it has not parsed against these schemas.
import { z } from 'zod';
import { ASVS_VERSIONS, ATTESTATION_STATUSES, CONFIDENCES, FINDING_KINDS, LIFECYCLES, REPORT_FORMATS, SEVERITIES, TRIAGE_STATUSES } from '../domain/index.js';
import type { Channel, RequestOf } from './ipc-contract.js';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const severity = z.enum(SEVERITIES);
const confidence = z.enum(CONFIDENCES);
const asvsVersion = z.enum(ASVS_VERSIONS);
const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const triage = z.enum(TRIAGE_STATUSES);
const lifecycle = z.enum(LIFECYCLES);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'expected an ISO 8601 date');
const text = (max: number) => z.string().max(max);
const requirementId = z.string().regex(/^V\d{1,2}(\.\d{1,2}){0,2}$/, 'expected an ASVS id like V1.2.4');
const httpsUrl = z
  .string()
  .max(2000)
  .refine((u) => {
    try {
      return new URL(u).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'expected an https URL');
const jobId = z.string().regex(/^[a-z0-9-]{1,64}$/);
// The store refuses control and formatting characters in names with a message; this bounds the size.
const assigneeName = z.string().trim().min(1).max(120);
const nothing = z.null().optional().transform(() => null);

const filter = z
  .object({
    severity: z.array(severity).max(5).optional(),
    confidence: z.array(confidence).max(3).optional(),
    cwe: z.array(z.number().int().positive().max(100_000)).max(50).optional(),
    asvs: requirementId.optional(),
    ruleId: z.array(text(64)).max(200).optional(),
    triage: z.array(triage).max(4).optional(),
    lifecycle: z.array(lifecycle).max(4).optional(),
    pathText: text(500).optional(),
    includeSuppressed: z.boolean().optional(),
    kind: z.enum(FINDING_KINDS).optional(),
    search: text(500).optional(),
    assignee: z.array(assigneeName.nullable()).max(50).optional(),
  })
  .strict();

const settingsPatch = z
  .object({
    reviewer: z.string().trim().min(1).max(200),
    slaDays: z.object({ critical: z.number().int().min(0).max(3650), high: z.number().int().min(0).max(3650), medium: z.number().int().min(0).max(3650), low: z.number().int().min(0).max(3650), info: z.number().int().min(0).max(3650) }).strict(),
    defaultAsvsVersion: asvsVersion,
    defaultLevel: level,
    disabledRules: z.array(text(64)).max(1000),
    theme: z.enum(['system', 'light', 'dark']),
  })
  .partial()
  .strict();

export const REQUEST_SCHEMAS: { [C in Channel]: z.ZodType<RequestOf<C>, unknown> } = {
  'app:info': nothing,
  'projects:list': nothing,
  'projects:add-folder': z.object({ asvsVersion, level }).strict(),
  'projects:add-demo': nothing,
  'projects:update': z.object({ projectId: id, name: z.string().trim().min(1).max(200).optional(), asvsVersion: asvsVersion.optional(), level: level.optional() }).strict(),
  'projects:remove': z.object({ projectId: id }).strict(),
  'scans:start': z.object({ projectId: id }).strict(),
  'scans:status': z.object({ jobId }).strict(),
  'scans:cancel': z.object({ jobId }).strict(),
  'scans:list': z.object({ projectId: id }).strict(),
  'endpoints:list': z.object({ projectId: id, scanId: id.nullable() }).strict(),
  // The endpoint by its place in a stored inventory: the page never names a file.
  'endpoints:source': z.object({ projectId: id, scanId: id, ordinal: z.number().int().min(0).max(1_000_000) }).strict(),
  'dashboard:get': z.object({ projectId: id, asvsVersion, level }).strict(),
  'asvs:tree': z.object({ projectId: id, asvsVersion, level }).strict(),
  'asvs:requirement': z.object({ projectId: id, asvsVersion, requirementId }).strict(),
  'asvs:attest': z
    .object({
      projectId: id,
      asvsVersion,
      requirementId,
      status: z.enum(ATTESTATION_STATUSES),
      evidence: z.string().trim().min(1, 'evidence is required').max(20_000),
      links: z.array(httpsUrl).max(20),
      expiresAt: isoDate.nullable(),
      override: z.string().trim().max(5000).nullable(),
      fileTokens: z.array(z.string().uuid()).max(20),
    })
    .strict(),
  'asvs:pick-evidence': nothing,
  'asvs:save-evidence': z.object({ projectId: id, sha256: z.string().regex(/^[0-9a-f]{64}$/), name: z.string().min(1).max(255) }).strict(),
  'asvs:confirm-suggested': z.object({ projectId: id, asvsVersion, requirementIds: z.array(requirementId).max(400) }).strict(),
  'asvs:import': nothing,
  'advisories:status': nothing,
  'advisories:import': z.object({ kind: z.enum(['file', 'folder']) }).strict(),
  'dependencies:get': z.object({ projectId: id }).strict(),
  'findings:query': z
    .object({
      projectId: id,
      filter,
      sort: z.object({ key: z.enum(['severity', 'confidence', 'rule', 'path', 'firstSeen', 'status']), dir: z.enum(['asc', 'desc']) }).strict(),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(1000),
    })
    .strict(),
  'findings:facets': z.object({ projectId: id }).strict(),
  'findings:detail': z.object({ projectId: id, findingId: id }).strict(),
  'findings:triage': z
    .object({ projectId: id, findingId: id, status: triage, reason: z.string().trim().max(5000).nullable(), expiresAt: isoDate.nullable() })
    .strict()
    .refine((r) => !(r.status === 'false_positive' || r.status === 'accepted_risk') || (r.reason !== null && r.reason.length > 0), {
      message: 'a justification is required for false positive and accepted risk',
      path: ['reason'],
    })
    .refine((r) => r.status !== 'accepted_risk' || r.expiresAt !== null, { message: 'accepted risk needs an expiry date', path: ['expiresAt'] }),
  'findings:review': z
    .object({ projectId: id, findingId: id, verdict: z.enum(['safe', 'needs_fix']), reason: z.string().trim().max(5000).nullable() })
    .strict()
    .refine((r) => r.verdict !== 'safe' || (r.reason !== null && r.reason.length > 0), { message: 'say why the hotspot is safe', path: ['reason'] }),
  'findings:assign': z.object({ projectId: id, findingId: id, assignee: assigneeName.nullable() }).strict(),
  'findings:note': z.object({ projectId: id, findingId: id, body: z.string().trim().min(1, 'a note needs some text').max(10_000) }).strict(),
  'findings:triage-bulk': z
    .object({ projectId: id, findingIds: z.array(id).min(1).max(50_000).nullable(), filter: filter.nullable(), status: triage, reason: z.string().trim().max(5000).nullable(), expiresAt: isoDate.nullable() })
    .strict()
    .refine((r) => (r.findingIds === null) !== (r.filter === null), { message: 'give the selected findings or a filter, not both', path: ['findingIds'] })
    .refine((r) => !(r.status === 'false_positive' || r.status === 'accepted_risk') || (r.reason !== null && r.reason.length > 0), {
      message: 'a justification is required for false positive and accepted risk',
      path: ['reason'],
    })
    .refine((r) => r.status !== 'accepted_risk' || r.expiresAt !== null, { message: 'accepted risk needs an expiry date', path: ['expiresAt'] }),
  'trends:get': z.object({ projectId: id }).strict(),
  'scans:compare': z.object({ projectId: id, fromScanId: id.nullable(), toScanId: id.nullable() }).strict(),
  'reports:formats': nothing,
  'reports:export': z.object({ projectId: id, scanId: id, asvsVersion, level, format: z.enum(REPORT_FORMATS) }).strict(),
  'reports:list': z.object({ projectId: id }).strict(),
  'reports:reveal': z.object({ exportId: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/) }).strict(),
  'settings:get': nothing,
  'settings:update': settingsPatch,
  'links:open': z.object({ url: httpsUrl }).strict(),
};
