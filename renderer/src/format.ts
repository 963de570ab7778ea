// Display helpers shared by the pages.
import type { CoverageStatus, Severity, TriageStatus } from '../../electron/ipc-contract.js';

export const SEVERITY_ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export const SEVERITY_COLORS: Record<Severity, string> = {
  critical: '#8e1b3a',
  high: '#d1452f',
  medium: '#e0952a',
  low: '#3f7fbf',
  info: '#7a8794',
};

export const STATUS_ORDER: CoverageStatus[] = ['failing', 'passing-automated', 'passing-attested', 'not-applicable', 'not-verified'];

export const STATUS_LABELS: Record<CoverageStatus, string> = {
  failing: 'Failing',
  'passing-automated': 'Passing (automated)',
  'passing-attested': 'Passing (attested)',
  'not-applicable': 'Not applicable',
  'not-verified': 'Not verified',
};

export const STATUS_COLORS: Record<CoverageStatus, string> = {
  failing: '#d1452f',
  'passing-automated': '#2e8b57',
  'passing-attested': '#6ab187',
  'not-applicable': '#8d99ae',
  'not-verified': '#c9ced6',
};

export const TRIAGE_LABELS: Record<TriageStatus, string> = {
  open: 'Open',
  confirmed: 'Confirmed',
  'false-positive': 'False positive',
  'accepted-risk': 'Accepted risk',
};

export function percent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '—';
  return `${(ratio * 100).toFixed(digits)}%`;
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function shortDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
