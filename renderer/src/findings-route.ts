// The Findings page's state in the URL: filter, sort and the open finding. Only what differs from
// the default list (open and confirmed, not fixed, worst first) is written, so a link from the
// dashboard reads `#/findings?sev=high` and back/forward restore exactly what was shown.
import type { Confidence, FindingSortKey, FindingsFilter, Lifecycle, Severity, TriageStatus } from '../../electron/ipc-contract.js';
import { CONFIDENCES, LIFECYCLES, SEVERITIES, TRIAGE_STATUSES } from '../../domain/index.js';
import type { RouteParams } from './route.js';

export const DEFAULT_LIFECYCLE: Lifecycle[] = ['new', 'persisting', 'reopened'];
export const DEFAULT_TRIAGE: TriageStatus[] = ['open', 'confirmed'];
const SORT_KEYS: readonly FindingSortKey[] = ['severity', 'confidence', 'rule', 'path', 'firstSeen', 'status'];
/** The URL's word for "nobody is assigned". */
export const UNASSIGNED_PARAM = '-';
/** The URL's word for "any value" (a list left empty in the filter). */
const ANY = 'any';

export interface FindingsRoute {
  filter: FindingsFilter;
  sort: { key: FindingSortKey; dir: 'asc' | 'desc' };
  selected: number | null;
}

function listOf<T extends string>(raw: string | null, allowed: readonly T[], fallback: T[] | undefined): T[] | undefined {
  if (raw === null) return fallback;
  if (raw === ANY) return undefined;
  const values = raw.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return values.length ? values : fallback;
}

const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) => JSON.stringify(a ? [...a].sort() : null) === JSON.stringify(b ? [...b].sort() : null);

const positive = (raw: string | null) => (raw !== null && /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null);

export function findingsRouteFrom(params: URLSearchParams): FindingsRoute {
  const text = (k: string) => params.get(k)?.slice(0, 500) || undefined;
  const cwe = positive(params.get('cwe'));
  const asvs = params.get('asvs');
  const who = params.get('who');
  const [key, dir] = (params.get('sort') ?? '').split(':');
  return {
    filter: {
      severity: listOf<Severity>(params.get('sev'), SEVERITIES, undefined),
      confidence: listOf<Confidence>(params.get('conf'), CONFIDENCES, undefined),
      triage: listOf<TriageStatus>(params.get('triage'), TRIAGE_STATUSES, DEFAULT_TRIAGE),
      lifecycle: listOf<Lifecycle>(params.get('life'), LIFECYCLES, DEFAULT_LIFECYCLE),
      ruleId: text('rule') ? [text('rule')!] : undefined,
      cwe: cwe !== null ? [cwe] : undefined,
      asvs: asvs && /^V\d{1,2}(\.\d{1,2}){0,2}$/.test(asvs) ? asvs : undefined,
      search: text('q'),
      pathText: text('path'),
      assignee: who === null ? undefined : [who === UNASSIGNED_PARAM ? null : who.slice(0, 120)],
      includeSuppressed: params.get('supp') === '1' ? true : undefined,
    },
    sort: { key: (SORT_KEYS as readonly string[]).includes(key ?? '') ? (key as FindingSortKey) : 'severity', dir: dir === 'asc' ? 'asc' : 'desc' },
    selected: positive(params.get('sel')),
  };
}

export function findingsRouteParams(r: FindingsRoute): RouteParams {
  const f = r.filter;
  const list = (v: readonly string[] | undefined, fallback: readonly string[] | undefined) => (same(v, fallback) ? undefined : v === undefined ? ANY : v.join(','));
  return {
    q: f.search,
    sev: f.severity?.join(','),
    conf: f.confidence?.join(','),
    triage: list(f.triage, DEFAULT_TRIAGE),
    life: list(f.lifecycle, DEFAULT_LIFECYCLE),
    rule: f.ruleId?.[0],
    cwe: f.cwe?.[0],
    asvs: f.asvs,
    path: f.pathText,
    who: f.assignee === undefined ? undefined : f.assignee[0] === null ? UNASSIGNED_PARAM : f.assignee[0],
    supp: f.includeSuppressed ? '1' : undefined,
    sort: r.sort.key === 'severity' && r.sort.dir === 'desc' ? undefined : `${r.sort.key}:${r.sort.dir}`,
    sel: r.selected,
  };
}
