// Real names are not near misses: every requirement that the Python distributions installed from
// Debian declare (Requires-Dist in their METADATA, egg-info requires.txt) is read with Assay's own
// PEP 508 parser and checked against the shipped names list. The corpus apps (.ci/run installs them
// with apt) bring a few hundred such names. Debian's own map is one source of the list, so the check
// is repeated without that group: the download ranking alone must also leave real names alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeName, parseRequirement } from '../analyzer/dependencies/names.js';
import { nearMiss, packageNames } from '../analyzer/dependencies/near-miss.js';
import { KNOWN_PACKAGES, POPULAR_PACKAGES, RANKED_PACKAGES } from '../analyzer/dependencies/data/popular-packages.js';

const DIST_PACKAGES = '/usr/lib/python3/dist-packages';

/** PEP 503 name → the distribution that requires it. */
function installedRequirements(): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(DIST_PACKAGES)) return out;
  for (const entry of readdirSync(DIST_PACKAGES).sort()) {
    let lines: string[] = [];
    const metadata = join(DIST_PACKAGES, entry, 'METADATA');
    const requires = join(DIST_PACKAGES, entry, 'requires.txt');
    if (entry.endsWith('.dist-info') && existsSync(metadata)) {
      // Headers end at the first blank line; the description after it is prose.
      const headers = readFileSync(metadata, 'utf8').split(/\r?\n\r?\n/)[0] ?? '';
      lines = headers.split(/\r?\n/).filter((l) => l.startsWith('Requires-Dist:')).map((l) => l.slice('Requires-Dist:'.length));
    } else if (entry.endsWith('.egg-info') && existsSync(requires)) {
      lines = readFileSync(requires, 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('['));
    }
    for (const line of lines) {
      const r = parseRequirement(line);
      if (typeof r === 'string') throw new Error(`${entry}: ${r}`);
      const name = normalizeName(r.declaredName);
      if (!out.has(name)) out.set(name, entry.replace(/\.(dist|egg)-info$/, ''));
    }
  }
  return out;
}

const real = installedRequirements();
const enough = real.size >= 200;

describe.skipIf(!enough)(`real requirement names (${real.size} from ${DIST_PACKAGES})`, () => {
  const flagged = (names: ReturnType<typeof packageNames>) =>
    [...real].flatMap(([name, by]) => {
      const miss = nearMiss(name, names);
      return miss ? [`${name} (required by ${by}) ${miss.how} ${miss.target}`] : [];
    });

  it('none is reported with the shipped list', () => {
    expect(flagged(packageNames(KNOWN_PACKAGES, POPULAR_PACKAGES))).toEqual([]);
  });

  it('without the Debian group, at most 1 % is reported', () => {
    const hits = flagged(packageNames([...POPULAR_PACKAGES, ...RANKED_PACKAGES], POPULAR_PACKAGES));
    expect(hits.length, hits.join('\n')).toBeLessThanOrEqual(Math.floor(real.size / 100));
  });
});

it.skipIf(enough)('real requirement names: skipped, fewer than 200 requirements under ' + DIST_PACKAGES + ' (run .ci/run, which installs the corpus with apt)', () => {});
