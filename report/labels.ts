// Words and number formats every human-readable format shares, so HTML, PDF and CSV say the same.
import type { RequirementStatus } from '../asvs/types.js';
import type { Severity } from '../analyzer/types.js';
import type { FindingDisposition } from './model.js';

export const STATUS_LABEL: Record<RequirementStatus, string> = {
  failing: 'Failing',
  'passing-automated': 'Passing (automated)',
  'passing-attested': 'Passing (attested)',
  'not-applicable': 'Not applicable',
  'not-verified': 'Not verified',
};

/** Fill colours of the status chart and chips; chosen to stay distinct in greyscale print. */
export const STATUS_COLOUR: Record<RequirementStatus, string> = {
  failing: '#c0392b',
  'passing-automated': '#2e8b57',
  'passing-attested': '#1f6f9f',
  'not-applicable': '#8e8e8e',
  'not-verified': '#e3e3e3',
};

export const DISPOSITION_LABEL: Record<FindingDisposition, string> = {
  open: 'Open',
  confirmed: 'Confirmed',
  suppressed: 'Suppressed in source',
  false_positive: 'False positive',
  accepted_risk: 'Accepted risk',
};

export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

export const TRIAGE_LABEL: Record<string, string> = { open: 'Open', confirmed: 'Confirmed', false_positive: 'False positive', accepted_risk: 'Accepted risk' };

export const AUTOMATABLE_LABEL = { automatable: 'automatable', partial: 'partly automatable', manual: 'manual' } as const;

/** `2026-01-05T10:20:30.000Z` → `2026-01-05 10:20 UTC`; anything unparseable is shown as given. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return s < 120 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
