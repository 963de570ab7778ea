// Benchmark sections, one line each.
import type { BenchSection } from '../section.js';
import { analyzerScanSection } from './analyzer-scan.js';

export const sections: readonly BenchSection[] = [
  analyzerScanSection,
];
