// The compact tree changes how the analyzer reads syntax, never what it finds: the whole pipeline
// (rules, suppressions, taint facts, the project-wide pass) runs once over tree-sitter's own nodes
// and once over the compact tree, and every finding (id, range, message, trace, fingerprint) and
// every file's taint facts must be identical — on the demo project, the detection suite and the
// Python standard library.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSources, type SourceFile } from '../analyzer/analyze-source.js';
import { decodeSource } from '../analyzer/encoding.js';

const MAX_BYTES = 2 * 1024 * 1024;

function pythonSources(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory() && e.name !== '__pycache__' && e.name !== 'node_modules') walk(p);
      else if (e.isFile() && e.name.endsWith('.py') && statSync(p).size <= MAX_BYTES) {
        const decoded = decodeSource(readFileSync(p));
        if (decoded.ok) out.push({ path: relative(root, p), source: decoded.text });
      }
    }
  };
  walk(root);
  return out;
}

function compare(root: string, minFindings: number): void {
  const sources = pythonSources(root);
  expect(sources.length).toBeGreaterThan(0);
  const native = analyzeSources(sources, undefined, { syntax: 'native' });
  const compact = analyzeSources(sources, undefined, { syntax: 'compact' });
  expect(compact.findings.length).toBe(native.findings.length);
  expect(native.findings.length).toBeGreaterThanOrEqual(minFindings);
  // JSON first (fast on big trees); the structural diff only when they differ, to show where.
  if (JSON.stringify(compact.findings) !== JSON.stringify(native.findings)) expect(compact.findings).toEqual(native.findings);
  native.files.forEach((n, i) => {
    const c = compact.files[i]!;
    expect(c.path).toBe(n.path);
    const same = JSON.stringify([c.facts, c.suppressionComments, c.partial, c.lines, c.frameworks, c.ruleErrors]) === JSON.stringify([n.facts, n.suppressionComments, n.partial, n.lines, n.frameworks, n.ruleErrors]);
    if (!same) expect({ path: c.path, facts: c.facts, s: c.suppressionComments, p: c.partial }).toEqual({ path: n.path, facts: n.facts, s: n.suppressionComments, p: n.partial });
  });
}

const STDLIB = '/usr/lib/python3.11';

describe('compact tree = tree-sitter nodes', () => {
  it('on the demo project', () => compare(join(import.meta.dirname, 'fixtures/demo-shop'), 20), 120_000);

  it('on the detection suite', () => {
    for (const framework of readdirSync(join(import.meta.dirname, 'detection/cases'))) compare(join(import.meta.dirname, 'detection/cases', framework), 10);
  }, 300_000);

  it.skipIf(!existsSync(STDLIB))('on the Python standard library', () => compare(STDLIB, 20), 1_200_000);
});
