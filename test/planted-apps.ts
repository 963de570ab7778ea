// The exact-set test every fixture app with planted marks gets (test/planted-marks.ts): scanned like a
// user would, its framework is seen, every `# vuln:` line has its vulnerability, no `# safe:` twin is
// flagged, each planted line is reported once, and where the app plants hotspots exactly those lines
// are reported to review. Known false alarms are recorded per app, exactly, as open work.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import type { Framework, ScanResult } from '../analyzer/types.js';
import { scanSummary } from '../cli/summary.js';
import { comparePlanted, compareReview, flaggedTwins, markKey, plantedMarks, type KnownFalseAlarms } from './planted-marks.js';

export interface PlantedApp {
  /** Its folder under test/fixtures/. */
  app: string;
  framework: Framework;
  /** What the app exercises, for the test's name. */
  about?: string;
  /** The app plants `# review:` hotspots. */
  hotspots?: true;
  known?: KnownFalseAlarms;
}

/**
 * `alone`: the app is written in its framework only (Flask aside, which several build on), every
 * handler is counted and nothing is left unmodelled — the framework apps; a library app only needs
 * its framework named.
 */
export function describePlantedApps(apps: PlantedApp[], options: { alone: boolean }): void {
  describe.each(apps)('$app', ({ app, framework, about, hotspots, known }) => {
    const root = fileURLToPath(new URL(`./fixtures/${app}`, import.meta.url));
    let result: ScanResult;
    beforeAll(async () => {
      result = await scanProject(root);
    }, 120_000);

    it(`is seen as a ${framework} app${about ? ` (${about})` : ''}`, () => {
      expect(result.frameworks).toContain(framework);
      expect(scanSummary(result)).toMatch(new RegExp(`Frameworks: [^\\n]*\\b${framework}\\b`));
      if (!options.alone) return;
      expect(result.frameworks.filter((f) => f !== framework && f !== 'flask')).toEqual([]);
      expect(result.facts?.handlers[framework] ?? 0).toBeGreaterThan(0);
      expect(result.facts?.unmodelled ?? {}).toEqual({});
    });

    it('reports exactly the planted vulnerabilities, each on its line with its CWE', () => {
      const { planted, missing, unmarked } = comparePlanted(root, result);
      expect(planted).toBeGreaterThanOrEqual(4);
      expect(missing).toEqual([]);
      expect(unmarked).toEqual(known?.unmarked ?? []);
    });

    it('reports each planted line once (one finding per flaw, per caller site for shared helpers)', () => {
      const open = result.findings.filter((f) => !f.suppression);
      const perMark = plantedMarks(root, result, 'vuln')
        .concat(plantedMarks(root, result, 'review'))
        .map((m) => ({ mark: markKey(m), findings: open.filter((f) => f.path === m.path && f.range.start.line === m.line && f.cwe.includes(m.cwe)).length }));
      expect(perMark.filter((p) => p.findings > 1)).toEqual([]);
    });

    it('reports nothing of its CWE on any safe twin', () => {
      const { twins, flagged } = flaggedTwins(root, result);
      expect(twins).toBeGreaterThanOrEqual(3);
      expect(flagged).toEqual(known?.twins ?? []);
    });

    // Registered only for apps that plant hotspots: a skipped test would read as work left undone.
    if (hotspots)
      it('reports the planted second-order flows to review (hotspots), each on its line, and no others of their CWEs', () => {
        const { review, missing, unmarked } = compareReview(root, result);
        expect(review).toBeGreaterThanOrEqual(3);
        expect(missing).toEqual([]);
        expect(unmarked).toEqual([]);
      });
  });
}
