// The demo project's planted vulnerabilities are the specification of what a scan must report:
// every `# vuln: CWE-n` line gets a vulnerability-tier finding of that CWE, no `# safe: CWE-n` twin
// gets a finding of it, no vulnerability lands anywhere that is not marked, and the hotspots (to
// review) are exactly the `# review: CWE-n` lines. The annotations live in the demo's own files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import type { ScanResult } from '../analyzer/types.js';
import { parseOsv } from '../analyzer/dependencies/advisory.js';

const DEMO = fileURLToPath(new URL('./fixtures/demo-shop', import.meta.url));
const MARK = /(?:#|\{#)\s*(vuln|safe|review):\s*CWE-(\d+)((?:\s*,\s*CWE-\d+)*)/g;
// The demo's fictional advisory (advisories/ASSAY-DEMO-2026-0001.json), as if imported.
const DEMO_ADVISORY = parseOsv(JSON.parse(readFileSync(`${DEMO}/advisories/ASSAY-DEMO-2026-0001.json`, 'utf8')));

interface Mark {
  path: string;
  line: number;
  cwe: number;
}

function marks(result: ScanResult, kind: 'vuln' | 'safe' | 'review'): Mark[] {
  const out: Mark[] = [];
  // Dependency manifests carry marks too (requirements.txt); one mark may list several CWEs.
  for (const path of [...result.files.map((f) => f.path), ...(result.dependencies?.manifests ?? []).map((m) => m.path)]) {
    const text = readFileSync(`${DEMO}/${path}`, 'utf8');
    text.split(/\r?\n/).forEach((line, i) => {
      for (const m of line.matchAll(MARK)) {
        if (m[1] !== kind) continue;
        for (const cwe of [m[2]!, ...[...(m[3] ?? '').matchAll(/CWE-(\d+)/g)].map((x) => x[1]!)]) out.push({ path, line: i + 1, cwe: Number(cwe) });
      }
    });
  }
  return out;
}

const key = (m: Mark) => `${m.path}:${m.line} CWE-${m.cwe}`;

describe('demo project scan', () => {
  let result: ScanResult;
  beforeAll(async () => {
    if (!('advisory' in DEMO_ADVISORY)) throw new Error('the demo advisory is not valid OSV');
    const advisory = DEMO_ADVISORY.advisory;
    result = await scanProject(DEMO, { advisories: { facts: { count: 1, newestModified: advisory.modified, ageDays: 0 }, lookup: () => [advisory] } });
  });

  it('scans the Python sources and templates of the demo', () => {
    expect(result.files.length).toBeGreaterThan(20);
    expect(result.frameworks.sort()).toEqual(['django', 'drf', 'fastapi', 'flask']);
  });

  it('reports every planted vulnerability on its line with its CWE, as a vulnerability', () => {
    const open = result.findings.filter((f) => !f.suppression && f.kind === 'vulnerability');
    const missing = marks(result, 'vuln').filter(
      (m) => !open.some((f) => f.path === m.path && f.range.start.line === m.line && f.cwe.includes(m.cwe)),
    );
    expect(missing.map(key)).toEqual([]);
  });

  it('reads the demo\'s pinned requirements and reports the planted vulnerable pin with its advisory and fixed version', () => {
    expect(result.dependencies?.dependencies.length).toBe(17);
    const vuln = result.findings.find((f) => f.ruleId === 'PY-DEP-VULN');
    expect(vuln?.message).toContain('ASSAY-DEMO-2026-0001 (CVE-2099-41234)');
    expect(vuln?.message).toContain('Fixed in 4.2.8.');
    expect(result.findings.find((f) => f.ruleId === 'PY-DEP-TYPOSQUAT')?.message).toMatch(/^reqeusts is not a widely used package, but swaps two letters of requests/);
  });

  it('reports nothing of its CWE on any safe twin', () => {
    const flagged = marks(result, 'safe').filter((m) =>
      result.findings.some((f) => !f.suppression && f.path === m.path && f.range.start.line === m.line && f.cwe.includes(m.cwe)),
    );
    expect(flagged.map(key)).toEqual([]);
  });

  it('reports no vulnerability that is not planted, and each planted line once', () => {
    const planted = marks(result, 'vuln');
    const extra = result.findings
      .filter((f) => !f.suppression && f.kind === 'vulnerability')
      .filter((f) => !planted.some((m) => m.path === f.path && m.line === f.range.start.line && f.cwe.includes(m.cwe)))
      .map((f) => `${f.path}:${f.range.start.line} ${f.ruleId} CWE-${f.cwe.join('/')}`);
    expect(extra).toEqual([]);
    const perMark = planted.map((m) => ({
      mark: key(m),
      findings: result.findings.filter((f) => !f.suppression && f.path === m.path && f.range.start.line === m.line && f.cwe.includes(m.cwe)).length,
    }));
    expect(perMark.filter((p) => p.findings > 1)).toEqual([]);
  });

  it('reports exactly the marked hotspots (to review), each once', () => {
    const wanted = marks(result, 'review').map(key).sort();
    const hotspots = result.findings
      .filter((f) => !f.suppression && f.kind === 'hotspot')
      .map((f) => `${f.path}:${f.range.start.line} CWE-${f.cwe[0]}`)
      .sort();
    expect(hotspots).toEqual(wanted);
  });
});
