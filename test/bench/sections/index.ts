// Benchmark sections, one line each.
import type { BenchSection } from '../section.js';
import { analyzerScanSection } from './analyzer-scan.js';
import { storeSection } from '../store.js';
import { reportSection } from '../report.js';
import { storeScaleSection } from '../store-scale.js';
import { hostileInputsSection } from '../hostile-inputs.js';
import { ordinarySourceSection } from './ordinary-source.js';
import { hostileShapesSection } from './hostile-shapes.js';

export const sections: readonly BenchSection[] = [
  analyzerScanSection,
  hostileShapesSection,
  storeSection,
  reportSection,
  storeScaleSection,
  hostileInputsSection,
  ordinarySourceSection,
];
