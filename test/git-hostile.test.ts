// The command line and the desktop app's scan worker against repositories whose git settings name
// programs: the scan records commit and branch, and no planted command ever runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../electron/services/scan-runner.js';
import { buildGitTraps, gitAvailable, type GitTraps } from './helpers/git-traps.js';
import { runCli } from './helpers/run-cli.js';

let traps: GitTraps;
beforeAll(() => {
  if (gitAvailable()) traps = buildGitTraps();
}, 120_000);
afterAll(() => traps?.cleanup());

describe.skipIf(!gitAvailable())('a hostile repository never makes Assay run a program', { timeout: 600_000 }, () => {
  it('assay scan (the command line, real processes)', async () => {
    const ran: string[] = [];
    for (const t of traps.traps) {
      const out = join(traps.markers, `${t.name}.json`);
      // HOME inside the checkout: even the repository's look-alike user settings must stay inert.
      const run = await runCli(['scan', t.scanRoot, '--format', 'json', '--output', out, '--no-db', '--quiet', '--jobs', '0'], { env: { HOME: t.repo, XDG_CONFIG_HOME: join(t.repo, '.config') } });
      expect(run.code, `${t.name}: ${run.stderr}`).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8')) as { scan: { git: { commit: string | null; branch: string | null } } };
      expect(report.scan.git.commit, t.name).toMatch(/^[0-9a-f]{40}$/);
      expect(report.scan.git.branch, t.name).toBe('main');
      if (existsSync(t.marker)) ran.push(t.name);
    }
    expect(ran, 'these repositories made `assay scan` run a program').toEqual([]);
  });

  it('the desktop app’s scan worker (electron/services/scan-runner)', async () => {
    const ran: string[] = [];
    for (const t of traps.traps) {
      const result = await runScan({ root: t.scanRoot, disabledRules: [] }, () => {}).result;
      expect(result.git.commit, t.name).toMatch(/^[0-9a-f]{40}$/);
      expect(result.git.branch, t.name).toBe('main');
      if (existsSync(t.marker)) ran.push(t.name);
    }
    expect(ran, 'these repositories made the desktop scan run a program').toEqual([]);
  });
});
