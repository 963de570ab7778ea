// The `assay` command line as a user meets it: real processes, real files, exit codes and messages.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as spawnCli } from './helpers/run-cli.js';
import { sarifErrors } from './helpers/sarif-validator.js';

let project: string;
let work: string;

function write(root: string, rel: string, text: string) {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'assay-cli-'));
  project = join(work, 'shop');
  // Files, not request data: request data reaching yaml.load is the taint rule's finding instead.
  write(project, 'shop/views.py', 'import yaml\n\ndef load(path):\n    return yaml.load(open(path))\n');
  write(project, 'shop/safe.py', 'import yaml\n\ndef load(path):\n    return yaml.safe_load(open(path))\n');
  // Only the example rule: the assertions below stay exact as other rules join the registry.
  write(project, 'assay.toml', '[rules]\nenable = ["PY-DESER-YAML"]\n');
  write(project, 'shop/trusted.py', 'import yaml\nCONF = yaml.load(open("conf.yml"))  # nosec B506 shipped with the app\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Scans record into the history database by default: keep it inside this test's folder.
const runCli = (args: string[]) => spawnCli(args, { env: { ASSAY_DATA_DIR: join(work, 'data') } });

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

// Each case spawns several processes that load the analyzer from source: generous time on a busy machine.
describe('assay command line', { timeout: 240_000 }, () => {
  it('prints help and version; no command is a usage error', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: assay <command>/);
    expect(help.stdout).toMatch(/scan\s+scan a Python project/);
    const scanHelp = await runCli(['scan', '--help']);
    expect(scanHelp.code).toBe(0);
    expect(scanHelp.stdout).toMatch(/--fail-on SEV/);
    const version = await runCli(['--version']);
    expect(version.stdout).toMatch(/^assay \d+\.\d+\.\d+/);
    expect((await runCli([])).code).toBe(2);
    const unknown = await runCli(['scna', '.']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "scna"/);
  });

  it('rejects a missing path, a file, bad options and bad values with exit 2 and no stack trace', async () => {
    const missing = await runCli(['scan', join(work, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope does not exist\. Check the path/);
    noStack(missing.stderr);
    const file = await runCli(['scan', join(project, 'shop/views.py')]);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/is a file, not a folder/);
    const option = await runCli(['scan', project, '--colour']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/--colour/);
    expect(option.stderr).toMatch(/assay scan --help/);
    const value = await runCli(['scan', project, '--fail-on', 'severe']);
    expect(value.code).toBe(2);
    expect(value.stderr).toMatch(/--fail-on must be one of critical, high, medium, low, info \(got "severe"\)/);
    const noPath = await runCli(['scan']);
    expect(noPath.code).toBe(2);
    expect(noPath.stderr).toMatch(/scan needs the folder to scan/);
  });

  it('reports a malformed config naming the file and the key', async () => {
    const bad = join(work, 'bad.toml');
    writeFileSync(bad, 'min-severity = "low"\nexclud = ["tests/"]\n');
    const r = await runCli(['scan', project, '--config', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: unknown key "exclud"`);
    noStack(r.stderr);
    writeFileSync(bad, 'min-severity = \n');
    const syntax = await runCli(['scan', project, '--config', bad]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/bad\.toml: not valid TOML/);
    noStack(syntax.stderr);
  });

  it('exits 1 with --fail-on only when an open finding reaches the threshold', async () => {
    const high = await runCli(['scan', project, '--fail-on', 'high', '-q', '--jobs', '1']);
    expect(high.code).toBe(1);
    expect(high.stdout).toMatch(/shop\/views\.py:4:12 {2}HIGH {2}PY-DESER-YAML/);
    expect(high.stdout).toMatch(/shop\/trusted\.py:2:8 {2}HIGH {2}PY-DESER-YAML .*\[suppressed: nosec\]/);
    expect(high.stderr).toMatch(/1 open vulnerability at or above high/);
    const critical = await runCli(['scan', project, '--fail-on', 'critical', '-q']);
    expect(critical.code).toBe(0);
    const plain = await runCli(['scan', project]);
    expect(plain.code).toBe(0);
    // open vulnerabilities, hotspots to review, suppressed
    expect(plain.stdout).toMatch(/high\s+1\s+0\s+1/);
  });

  it('writes SARIF that validates against the 2.1.0 schema', async () => {
    const out = join(work, 'out.sarif');
    const r = await runCli(['scan', project, '--format', 'sarif', '--output', out]);
    expect(r.code).toBe(0);
    const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: Array<{ kind: string; justification: string }>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }> }> };
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0]!.results;
    expect(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri).sort()).toEqual(['shop/trusted.py', 'shop/views.py']);
    expect(results.every((x) => x.locations[0]!.physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%')).toBe(true);
    expect(results.find((x) => x.suppressions)?.suppressions).toEqual([expect.objectContaining({ kind: 'inSource', justification: 'shipped with the app' })]);
    // SARIF to stdout keeps stdout machine-readable: progress and summary go to stderr.
    const piped = await runCli(['scan', project, '-f', 'sarif']);
    expect(sarifErrors(JSON.parse(piped.stdout))).toEqual([]);
    expect(piped.stderr).toMatch(/severity\s+open\s+to review\s+suppressed/);
  });

  it('writes the documented JSON format', async () => {
    const r = await runCli(['scan', project, '--format', 'json', '--min-severity', 'high']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { schemaVersion: number; tool: { name: string }; scan: { root: string }; findings: Array<{ path: string; ruleId: string }>; stats: { filesScanned: number; findingsOpen: number } };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tool.name).toBe('assay');
    expect(doc.scan.root).toBe(project);
    expect(doc.stats.filesScanned).toBe(3);
    expect(doc.stats.findingsOpen).toBe(1);
    expect(doc.findings.map((f) => [f.path, f.ruleId])).toEqual([
      ['shop/trusted.py', 'PY-DESER-YAML'],
      ['shop/views.py', 'PY-DESER-YAML'],
    ]);
  });

  it('carries the ASVS coverage per chapter at the target level in JSON and SARIF', async () => {
    const r = await runCli(['scan', project, '--format', 'json', '--no-db']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { coverage: { version: string; level: number; failing: string[]; chapters: Array<{ id: string }>; total: { total: number } } };
    expect(doc.coverage.version).toBe('5.0.0');
    expect(doc.coverage.level).toBe(2);
    expect(doc.coverage.total.total).toBe(253);
    expect(doc.coverage.chapters.length).toBeGreaterThan(10);
    // The open yaml.load finding fails the deserialization requirement it maps to.
    expect(doc.coverage.failing).toContain('V1.5.2');
    const sarif = await runCli(['scan', project, '-f', 'sarif', '--asvs-version', '4.0.3', '--level', '1', '--no-db']);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ properties: { asvsCoverage: { version: string; level: number; total: { total: number } } } }> };
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]!.properties.asvsCoverage).toMatchObject({ version: '4.0.3', level: 1, total: { total: 128 } });
  });

  it('says so when the output file cannot be written', async () => {
    const r = await runCli(['scan', project, '-f', 'json', '-o', join(work, 'no/such/dir/out.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*out\.json: its folder does not exist; create it first or choose another path\. Nothing was written there\./);
  });
});
