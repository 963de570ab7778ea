// Each manifest format parsed exactly: one fixture project per format under test/fixtures/deps-*,
// and the inventory it must give (name, specifier as written, resolved version, file:line, direct, groups).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectInventory } from './read-project.js';
import type { Dependency, DependencyInventory } from './model.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

type Row = [path: string, line: number, name: string, specifier: string, version: string | null, source: Dependency['source'], direct: boolean, groups: string[]];

function rows(inv: DependencyInventory): Row[] {
  return inv.dependencies.map((d) => [d.path, d.line, d.name, d.specifier, d.version, d.source, d.direct, d.groups]);
}

function dep(inv: DependencyInventory, name: string): Dependency {
  const d = inv.dependencies.find((x) => x.name === name);
  if (!d) throw new Error(`${name} is not in the inventory`);
  return d;
}

describe('dependency inventory per format', () => {
  it('requirements files: includes, constraints, markers, extras, hashes, URLs, VCS refs, editable', async () => {
    const inv = await projectInventory(FIXTURES + 'deps-requirements');
    expect(rows(inv)).toEqual([
      ['requirements.txt', 7, 'django', '==4.2.7', '4.2.7', 'registry', true, ['main']],
      ['requirements.txt', 10, 'requests', '>=2.31,<3', null, 'registry', true, ['main']],
      ['requirements.txt', 11, 'celery', '~=5.3.0', null, 'registry', true, ['main']],
      ['requirements.txt', 12, 'redis', '', '5.0.1', 'registry', true, ['main']],
      ['requirements.txt', 13, 'payments', '', null, 'vcs', true, ['main']],
      ['requirements.txt', 14, 'shop-utils', '', null, 'vcs', true, ['main']],
      ['requirements.txt', 15, 'legacy-client', '', null, 'url', true, ['main']],
      ['requirements.txt', 16, 'localpkg', '', null, 'path', true, ['main']],
      ['requirements.txt', 17, 'flask-login', '===0.6.3', '0.6.3', 'registry', true, ['main']],
      // -r requirements/base.txt, pinned by the -c constraints of the file that includes it
      ['requirements/base.txt', 1, 'gunicorn', '>=21', '21.2.0', 'registry', true, ['main']],
      ['requirements/base.txt', 2, 'psycopg2-binary', '==2.9.9', '2.9.9', 'registry', true, ['main']],
      ['requirements/dev.txt', 2, 'pytest', '==7.4.3', '7.4.3', 'registry', true, ['dev']],
    ]);
    expect(dep(inv, 'django').hashes).toEqual([
      'sha256:8e0f1c2a3b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f',
      'sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
    ]);
    expect(dep(inv, 'requests')).toMatchObject({ declaredName: 'requests', extras: ['security', 'socks'], marker: 'python_version >= "3.8"' });
    expect(dep(inv, 'redis').lockedBy).toBe('constraints.txt');
    expect(dep(inv, 'payments')).toMatchObject({ editable: true, vcsRef: 'v1.4.2', url: 'git+https://github.com/example/payments.git@v1.4.2#egg=payments' });
    expect(dep(inv, 'shop-utils').vcsRef).toBe('3f1c2b0a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a');
    expect(dep(inv, 'flask-login').declaredName).toBe('Flask_Login');
    expect(inv.indexes).toEqual([
      { url: 'https://pypi.org/simple', path: 'requirements.txt', line: 4 },
      { url: 'http://mirror.example.com/simple', path: 'requirements.txt', line: 5 },
    ]);
    expect(inv.manifests.map((m) => [m.path, m.kind])).toEqual([
      ['constraints.txt', 'constraints'],
      ['requirements.txt', 'requirements'],
      ['requirements/base.txt', 'requirements'],
      ['requirements/dev.txt', 'requirements'],
    ]);
    expect(inv.problems).toEqual([]);
  });

  it('pyproject.toml (PEP 621, optional-dependencies, PEP 735 groups) with uv.lock', async () => {
    const inv = await projectInventory(FIXTURES + 'deps-pep621');
    expect(rows(inv)).toEqual([
      ['pyproject.toml', 9, 'fastapi', '>=0.100', '0.104.1', 'registry', true, ['main']],
      ['pyproject.toml', 10, 'pydantic', '==2.5.2', '2.5.2', 'registry', true, ['main']],
      ['pyproject.toml', 11, 'uvicorn', '', null, 'registry', true, ['main']],
      ['pyproject.toml', 15, 'asyncpg', '>=0.28', null, 'registry', true, ['postgres']],
      ['pyproject.toml', 18, 'pytest', '>=7', null, 'registry', true, ['test']],
      ['pyproject.toml', 19, 'ruff', '==0.1.6', '0.1.6', 'registry', true, ['lint']],
      ['uv.lock', 5, 'annotated-types', '', '0.6.0', 'registry', false, []],
      ['uv.lock', 40, 'starlette', '', '0.27.0', 'registry', false, []],
    ]);
    expect(dep(inv, 'fastapi')).toMatchObject({ lockedBy: 'uv.lock', dependsOn: ['pydantic', 'starlette'], hashes: ['sha256:752dc31160cdbd0436bb93bad51560b57e525cbb1d4bbf6f4904ceee75548241'] });
    expect(dep(inv, 'pydantic').extras).toEqual(['email']);
    expect(dep(inv, 'uvicorn').marker).toBe("sys_platform != 'win32'");
    expect(inv.problems).toEqual([]);
  });

  it('Poetry tables with poetry.lock: caret and tilde as written, versions and graph from the lock', async () => {
    const inv = await projectInventory(FIXTURES + 'deps-poetry');
    expect(rows(inv)).toEqual([
      ['poetry.lock', 4, 'asgiref', '', '3.7.2', 'registry', false, []],
      ['poetry.lock', 40, 'sqlparse', '', '0.4.4', 'registry', false, []],
      ['pyproject.toml', 10, 'django', '^4.2', '4.2.7', 'registry', true, ['main']],
      ['pyproject.toml', 11, 'djangorestframework', '3.14.0', '3.14.0', 'registry', true, ['main']],
      ['pyproject.toml', 12, 'pillow', '~10.1', null, 'registry', true, ['main']],
      ['pyproject.toml', 13, 'internal-lib', '', null, 'vcs', true, ['main']],
      ['pyproject.toml', 14, 'boto3', '^1.28', null, 'registry', true, ['aws']],
      ['pyproject.toml', 20, 'black', '23.11.0', '23.11.0', 'registry', true, ['dev']],
    ]);
    expect(dep(inv, 'django')).toMatchObject({ dependsOn: ['asgiref', 'sqlparse'], lockedBy: 'poetry.lock' });
    expect(dep(inv, 'django').hashes).toHaveLength(2);
    expect(dep(inv, 'internal-lib')).toMatchObject({ vcsRef: 'main', url: 'git+https://github.com/example/internal-lib.git' });
    expect(dep(inv, 'pillow').extras).toEqual(['heif']);
    expect(inv.problems).toEqual([]);
  });

  it('Pipfile with Pipfile.lock', async () => {
    const inv = await projectInventory(FIXTURES + 'deps-pipenv');
    expect(rows(inv)).toEqual([
      ['Pipfile', 7, 'flask', '==2.3.2', '2.3.2', 'registry', true, ['main']],
      ['Pipfile', 8, 'requests', '*', '2.31.0', 'registry', true, ['main']],
      ['Pipfile', 9, 'sqlalchemy', '>=2.0', '2.0.23', 'registry', true, ['main']],
      ['Pipfile', 10, 'mylib', '', null, 'vcs', true, ['main']],
      ['Pipfile', 13, 'pytest', '>=7', '7.4.3', 'registry', true, ['dev']],
      ['Pipfile.lock', 34, 'werkzeug', '', '2.3.7', 'registry', false, ['main']],
    ]);
    expect(dep(inv, 'flask').hashes).toEqual(['sha256:77fd4e1249d8c9923de34907236b747ced06e5467ecac1a7bb7115ae0e9670b0']);
    expect(dep(inv, 'mylib').vcsRef).toBe('v2.0');
    expect(inv.indexes).toEqual([{ url: 'https://pypi.org/simple', path: 'Pipfile', line: 2 }]);
    expect(inv.problems).toEqual([]);
  });

  it('pdm.lock beside a PEP 621 pyproject', async () => {
    const inv = await projectInventory(FIXTURES + 'deps-pdm');
    expect(rows(inv)).toEqual([
      ['pdm.lock', 11, 'httpcore', '', '1.0.2', 'registry', false, ['main']],
      ['pyproject.toml', 4, 'httpx', '>=0.25', '0.25.2', 'registry', true, ['main']],
    ]);
    expect(dep(inv, 'httpx').dependsOn).toEqual(['httpcore', 'idna']);
    expect(dep(inv, 'httpcore').dependsOn).toEqual(['certifi', 'h11']);
  });

  it('setup.cfg and setup.py: literal lists read from the text and the syntax tree, computed ones reported', async () => {
    const inv = await projectInventory(FIXTURES + 'deps-setuptools');
    expect(rows(inv)).toEqual([
      ['setup.cfg', 7, 'jinja2', '>=3.1', null, 'registry', true, ['main']],
      ['setup.cfg', 8, 'itsdangerous', '==2.1.2', '2.1.2', 'registry', true, ['main']],
      ['setup.cfg', 10, 'click', '', null, 'registry', true, ['main']],
      ['setup.cfg', 14, 'pyyaml', '>=6', null, 'registry', true, ['yaml']],
      ['setup.py', 4, 'markupsafe', '==2.1.3', '2.1.3', 'registry', true, ['main']],
      ['setup.py', 5, 'werkzeug', '>=3.0', null, 'registry', true, ['main']],
      ['setup.py', 12, 'cryptography', '>=41', null, 'registry', true, ['crypto']],
    ]);
    expect(inv.problems).toEqual([
      { path: 'setup.py', line: 13, message: 'extras_require["computed"] is computed ([f"lib{n}" for n in range(2)]); setup.py is never run, so it is not read' },
    ]);
  });

  it('bad input: each problem names its file (and line), the readable rest stands', async () => {
    const inv = await projectInventory(FIXTURES + 'deps-bad');
    expect(rows(inv)).toEqual([
      ['requirements.txt', 1, 'django', '==4.2.7', '4.2.7', 'registry', true, ['main']],
      ['requirements.txt', 8, 'requests', '==2.31.0', '2.31.0', 'registry', true, ['main']],
    ]);
    expect(inv.problems.map((p) => `${p.path}:${p.line ?? '-'}: ${p.message}`)).toEqual([
      'Pipfile.lock:-: Pipfile.lock pipfile-spec 99 is not one Assay reads (known: 6); its packages are not in the inventory',
      'poetry.lock:-: poetry.lock format version "9.0" is not one Assay reads (known: 1.1, 2.0, 2.1); its packages are not in the inventory',
      'pyproject.toml:-: not valid TOML: Invalid TOML document: illegal character in key',
      'requirements.txt:2: not a requirement: "this is not a requirement": "is not a requirement" is not a PEP 440 version specifier',
      'requirements.txt:3: not a requirement: "flask>=>2": ">=>2" is not a PEP 440 version specifier',
      'requirements.txt:4: unknown option "--frobnicate"; line not read',
      'requirements.txt:5: includes ../../outside.txt, outside the project: not read',
      'requirements.txt:6: includes https://example.com/remote.txt, a URL: never fetched',
      'requirements.txt:7: includes missing.txt: no such file',
      'uv.lock:-: uv.lock format version 7 is not one Assay reads (known: 1); its packages are not in the inventory',
    ]);
  });
});
