// `assay diff` and bulk `assay triage` as a user runs them: real processes, real scans, real history.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as spawnCli } from './helpers/run-cli.js';

let work: string;
let repo: string;
const runCli = (args: string[]) => spawnCli(args, { env: { ASSAY_DATA_DIR: join(work, 'data') } });
const write = (rel: string, text: string) => {
  mkdirSync(join(repo, rel, '..'), { recursive: true });
  writeFileSync(join(repo, rel), text);
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'assay-cli-wf-'));
  repo = join(work, 'svc');
  write('assay.toml', '[rules]\nenable = ["PY-DESER-YAML"]\n');
  write('svc/a.py', 'import yaml\ndef a(p):\n    return yaml.load(open(p))\ndef b(p):\n    return yaml.load(open(p))\n');
  write('svc/legacy/t.py', 'import yaml\ndef t(p):\n    return yaml.load(open(p))\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('assay diff and bulk triage', { timeout: 240_000 }, () => {
  it('compares the last two scans after a fix and a new finding', async () => {
    expect((await runCli(['diff', repo])).code).toBe(2);
    expect((await runCli(['scan', repo, '--quiet'])).code).toBe(0);
    const one = await runCli(['diff', repo]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/needs two scans/);
    write('svc/a.py', 'import yaml\ndef a(p):\n    return yaml.safe_load(open(p))\ndef b(p):\n    return yaml.load(open(p))\n');
    write('svc/b.py', 'import yaml\ndef c(p):\n    return yaml.load(open(p))\n');
    expect((await runCli(['scan', repo, '--quiet'])).code).toBe(0);
    const json = await runCli(['diff', repo, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const d = JSON.parse(json.stdout) as { from: { id: number }; to: { id: number }; counts: Record<string, number>; new: { path: string }[]; fixed: { path: string; startLine: number }[] };
    expect(d.counts).toEqual({ new: 1, fixed: 1, stillOpen: 2, changed: 0 });
    expect(d.new.map((f) => f.path)).toEqual(['svc/b.py']);
    expect(d.fixed.map((f) => `${f.path}:${f.startLine}`)).toEqual(['svc/a.py:3']);
    const text = await runCli(['diff', repo, '--from', String(d.from.id), '--to', String(d.to.id)]);
    expect(text.stdout).toMatch(/1 new, 1 fixed, 2 still open, 0 changed/);
    expect(text.stdout).toMatch(/^New \(1 finding\):$/m);
    expect((await runCli(['diff', repo, '--from', 'x'])).code).toBe(2);
    expect((await runCli(['diff', repo, '--from', '999'])).code).toBe(2);
  });

  it('triages every finding matching a filter with one reason', async () => {
    const r = await runCli(['triage', '--filter', 'path=svc/legacy/t.py', '--status', 'false_positive', '--reason', 'test fixture', '--project', repo]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Recorded: false_positive for 1 finding, by /);
    const all = await runCli(['triage', '--filter', 'rule=PY-DESER-YAML', '--status', 'confirmed', '--project', repo]);
    expect(all.stdout).toMatch(/for 2 findings/);
    const listing = await runCli(['findings', repo, '--status', 'confirmed']);
    expect(listing.stdout.trimEnd().split('\n').at(-1)).toBe('2 findings.');
    const bad = await runCli(['triage', '--filter', 'colour=red', '--status', 'confirmed', '--project', repo]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/key one of status, severity/);
    const none = await runCli(['triage', '--filter', 'rule=NOPE', '--status', 'confirmed', '--project', repo]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No finding matches/);
  });
});
