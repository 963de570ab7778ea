import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfigText, parseSize } from './config.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'assay-config-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  return err as ConfigError;
}

describe('config', () => {
  it('defaults when there is no config file', async () => {
    const c = await loadConfig(root);
    expect(c).toMatchObject({ source: null, exclude: [], minSeverity: null, maxFileSize: 2 * 1024 * 1024, respectGitignore: true });
  });

  it('reads assay.toml, preferring it over pyproject.toml', async () => {
    writeFileSync(join(root, 'pyproject.toml'), '[tool.assay]\nexclude = ["from-pyproject/"]\n');
    writeFileSync(
      join(root, 'assay.toml'),
      'exclude = ["tests/fixtures/"]\nmin-severity = "medium"\nmax-file-size = "512KiB"\nfail-on = "high"\n' +
        '[rules]\ndisable = ["PY-DESER-YAML"]\n[per-file-ignores]\n"tests/**" = ["*"]\n',
    );
    const c = await loadConfig(root);
    expect(c).toMatchObject({
      source: join(root, 'assay.toml'),
      exclude: ['tests/fixtures/'],
      minSeverity: 'medium',
      failOn: 'high',
      maxFileSize: 512 * 1024,
      rules: { enable: null, disable: ['PY-DESER-YAML'] },
      perFileIgnores: [{ pattern: 'tests/**', rules: ['*'] }],
    });
  });

  it('reads [tool.assay] from pyproject.toml and ignores a pyproject without it', async () => {
    writeFileSync(join(root, 'pyproject.toml'), '[project]\nname = "shop"\n');
    expect((await loadConfig(root)).source).toBeNull();
    writeFileSync(join(root, 'pyproject.toml'), '[project]\nname = "shop"\n[tool.assay]\nmin-severity = "low"\n');
    expect(await loadConfig(root)).toMatchObject({ source: join(root, 'pyproject.toml'), minSeverity: 'low' });
  });

  it('names the file and the key for unknown keys and wrong types', async () => {
    writeFileSync(join(root, 'assay.toml'), 'exlude = ["x"]\n');
    const unknown = await configError(loadConfig(root));
    expect(unknown.message).toContain('assay.toml');
    expect(unknown.message).toContain('unknown key "exlude"');
    writeFileSync(join(root, 'pyproject.toml'), '[tool.assay]\nmin-severity = "severe"\n[tool.assay.rules]\nskip = []\n');
    rmSync(join(root, 'assay.toml'));
    const wrong = await configError(loadConfig(root));
    expect(wrong.message).toMatch(/pyproject\.toml: .*tool\.assay\.min-severity: one of critical, high, medium, low, info/);
    expect(wrong.message).toMatch(/unknown key "skip" in tool\.assay\.rules/);
  });

  it('reports malformed TOML with its position', async () => {
    writeFileSync(join(root, 'assay.toml'), 'exclude = ["a",\n');
    const err = await configError(loadConfig(root));
    expect(err.message).toMatch(/assay\.toml: not valid TOML/);
  });

  it('an explicit --config file must exist and hold settings', async () => {
    const missing = await configError(loadConfig(root, join(root, 'nope.toml')));
    expect(missing.message).toMatch(/no such file/);
    writeFileSync(join(root, 'pyproject.toml'), '[project]\nname = "x"\n');
    const empty = await configError(loadConfig(root, join(root, 'pyproject.toml')));
    expect(empty.message).toMatch(/no \[tool\.assay\] table/);
  });

  it('parses sizes in bytes and with units, rejecting nonsense', () => {
    expect(parseSize(1000)).toBe(1000);
    expect(parseSize('2MiB')).toBe(2 * 1024 * 1024);
    expect(parseSize('1.5 KB')).toBe(1500);
    expect(parseSize('-1')).toBeNull();
    expect(parseSize(0)).toBeNull();
    expect(() => parseConfigText('max-file-size = "huge"\n', 'assay.toml')).toThrow(/max-file-size: a positive size/);
  });
});

describe('config files that are not what they seem', () => {
  it('never follows a config symlink out of the scanned folder; follows one inside it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'assay-config-outside-'));
    try {
      writeFileSync(join(outside, 'secret.toml'), 'min-severity = "high"\n');
      symlinkSync(join(outside, 'secret.toml'), join(root, 'assay.toml'));
      const err = await configError(loadConfig(root));
      expect(err.message).toMatch(/assay\.toml: is a symlink to a file outside the scanned folder; Assay does not follow it/);
      rmSync(join(root, 'assay.toml'));
      writeFileSync(join(root, 'real.toml'), 'min-severity = "low"\n');
      symlinkSync('real.toml', join(root, 'assay.toml'));
      expect((await loadConfig(root)).minSeverity).toBe('low');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('--config pointing at a folder or a device says so', async () => {
    expect((await configError(loadConfig(root, tmpdir()))).message).toMatch(/is a folder\. Give the path of an assay\.toml/);
    expect((await configError(loadConfig(root, '/dev/null'))).message).toMatch(/is not a regular file/);
  });
});
