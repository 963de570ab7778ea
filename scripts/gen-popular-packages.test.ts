// The committed names list is what the generator makes from its inputs: regenerate it from the same
// ranking and Debian map (where this machine has them) and compare byte for byte.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPackageList } from './gen-popular-packages.js';

const COMMITTED = fileURLToPath(new URL('../analyzer/dependencies/data/popular-packages.ts', import.meta.url));
const PYPI = '/work/.library/env/packages/pypi.tsv';
const DEBIAN = '/usr/share/dh-python/dist/cpython3_fallback';
const inputs = existsSync(PYPI) && existsSync(DEBIAN);

describe('analyzer/dependencies/data/popular-packages.ts', () => {
  it.skipIf(!inputs)(`is reproduced from ${PYPI} and ${DEBIAN} (npx tsx scripts/gen-popular-packages.ts when this fails)`, () => {
    const committed = readFileSync(COMMITTED, 'utf8');
    const date = /POPULAR_PACKAGES_DATE = '([\d-]+)'/.exec(committed)?.[1];
    const debianSource = /distributions of\n\/\/ (.+?)\. Projects add/.exec(committed)?.[1];
    expect(date).toBeDefined();
    expect(debianSource).toBeDefined();
    const r = renderPackageList({ pypiPath: PYPI, debianPath: DEBIAN, top: 5000, date: date!, debianSource: debianSource! });
    expect(r.text === committed, 'the committed list differs from what its inputs give').toBe(true);
    expect(r.popular).toBeGreaterThan(5000);
  });

  it.skipIf(inputs)('regeneration check skipped: the PyPI ranking or the dh-python map is not on this machine (apt-get install dh-python)', () => {});
});
