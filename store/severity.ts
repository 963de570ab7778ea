// Severity order as a number, so SQL can sort "worst first" with an index.
import { SEVERITIES, type Severity } from '../analyzer/types.js';

/** critical = 0 … info = 4. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function zeroCounts(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}
