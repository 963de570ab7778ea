// Every rule's annotated fixture, checked both ways: a rule reports a vulnerability on exactly the
// lines marked `# expect: ID`, a hotspot (to review) on exactly the lines marked `# hotspot: ID`, and
// nothing on the lines marked `# ok: ID` (nor anywhere else in its fixture).
// Fixtures sharing a stem (`x.fixture.py` and `x.fixture.txt`) are one project: dependency rules need a
// manifest and the code beside it. Dependency fixtures are matched against the team's OSV fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyze-source.js';
import { allRules } from './index.js';
import { parseOsv, type Advisory } from '../dependencies/advisory.js';

const RULES_DIR = fileURLToPath(new URL('.', import.meta.url));

function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...fixtureFiles(p));
    else if (/\.fixture\.(py|html|txt|toml|cfg|lock|json)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

interface Annotations {
  virtualPath: string;
  expect: Map<string, Set<number>>;
  hotspot: Map<string, Set<number>>;
  ok: Map<string, Set<number>>;
}

function annotations(file: string, source: string): Annotations {
  const a: Annotations = { virtualPath: relative(RULES_DIR, file).replace(/\\/g, '/'), expect: new Map(), hotspot: new Map(), ok: new Map() };
  source.split('\n').forEach((text, i) => {
    const directive = /#\s*assay-fixture:\s*path=(\S+)/.exec(text);
    if (directive) a.virtualPath = directive[1]!;
    for (const m of text.matchAll(/#\s*(expect|hotspot|ok):\s*([A-Z0-9-]+(?:\s*,\s*[A-Z0-9-]+)*)/g)) {
      const target = m[1] === 'expect' ? a.expect : m[1] === 'hotspot' ? a.hotspot : a.ok;
      for (const id of m[2]!.split(',').map((s) => s.trim())) {
        const lines = target.get(id) ?? new Set<number>();
        lines.add(i + 1);
        target.set(id, lines);
      }
    }
  });
  return a;
}

const fixtures = fixtureFiles(RULES_DIR);
const parsed = fixtures.map((file) => {
  const source = readFileSync(file, 'utf8');
  return { file, source, ann: annotations(file, source) };
});

const OSV_DIR = fileURLToPath(new URL('../../test/fixtures/osv/records/', import.meta.url));
const advisories: Advisory[] = readdirSync(OSV_DIR).map((f) => {
  const r = parseOsv(JSON.parse(readFileSync(OSV_DIR + f, 'utf8')));
  if (!('advisory' in r)) throw new Error(`${f} is not a valid fixture advisory`);
  return r.advisory;
});

const stemOf = (file: string) => file.replace(/\.fixture\.[a-z]+$/, '');
const groups = new Map<string, typeof parsed>();
for (const p of parsed) groups.set(stemOf(p.file), [...(groups.get(stemOf(p.file)) ?? []), p]);

describe('rule fixtures', () => {
  it('every rule has a fixture with at least one expect and one ok line', () => {
    for (const rule of allRules) {
      const hasExpect = parsed.some((p) => p.ann.expect.has(rule.id) || p.ann.hotspot.has(rule.id));
      const hasOk = parsed.some((p) => p.ann.ok.has(rule.id));
      expect({ rule: rule.id, hasExpect, hasOk }).toEqual({ rule: rule.id, hasExpect: true, hasOk: true });
    }
  });

  for (const [stem, members] of groups) {
    it(relative(RULES_DIR, stem), () => {
      const { findings: all } = analyzeSources(members.map((m) => ({ path: m.ann.virtualPath, source: m.source })), allRules, { advisories });
      const sorted = (lines: Iterable<number>) => [...new Set(lines)].sort((x, y) => x - y);
      for (const { ann } of members) {
      const findings = all.filter((f) => f.path === ann.virtualPath);
      const ids = new Set([...ann.expect.keys(), ...ann.hotspot.keys(), ...ann.ok.keys()]);
      for (const id of ids) {
        expect(allRules.some((r) => r.id === id), `${id} is not a registered rule`).toBe(true);
        const open = findings.filter((f) => f.ruleId === id && !f.suppression);
        const fired = {
          path: ann.virtualPath,
          id,
          vulnerabilities: sorted(open.filter((f) => f.kind === 'vulnerability').map((f) => f.range.start.line)),
          hotspots: sorted(open.filter((f) => f.kind === 'hotspot').map((f) => f.range.start.line)),
        };
        expect(fired).toEqual({ path: ann.virtualPath, id, vulnerabilities: sorted(ann.expect.get(id) ?? []), hotspots: sorted(ann.hotspot.get(id) ?? []) });
      }
      }
    });
  }
});
