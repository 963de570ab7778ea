// Display helpers shared by the pages.
import { STATUS_COLOURS, REQUIREMENT_STATUSES, REQUIREMENT_STATUS_LABELS, SEVERITIES, TRIAGE_LABELS as DOMAIN_TRIAGE_LABELS, type RequirementStatus, type Severity } from '../../domain/index.js';

// The lists and words are domain/'s; only the colours are the app's own.
export const SEVERITY_ORDER: readonly Severity[] = SEVERITIES;

export const SEVERITY_COLORS: Record<Severity, string> = {
  critical: '#8e1b3a',
  high: '#d1452f',
  medium: '#e0952a',
  low: '#3f7fbf',
  info: '#7a8794',
};

export const STATUS_ORDER: readonly RequirementStatus[] = REQUIREMENT_STATUSES;

export const STATUS_LABELS = REQUIREMENT_STATUS_LABELS;

/** The domain's colours, but "not verified" follows the theme (styles.css): its paper grey was the brightest thing on the dark dashboard. */
export const STATUS_COLORS: Record<RequirementStatus, string> = { ...STATUS_COLOURS, not_verified: 'var(--status-not-verified)' };

export const TRIAGE_LABELS = DOMAIN_TRIAGE_LABELS;

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
