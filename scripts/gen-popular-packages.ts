// Generates analyzer/dependencies/data/popular-packages.ts, the PyPI names the near-miss rules
// (PY-DEP-TYPOSQUAT, PY-DEP-PHANTOM) compare with, from two real, offline data sets:
//   npx tsx scripts/gen-popular-packages.ts [--pypi FILE] [--debian FILE] [--top N] [--date YYYY-MM-DD] [--out FILE]
//
// --pypi    a tab-separated PyPI listing whose header names the columns `name` and
//           `rank_among_15000_most_downloaded` (default: the workplace's package list,
//           /work/.library/env/packages/pypi.tsv). Only ranked names are used.
// --debian  dh-python's dist/cpython3_fallback: "PyPI-distribution-name debian-package" per line, the
//           map Debian keeps of every Python distribution it packages (default: the installed
//           /usr/share/dh-python/dist/cpython3_fallback; `apt-get install dh-python`).
// --top     how many of the most downloaded names are near-miss targets (default 5000).
//
// Three groups come out, all PEP 503 names:
// - popular, in download order: the --top most downloaded, plus every ranked name of the web ecosystems Assay models
//   (django-*, flask-*, fastapi-* …): what a squatter imitates, so a look-alike of one is reported;
// - ranked: the rest of the download ranking: real and used, never reported, never a target;
// - debian: distributions Debian packages that are not ranked: real (a distribution reviewed them),
//   never reported, never a target.
// Names are facts; no summary or other text of the listings is copied.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'analyzer', 'dependencies', 'data', 'popular-packages.ts');

/** Web ecosystems whose plugins are targets even below the top N: Assay's users install them. */
const WEB_PREFIXES = /^(django|djangorestframework|drf|flask|fastapi|starlette|aiohttp|tornado|connexion|falcon|bottle|graphene|strawberry|ariadne|pyramid|sanic|quart|litestar|uvicorn|gunicorn|celery|wagtail)(-|$)/;

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const VALID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** Ranked names, best first. */
function readRanking(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines[0]!.split('\t');
  const nameCol = header.indexOf('name');
  const rankCol = header.indexOf('rank_among_15000_most_downloaded');
  if (nameCol < 0 || rankCol < 0) throw new Error(`${path}: the header has no name or rank_among_15000_most_downloaded column`);
  const ranked: Array<{ name: string; rank: number }> = [];
  for (const line of lines.slice(1)) {
    const cols = line.split('\t');
    const rank = Number(cols[rankCol]);
    if (!cols[rankCol] || !Number.isInteger(rank) || rank < 1) continue;
    const name = normalizeName(cols[nameCol] ?? '');
    if (VALID.test(name)) ranked.push({ name, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : 1));
  return [...new Set(ranked.map((r) => r.name))];
}

function readDebian(path: string): string[] {
  const names = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const dist = line.trim().split(/\s+/)[0];
    if (!dist || dist.startsWith('#')) continue;
    const name = normalizeName(dist);
    if (VALID.test(name)) names.add(name);
  }
  return [...names];
}

function packageVersion(pkg: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' }).trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Names wrapped into lines of at most ~130 characters, in the order given. */
function block(names: Iterable<string>): string {
  const lines: string[] = [];
  let line = '';
  for (const n of names) {
    if (line && line.length + 1 + n.length > 130) {
      lines.push(line);
      line = n;
    } else line = line ? `${line} ${n}` : n;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export interface ListInputs {
  pypiPath: string;
  debianPath: string;
  top: number;
  /** The day the ranking was listed (goes into the file as POPULAR_PACKAGES_DATE). */
  date: string;
  /** How the header names the Debian map ("Debian dh-python 5.20230130+deb12u1"). */
  debianSource: string;
}

/** The generated module's text, and the sizes of its groups. */
export function renderPackageList(o: ListInputs): { text: string; popular: number; ranked: number; debian: number } {
  const { top, date, debianSource } = o;
  const ranking = readRanking(o.pypiPath);
  const popular = new Set([...ranking.slice(0, top), ...ranking.filter((n) => WEB_PREFIXES.test(n))]);
  const ranked = ranking.filter((n) => !popular.has(n)).sort();
  const rankedSet = new Set(ranking);
  const debian = readDebian(o.debianPath).filter((n) => !rankedSet.has(n)).sort();
  const text = `// GENERATED by scripts/gen-popular-packages.ts (see its header for the inputs); do not edit by hand.
// PyPI project names in PEP 503 form, for the near-miss rules. Names are facts. Sources: the PyPI
// download ranking (top ${ranking.length}) as listed on ${date}, and the map of packaged distributions of
// ${debianSource}. Projects add their own names with \`known-packages = [...]\` in assay.toml or [tool.assay].
export const POPULAR_PACKAGES_DATE = '${date}';

/**
 * The ${top} most downloaded, plus ranked plugins of the web ecosystems: the names squatters imitate (${popular.size}).
 * Most downloaded first: a near miss names the most used package it resembles.
 */
const POPULAR = \`
${block(popular)}
\`;

/** The rest of the download ranking: real, used, not targets (${ranked.length}). */
const RANKED = \`
${block(ranked)}
\`;

/** Packaged by Debian and not in the ranking: real, not targets (${debian.length}). */
const DEBIAN = \`
${block(debian)}
\`;

const words = (s: string): string[] => s.split(/\\s+/).filter(Boolean);

/** Near-miss targets: a name one step from one of these, and not itself known, is reported. */
export const POPULAR_PACKAGES: ReadonlySet<string> = new Set(words(POPULAR));
/** The download-ranked names that are not targets. */
export const RANKED_PACKAGES: ReadonlySet<string> = new Set(words(RANKED));
/** Names known only because Debian packages them. */
export const DEBIAN_PACKAGES: ReadonlySet<string> = new Set(words(DEBIAN));
/** Every name that is never reported as a near miss. */
export const KNOWN_PACKAGES: ReadonlySet<string> = new Set([...POPULAR_PACKAGES, ...RANKED_PACKAGES, ...DEBIAN_PACKAGES]);
`;
  return { text, popular: popular.size, ranked: ranked.length, debian: debian.length };
}

const DEFAULT_DEBIAN = '/usr/share/dh-python/dist/cpython3_fallback';

function main(): void {
  const pypiPath = option('pypi', '/work/.library/env/packages/pypi.tsv');
  const debianPath = option('debian', DEFAULT_DEBIAN);
  const top = Number(option('top', '5000'));
  if (!Number.isInteger(top) || top < 1) throw new Error('--top takes a positive whole number');
  const date = option('date', statSync(pypiPath).mtime.toISOString().slice(0, 10));
  const debianSource = debianPath === DEFAULT_DEBIAN ? `Debian dh-python ${packageVersion('dh-python')}` : debianPath;
  const r = renderPackageList({ pypiPath, debianPath, top, date, debianSource });
  writeFileSync(option('out', out), r.text);
  console.log(`wrote ${option('out', out)}: ${r.popular} popular, ${r.ranked} ranked, ${r.debian} Debian-only names (${r.popular + r.ranked + r.debian} known)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
