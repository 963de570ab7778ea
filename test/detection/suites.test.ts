// The labelled suites stay well-formed: every case on disk has exactly one label, every label
// names a case on disk in its framework's folder, and each class has both kinds. The held-out
// suite is built of twins, so every one of its folders holds as many vulnerable as safe cases.
// These tests say nothing about the analyzer; the bar lives in detection.test.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../domain/index.js';
import { readLabels, suiteFromArgs, SUITES } from './eval.js';
import { labelProblems, oneSidedClasses } from './suite-labels.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const SOURCE_SUITES = [
  { name: 'main', dir: DIR },
  { name: 'heldout', dir: join(DIR, 'heldout') },
];

describe.each(SOURCE_SUITES)('$name suite labels', ({ dir }) => {
  const labels = readLabels(join(dir, 'labels.csv'));

  it('match the cases on disk one to one', () => {
    expect(labelProblems(labels, join(dir, 'cases'), FRAMEWORKS)).toEqual([]);
  });

  it('have vulnerable and safe cases in every class', () => {
    expect(oneSidedClasses(labels)).toEqual([]);
  });
});

describe('heldout suite', () => {
  const labels = readLabels(join(DIR, 'heldout', 'labels.csv'));

  it('holds at least 60 cases', () => {
    expect(labels.length).toBeGreaterThanOrEqual(60);
  });

  it('pairs every safe case with a vulnerable twin in the same folder', () => {
    const byFolder = new Map<string, { vulnerable: number; safe: number }>();
    for (const l of labels) {
      const folder = l.case.split('/').slice(0, 2).join('/');
      const n = byFolder.get(folder) ?? { vulnerable: 0, safe: 0 };
      if (l.vulnerable) n.vulnerable++;
      else n.safe++;
      byFolder.set(folder, n);
    }
    const unbalanced = [...byFolder.entries()].filter(([, n]) => n.vulnerable !== n.safe).map(([f, n]) => `${f}: ${n.vulnerable} / ${n.safe}`);
    expect(unbalanced).toEqual([]);
  });

  it('shares no case and no source file with the main suite', () => {
    const digest = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
    const pyFiles = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pyFiles(join(d, e.name)) : [join(d, e.name)]));
    const mainCases = new Set(readLabels(join(DIR, 'labels.csv')).map((l) => l.case));
    const mainSources = new Set(pyFiles(join(DIR, 'cases')).map(digest));
    expect(labels.filter((l) => mainCases.has(l.case)).map((l) => l.case)).toEqual([]);
    expect(pyFiles(join(DIR, 'heldout', 'cases')).filter((f) => mainSources.has(digest(f)))).toEqual([]);
  });
});

describe('eval suite arguments', () => {
  const [main, heldout] = SUITES;

  it('defaults to the main suite', () => {
    expect(suiteFromArgs([])).toEqual(main);
    expect(main!.name).toBe('main');
  });

  it('selects the held-out suite, in its own folder', () => {
    expect(suiteFromArgs(['--suite', 'heldout'])).toEqual(heldout);
    expect(suiteFromArgs(['--suite=heldout'])).toEqual(heldout);
    expect(heldout!.dir).toBe(join(main!.dir, 'heldout'));
  });

  it('selects the frameworks and access suites, each in its own folder', () => {
    expect(suiteFromArgs(['--suite', 'frameworks'])).toEqual({ name: 'frameworks', dir: join(main!.dir, 'frameworks') });
    expect(suiteFromArgs(['--suite=access'])).toEqual({ name: 'access', dir: join(main!.dir, 'access') });
  });

  it('keeps a directory argument', () => {
    expect(suiteFromArgs(['/tmp/other'])).toEqual({ ...main, dir: '/tmp/other' });
    expect(suiteFromArgs(['--suite', 'heldout', '/tmp/other'])).toEqual({ ...heldout, dir: '/tmp/other' });
  });

  it('refuses unknown suites and options with a message saying what to use', () => {
    expect(suiteFromArgs(['--suite', 'nope'])).toEqual({ error: expect.stringContaining('main, heldout') });
    expect(suiteFromArgs(['--suite'])).toEqual({ error: expect.stringContaining('use --suite') });
    expect(suiteFromArgs(['--verbose'])).toEqual({ error: expect.stringContaining('unknown option --verbose') });
    expect(suiteFromArgs(['a', 'b'])).toEqual({ error: expect.stringContaining('at most one') });
  });
});
