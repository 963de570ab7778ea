// PEP 503 names, and PEP 508 requirement strings as written in any manifest.
import { validRange } from '@renovatebot/pep440';
import type { Dependency } from './model.js';

/** PEP 503: `Foo.Bar_baz` → `foo-bar-baz`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

export interface Requirement {
  declaredName: string;
  extras: string[];
  specifier: string;
  marker: string | null;
  url: string | null;
}

/** A PEP 508 string, or an error message saying what is wrong with it. */
export function parseRequirement(text: string): Requirement | string {
  const s = text.trim();
  const m = NAME.exec(s);
  if (!m) return `"${s}" does not start with a package name`;
  let rest = s.slice(m[1]!.length).trimStart();
  let extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return `"${s}": the [extras] list is not closed`;
    extras = rest
      .slice(1, close)
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    if (extras.some((e) => !NAME.test(e))) return `"${s}": an extra is not a valid name`;
    rest = rest.slice(close + 1).trimStart();
  }
  let marker: string | null = null;
  let url: string | null = null;
  let specifier = '';
  if (rest.startsWith('@')) {
    // With a URL the marker must follow whitespace: `;` can be part of a URL.
    const body = rest.slice(1).trim();
    const at = body.search(/\s+;/);
    url = (at < 0 ? body : body.slice(0, at)).trim();
    if (at >= 0) marker = body.slice(body.indexOf(';', at) + 1).trim() || null;
    if (!url) return `"${s}": nothing after @ (a URL was expected)`;
  } else {
    const semi = rest.indexOf(';');
    specifier = (semi < 0 ? rest : rest.slice(0, semi)).trim();
    if (semi >= 0) marker = rest.slice(semi + 1).trim() || null;
    if (specifier.startsWith('(') && specifier.endsWith(')')) specifier = specifier.slice(1, -1).trim();
    if (specifier && !validRange(specifier)) return `"${s}": "${specifier}" is not a PEP 440 version specifier`;
  }
  return { declaredName: m[1]!, extras, specifier, marker, url };
}

/** The version an exact pin installs: `==1.2.3`, `===1.2.3` (not `==1.2.*`, not a range). */
export function pinnedVersion(specifier: string): string | null {
  const m = /^\s*===?\s*([^,;\s*]+)\s*$/.exec(specifier);
  return m ? m[1]! : null;
}

/** VCS URL (`git+https://…@ref#egg=…`): the ref, or null. */
export function vcsRefOf(url: string): string | null {
  const noFragment = url.split('#')[0]!;
  const afterScheme = noFragment.replace(/^[a-z+]+:\/\//i, '');
  const path = afterScheme.slice(afterScheme.indexOf('/') + 1);
  const at = path.lastIndexOf('@');
  return at >= 0 ? path.slice(at + 1) || null : null;
}

export function isVcsUrl(url: string): boolean {
  return /^(git|hg|svn|bzr)\+/i.test(url);
}

export function isLocalPath(url: string): boolean {
  return /^(\.{1,2}[\\/]|\/|file:|[A-Za-z]:[\\/])/.test(url) || url === '.';
}

/** `#egg=name` of a URL, the old way to name a URL requirement. */
export function eggName(url: string): string | null {
  const m = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  return m ? m[1]! : null;
}

export interface DependencyFields {
  declaredName: string;
  path: string;
  line: number;
  specifier?: string;
  extras?: string[];
  marker?: string | null;
  version?: string | null;
  url?: string | null;
  vcsRef?: string | null;
  editable?: boolean;
  hashes?: string[];
  direct?: boolean;
  groups?: string[];
  dependsOn?: string[];
  lockedBy?: string | null;
}

/** One Dependency with every field filled: the source follows from the URL. */
export function dependencyOf(f: DependencyFields): Dependency {
  const url = f.url ?? null;
  const specifier = f.specifier ?? '';
  return {
    name: normalizeName(f.declaredName),
    declaredName: f.declaredName,
    specifier,
    extras: f.extras ?? [],
    marker: f.marker ?? null,
    version: f.version !== undefined ? f.version : pinnedVersion(specifier),
    source: url === null ? 'registry' : isVcsUrl(url) ? 'vcs' : isLocalPath(url) ? 'path' : 'url',
    url,
    vcsRef: f.vcsRef !== undefined ? f.vcsRef : url && isVcsUrl(url) ? vcsRefOf(url) : null,
    editable: f.editable ?? false,
    hashes: f.hashes ?? [],
    path: f.path,
    line: f.line,
    direct: f.direct ?? true,
    groups: f.groups ?? ['main'],
    dependsOn: f.dependsOn ?? [],
    lockedBy: f.lockedBy ?? null,
  };
}
