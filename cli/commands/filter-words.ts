// `--filter key=value` for commands that act on many findings (triage): the same words as the
// `assay findings` options, so a listing and a decision select the same rows.
import { SEVERITIES, type Severity } from '../../domain/index.js';
import type { FindingFilter } from '../../store/index.js';
import { UsageError } from '../errors.js';
import { filterFromStatus } from './findings.js';

export const FILTER_KEYS = ['status', 'severity', 'rule', 'cwe', 'search', 'path'] as const;

function values(text: string): string[] {
  return text.split(',').map((v) => v.trim()).filter(Boolean);
}

export function filterFromPairs(pairs: readonly string[]): FindingFilter {
  const byKey = new Map<string, string[]>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim().toLowerCase() : '';
    if (!(FILTER_KEYS as readonly string[]).includes(key) || eq === pair.length - 1) {
      throw new UsageError(`--filter takes key=value with key one of ${FILTER_KEYS.join(', ')} (got "${pair}"), e.g. --filter rule=PY-DESER-YAML --filter severity=low,info`);
    }
    byKey.set(key, [...(byKey.get(key) ?? []), ...values(pair.slice(eq + 1))]);
  }
  const filter = filterFromStatus((byKey.get('status') ?? []).map((w) => w.toLowerCase().replace(/-/g, '_')));
  const severities = (byKey.get('severity') ?? []).map((s) => s.toLowerCase());
  for (const s of severities) if (!(SEVERITIES as readonly string[]).includes(s)) throw new UsageError(`severity must be one of ${SEVERITIES.join(', ')} (got "${s}").`);
  if (severities.length) filter.severity = severities as Severity[];
  const rules = byKey.get('rule') ?? [];
  if (rules.length) filter.ruleId = rules;
  const cwes = (byKey.get('cwe') ?? []).map((c) => Number(c.toLowerCase().replace(/^cwe-?/, '')));
  if (cwes.some((c) => !Number.isInteger(c) || c <= 0)) throw new UsageError('cwe takes a CWE number, e.g. --filter cwe=89.');
  if (cwes.length) filter.cwe = cwes;
  const paths = byKey.get('path') ?? [];
  if (paths.length) filter.path = paths;
  const search = byKey.get('search');
  if (search?.length) filter.text = search.join(' ');
  return filter;
}
