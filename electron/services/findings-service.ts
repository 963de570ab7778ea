// Findings: the paged list behind the virtualised table, one finding in full, and triage.
import { ruleById } from '../../analyzer/rules/index.js';
import { variantOfFix } from '../../analyzer/fix-guidance.js';
import {
  endpointsOfFinding,
  addNote, assignmentHistory, findingFacets, findingNotes, getFinding, getProject, listFindings, projectAssignees, recordAssignment, recordBulkTriage, recordHotspotReview, recordTriage,
  type FindingFilter as StoreFilter, type FindingSort, type StoreDb,
} from '../../store/index.js';
import { codeContext } from './code-context.js';
import type { FindingDetail, FindingFacets, FindingSortKey, FindingsFilter, FindingsPage, FindingsQuery, TriageStatus } from '../ipc-contract.js';
import type { GeneratedLinks } from '../security/generated-links.js';
import { ServiceError } from './service-error.js';
import { LIFECYCLES, TRIAGE_STATUSES } from '../../domain/index.js';
import { findingView } from './views.js';

const SORTS: Record<FindingSortKey, FindingSort> = { severity: 'severity', confidence: 'confidence', rule: 'rule', path: 'path', firstSeen: 'firstSeen', status: 'triage' };

/** An empty list in the contract means "any"; the store's defaults (open, not fixed) are not applied behind the user's back. */
function storeFilter(f: FindingsFilter): StoreFilter {
  const asvs = f.asvs?.trim();
  return {
    severity: f.severity,
    confidence: f.confidence,
    cwe: f.cwe,
    ruleId: f.ruleId,
    text: f.pathText,
    lifecycle: f.lifecycle ?? [...LIFECYCLES],
    triage: [...(f.triage ?? TRIAGE_STATUSES)],
    suppressed: f.includeSuppressed ? 'any' : false,
    kind: [f.kind ?? 'vulnerability'],
    search: f.search,
    assignee: f.assignee,
    ...(asvs ? (asvs.split('.').length >= 3 ? { asvsRequirement: [asvs] } : { asvsChapter: [asvs] }) : {}),
  };
}

export function queryFindings(db: StoreDb, q: FindingsQuery): FindingsPage {
  // The store's "severity ascending" means worst first; the table's "descending" means worst first.
  const direction = q.sort.key === 'severity' || q.sort.key === 'confidence' ? (q.sort.dir === 'desc' ? 'asc' : 'desc') : q.sort.dir;
  const page = listFindings(db, q.projectId, { filter: storeFilter(q.filter), sort: SORTS[q.sort.key], direction, offset: q.offset, limit: q.limit });
  return { total: page.total, offset: page.offset, rows: page.rows.map(findingView) };
}

export function facets(db: StoreDb, projectId: number): FindingFacets {
  getProject(db, projectId);
  return { ...findingFacets(db, projectId), assignees: projectAssignees(db, projectId).map((a) => ({ name: a.assignee, count: a.count })) };
}

export function findingDetail(db: StoreDb, links: GeneratedLinks, projectId: number, findingId: number): FindingDetail {
  const f = getFinding(db, findingId);
  // A finding of another project is "not found": ids are not a capability to read across projects.
  if (!f || f.projectId !== projectId) throw new ServiceError('not-found', `No finding ${findingId} in this project.`);
  const rule = ruleById(f.ruleId);
  if (rule) links.register(rule.docs.references);
  // The rule's example and fix in the finding's framework when its fix is that framework's variant.
  const docs = rule ? (variantOfFix(rule, f.fix) ?? rule.docs) : null;
  const around = codeContext({ root: getProject(db, projectId).rootPath, path: f.path, startLine: f.startLine, endLine: f.endLine, snippet: f.snippet });
  return {
    ...findingView(f),
    snippet: f.snippet,
    endLine: f.endLine,
    column: f.startColumn,
    trace: f.trace.map((s) => ({ kind: s.kind, path: s.path, line: s.range.start.line, column: s.range.start.column, message: s.message, snippet: s.snippet })),
    fix: f.fix,
    tool: f.tool,
    suppression: f.suppression ? { kind: f.suppression, justification: f.suppressionReason } : null,
    rule: rule && docs ? { id: rule.id, title: rule.title, what: rule.docs.what, why: rule.docs.why, example: docs.example, fix: docs.fix, references: rule.docs.references.filter((r) => r.startsWith('https://')) } : null,
    triageHistory: f.triageHistory.map((h) => ({ status: h.status, reason: h.reason || null, by: h.actor, at: h.at, expiresAt: h.expiresAt })).reverse(),
    assignmentHistory: assignmentHistory(db, findingId).map((a) => ({ assignee: a.assignee, by: a.actor, at: a.at })).reverse(),
    notes: findingNotes(db, findingId).map((n) => ({ body: n.body, by: n.actor, at: n.at })),
    context: around.context,
    contextNote: around.note,
    endpoints: endpointLinks(db, projectId, f.fingerprint),
  };
}

function endpointLinks(db: StoreDb, projectId: number, fingerprint: string): FindingDetail['endpoints'] {
  return endpointsOfFinding(db, projectId, fingerprint).map(({ endpoint: e, via }) => ({ framework: e.framework, methods: e.methods, path: e.path, handler: e.handler.name, via }));
}

export function triageBulk(
  db: StoreDb,
  r: { projectId: number; findingIds: number[] | null; filter: FindingsFilter | null; status: TriageStatus; reason: string | null; expiresAt: string | null },
): { count: number; status: TriageStatus; expiresAt: string | null } {
  const decision = { projectId: r.projectId, status: r.status, reason: r.reason ?? undefined, expiresAt: r.expiresAt };
  // The same filter the table shows: "all N matching" decides exactly the rows the person sees counted.
  const out = r.filter ? recordBulkTriage(db, { ...decision, filter: storeFilter(r.filter) }) : recordBulkTriage(db, { ...decision, findingIds: r.findingIds ?? [] });
  return { count: out.count, status: out.status, expiresAt: out.expiresAt };
}

export function triage(db: StoreDb, links: GeneratedLinks, request: { projectId: number; findingId: number; status: TriageStatus; reason: string | null; expiresAt: string | null }): FindingDetail {
  findingDetail(db, links, request.projectId, request.findingId);
  recordTriage(db, { findingId: request.findingId, status: request.status, reason: request.reason ?? undefined, expiresAt: request.expiresAt });
  return findingDetail(db, links, request.projectId, request.findingId);
}

export function reviewHotspot(db: StoreDb, links: GeneratedLinks, request: { projectId: number; findingId: number; verdict: 'safe' | 'needs_fix'; reason: string | null }): FindingDetail {
  const before = findingDetail(db, links, request.projectId, request.findingId);
  if (before.review === null) throw new ServiceError('conflict', 'This finding is a vulnerability, not a hotspot: triage it on the Findings page.');
  recordHotspotReview(db, { findingId: request.findingId, verdict: request.verdict === 'safe' ? 'safe' : 'needs_fix', reason: request.reason ?? undefined });
  return findingDetail(db, links, request.projectId, request.findingId);
}

export function assign(db: StoreDb, links: GeneratedLinks, request: { projectId: number; findingId: number; assignee: string | null }): FindingDetail {
  findingDetail(db, links, request.projectId, request.findingId);
  recordAssignment(db, { findingId: request.findingId, assignee: request.assignee });
  return findingDetail(db, links, request.projectId, request.findingId);
}

export function note(db: StoreDb, links: GeneratedLinks, request: { projectId: number; findingId: number; body: string }): FindingDetail {
  findingDetail(db, links, request.projectId, request.findingId);
  addNote(db, { findingId: request.findingId, body: request.body });
  return findingDetail(db, links, request.projectId, request.findingId);
}
