// The two catalogues, assembled from the generated structure (official facts), our summaries and the
// automatability table. Built once per version and frozen; callers share the same objects.
import type { AsvsVersion, Automatability, Catalogue, Level, Requirement, Section } from './types.js';
import { V5_CHAPTERS, V5_REQUIREMENTS, V5_SECTIONS } from './data/v5-structure.js';
import { V4_CHAPTERS, V4_REQUIREMENTS, V4_SECTIONS } from './data/v4-structure.js';
import { V5_SUMMARIES } from './data/v5-summaries.js';
import { V4_SUMMARIES } from './data/v4-summaries.js';
import {
  DOCUMENTATION_REASON,
  V4_AUTOMATABILITY,
  V4_MANUAL_REASONS,
  V5_AUTOMATABILITY,
  V5_MANUAL_REASONS,
} from './data/automatability.js';

const cache = new Map<AsvsVersion, Catalogue>();

function sectionOf(id: string): string {
  return id.slice(0, id.lastIndexOf('.'));
}

function chapterOf(id: string): string {
  return id.slice(0, id.indexOf('.'));
}

function build(version: AsvsVersion): Catalogue {
  const v5 = version === '5.0.0';
  const chapters = v5 ? V5_CHAPTERS : V4_CHAPTERS;
  const sections = v5 ? V5_SECTIONS : V4_SECTIONS;
  const summaries = v5 ? V5_SUMMARIES : V4_SUMMARIES;
  const automatability = v5 ? V5_AUTOMATABILITY : V4_AUTOMATABILITY;
  const manualReasons = v5 ? V5_MANUAL_REASONS : V4_MANUAL_REASONS;
  const sectionById = new Map<string, Section>(sections.map((s) => [s.id, s]));
  const rows: readonly (readonly [string, Level, (readonly number[])?])[] = v5 ? V5_REQUIREMENTS : V4_REQUIREMENTS;

  const requirements = rows.map(([id, level, cwe]): Requirement => {
    const summary = summaries[id];
    if (!summary) throw new Error(`asvs ${version}: no summary for ${id}`);
    const section = sectionById.get(sectionOf(id));
    if (!section) throw new Error(`asvs ${version}: no section for ${id}`);
    const [automatable, reason] = automatability[id] ?? manual(section, manualReasons);
    return Object.freeze({
      id,
      chapterId: chapterOf(id),
      sectionId: section.id,
      level,
      summary,
      cwe: Object.freeze([...(cwe ?? [])]),
      automatable,
      automatableReason: reason,
    });
  });
  return Object.freeze({ version, chapters, sections, requirements: Object.freeze(requirements) });
}

function manual(section: Section, reasons: Readonly<Record<string, string>>): readonly [Automatability, string] {
  if (/documentation/i.test(section.name)) return ['manual', DOCUMENTATION_REASON];
  return ['manual', reasons[section.chapterId] ?? 'needs human review'];
}

export function getCatalogue(version: AsvsVersion): Catalogue {
  let c = cache.get(version);
  if (!c) {
    c = build(version);
    cache.set(version, c);
  }
  return c;
}

const indexes = new Map<AsvsVersion, ReadonlyMap<string, Requirement>>();

export function findRequirement(version: AsvsVersion, id: string): Requirement | undefined {
  let index = indexes.get(version);
  if (!index) {
    index = new Map(getCatalogue(version).requirements.map((r) => [r.id, r]));
    indexes.set(version, index);
  }
  return index.get(id);
}

export function isRequirementId(version: AsvsVersion, id: string): boolean {
  return findRequirement(version, id) !== undefined;
}

/** Levels are cumulative: level 2 scope is every requirement whose minimum level is 1 or 2. */
export function requirementsInScope(catalogue: Catalogue, level: Level): Requirement[] {
  return catalogue.requirements.filter((r) => r.level <= level);
}

export function isAsvsVersion(value: string): value is AsvsVersion {
  return value === '5.0.0' || value === '4.0.3';
}

export function parseLevel(value: string | number): Level | null {
  const n = Number(value);
  return n === 1 || n === 2 || n === 3 ? n : null;
}

/** The ids of `version` closest to a mistyped one (same chapter first, then by edit distance). */
export function nearestRequirementIds(version: AsvsVersion, id: string, count = 3): string[] {
  const wanted = id.trim().toUpperCase();
  const chapter = wanted.split('.')[0];
  const scored = getCatalogue(version).requirements.map((r) => ({ id: r.id, d: editDistance(wanted, r.id) + (r.chapterId === chapter ? 0 : 2) }));
  scored.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id, 'en', { numeric: true }));
  return scored.slice(0, count).map((s) => s.id);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
