// Severity order as a number, so SQL can sort "worst first" with an index.
import type { Severity } from '../domain/index.js';

export { severityRank } from '../domain/index.js';

export function zeroCounts(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}
