// Words and number formats every human-readable format shares, so HTML, PDF and CSV say the same.
import { STATUS_COLOURS, type FindingStanding } from '../domain/index.js';
import type { FindingDisposition } from './model.js';

/** Fill colours of the status chart and chips (domain's, so the app's charts and the reports agree). */
export const STATUS_COLOUR = STATUS_COLOURS;

export const STANDING_LABEL: Record<FindingStanding, string> = {
  open: 'Open',
  suppressed_without_reason: 'Suppressed without a reason',
  risk_accepted: 'Accepted risk',
  suppressed_with_reason: 'Suppressed with a reason',
  unreviewed_hotspot: 'Hotspot to review',
  false_positive: 'False positive',
  reviewed_safe: 'Hotspot reviewed safe',
};

export const DISPOSITION_LABEL: Record<FindingDisposition, string> = {
  open: 'Open',
  confirmed: 'Confirmed',
  suppressed: 'Suppressed in source',
  false_positive: 'False positive',
  accepted_risk: 'Accepted risk',
};

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

