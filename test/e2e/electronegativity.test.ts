// Electronegativity (Doyensec's Electron security scanner) over the shell's sources, the page and
// the built output. Every finding must be justified where it occurs: a comment within the four
// lines above it reading `electronegativity: <CHECK_ID> — <why>`. A new unjustified finding fails.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, requireBuilt } from './harness/app-harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'assay-eneg-'));

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }>;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

function justified(file: string, line: number, ruleId: string): boolean {
  const lines = readFileSync(file, 'utf8').split('\n');
  const above = lines.slice(Math.max(0, line - 5), line).join('\n');
  return new RegExp(`electronegativity: ${ruleId} — \\S+( \\S+){3,}`).test(above);
}

describe('electronegativity', () => {
  it('reports nothing that is not justified in the code', () => {
    requireBuilt();
    // Only what ships in the Electron app: the shell's sources, the page, and their build.
    for (const part of ['electron', 'renderer/index.html', 'dist/electron', 'dist/renderer/index.html', 'package.json']) {
      cpSync(join(ROOT, part), join(work, part), { recursive: true, filter: (src) => !src.endsWith('.test.ts') && !src.endsWith('.map') });
    }
    const electronVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    const out = join(work, 'result.sarif');
    const bin = join(ROOT, 'node_modules', '.bin', 'electronegativity');
    const run = spawnSync(bin, ['-i', work, '-r', '-e', electronVersion, '-o', out, '-v', 'false'], { cwd: work, encoding: 'utf8', timeout: 240_000 });
    expect(existsSync(out), `electronegativity wrote no report: ${run.stderr}`).toBe(true);
    const results = (JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<{ results: SarifResult[] }> }).runs[0]!.results;
    const report = results.map((r) => {
      const loc = r.locations?.[0]?.physicalLocation;
      const uri = loc?.artifactLocation?.uri ?? '';
      const line = loc?.region?.startLine ?? 0;
      const file = join(work, uri);
      const ok = uri !== '' && existsSync(file) && justified(file, line, r.ruleId);
      return { check: r.ruleId, where: `${uri}:${line}`, message: r.message.text, justified: ok };
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'electronegativity.json'), JSON.stringify(report, null, 2));
    console.log(`electronegativity: ${report.length} findings, ${report.filter((r) => !r.justified).length} unjustified`);
    expect(report.filter((r) => !r.justified)).toEqual([]);
    // The scanner really ran over the shell: it always asks for the preload to be reviewed.
    expect(report.some((r) => r.check === 'PRELOAD_JS_CHECK')).toBe(true);
  }, 300_000);
});
