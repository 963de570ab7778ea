// Validates an official OWASP ASVS JSON export (5.0.0, 4.0.3, or a later version with the same nesting:
// Requirements -> chapters -> Items (sections) -> Items (requirements)) and extracts the official text.
// The text is CC BY-SA; it is never shipped, only read from a file the user chose to import.
import type { AsvsLevel } from '../domain/index.js';
import { getCatalogue, isAsvsVersion } from './catalogue.js';

export class OfficialExportError extends Error {
  override name = 'OfficialExportError';
  constructor(
    message: string,
    /** Where in the document, e.g. `Requirements[2].Items[0].Items[5].L`; empty for the whole file. */
    readonly path: string,
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}

export interface OfficialRequirementText {
  id: string;
  description: string;
  /** Minimum level (levels are cumulative). */
  level: AsvsLevel;
}

export interface OfficialExport {
  /** `Version` of the file, e.g. `5.0.0`. */
  version: string;
  /** `Name` of the file, e.g. "Application Security Verification Standard Project". */
  name: string;
  /** Official description per requirement id, in document order. */
  requirements: Map<string, string>;
  levels: Map<string, AsvsLevel>;
  chapters: number;
  sections: number;
  /** 4.0.3-style placeholders with no level at all (e.g. "[DELETED, DUPLICATE OF 4.1.3]"). */
  skipped: string[];
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field<T>(obj: Json, key: string, path: string, check: (v: unknown) => v is T, what: string): T {
  const v = obj[key];
  if (v === undefined) throw new OfficialExportError(`missing field "${key}" (expected ${what})`, path);
  if (!check(v)) throw new OfficialExportError(`"${key}" should be ${what}, got ${describe(v)}`, path);
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `a ${typeof v}`;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

function shortcode(obj: Json, path: string, pattern: RegExp, parent: string | null, example: string): string {
  const code = field(obj, 'Shortcode', path, isString, `an id like "${example}"`);
  if (!pattern.test(code)) throw new OfficialExportError(`Shortcode "${code}" is not an id like "${example}"`, `${path}.Shortcode`);
  if (parent !== null && !code.startsWith(`${parent}.`)) throw new OfficialExportError(`Shortcode "${code}" is not inside ${parent}`, `${path}.Shortcode`);
  return code;
}

function levelOf(req: Json, path: string): AsvsLevel | null {
  if (req.L !== undefined) {
    const l = req.L;
    if (l === '1' || l === '2' || l === '3' || l === 1 || l === 2 || l === 3) return Number(l) as AsvsLevel;
    throw new OfficialExportError(`"L" should be "1", "2" or "3", got ${describe(l)}`, `${path}.L`);
  }
  if (req.L1 === undefined && req.L2 === undefined && req.L3 === undefined) {
    throw new OfficialExportError('no level: expected "L" (5.0 layout) or "L1"/"L2"/"L3" (4.0 layout)', path);
  }
  const flags = (['L1', 'L2', 'L3'] as const).map((k) => {
    const v = req[k];
    if (!isObject(v) || typeof v.Required !== 'boolean') throw new OfficialExportError(`"${k}" should be an object with a boolean "Required"`, `${path}.${k}`);
    return v.Required;
  });
  const first = flags.indexOf(true);
  return first === -1 ? null : ((first + 1) as AsvsLevel);
}

export function parseOfficialExport(json: unknown): OfficialExport {
  if (!isObject(json)) throw new OfficialExportError(`expected a JSON object (the official ASVS export), got ${describe(json)}`, '');
  if (json.bomFormat === 'CycloneDX') throw new OfficialExportError('this is the CycloneDX export; import the plain JSON export (…_en.json) instead', '');
  if (isArray(json.requirements)) throw new OfficialExportError('this is the flat export; import the nested JSON export (…_en.json, not .flat.json) instead', '');
  const version = field(json, 'Version', '', isString, 'a version string like "5.0.0"');
  if (!/^\d+\.\d+(\.\d+)?$/.test(version)) throw new OfficialExportError(`"Version" should look like "5.0.0", got ${describe(version)}`, 'Version');
  const name = typeof json.Name === 'string' ? json.Name : 'OWASP Application Security Verification Standard';
  const chapters = field(json, 'Requirements', '', isArray, 'an array of chapters');
  if (chapters.length === 0) throw new OfficialExportError('"Requirements" is empty', 'Requirements');

  const requirements = new Map<string, string>();
  const levels = new Map<string, AsvsLevel>();
  const skipped: string[] = [];
  let sectionCount = 0;
  chapters.forEach((chapter, ci) => {
    const cPath = `Requirements[${ci}]`;
    if (!isObject(chapter)) throw new OfficialExportError(`a chapter should be an object, got ${describe(chapter)}`, cPath);
    const cId = shortcode(chapter, cPath, /^V\d+$/, null, 'V1');
    const sections = field(chapter, 'Items', cPath, isArray, 'an array of sections');
    sections.forEach((section, si) => {
      const sPath = `${cPath}.Items[${si}]`;
      if (!isObject(section)) throw new OfficialExportError(`a section should be an object, got ${describe(section)}`, sPath);
      const sId = shortcode(section, sPath, /^V\d+\.\d+$/, cId, `${cId}.1`);
      sectionCount++;
      const reqs = field(section, 'Items', sPath, isArray, 'an array of requirements');
      reqs.forEach((req, ri) => {
        const rPath = `${sPath}.Items[${ri}]`;
        if (!isObject(req)) throw new OfficialExportError(`a requirement should be an object, got ${describe(req)}`, rPath);
        const id = shortcode(req, rPath, /^V\d+\.\d+\.\d+$/, sId, `${sId}.1`);
        const description = field(req, 'Description', rPath, isString, 'the requirement text');
        if (requirements.has(id) || skipped.includes(id)) throw new OfficialExportError(`duplicate requirement id ${id}`, `${rPath}.Shortcode`);
        const level = levelOf(req, rPath);
        if (level === null) {
          skipped.push(id);
          return;
        }
        if (description.trim() === '') throw new OfficialExportError(`requirement ${id} has an empty Description`, `${rPath}.Description`);
        requirements.set(id, description);
        levels.set(id, level);
      });
    });
  });
  if (requirements.size === 0) throw new OfficialExportError('the file holds no requirements', 'Requirements');
  return { version, name, requirements, levels, chapters: chapters.length, sections: sectionCount, skipped };
}

export interface CatalogueCheck {
  /** True when the version is one Assay ships a catalogue for. */
  known: boolean;
  /** Ids in our catalogue that the file lacks. */
  missing: string[];
  /** Ids in the file that our catalogue lacks. */
  extra: string[];
  /** Ids whose level differs between file and catalogue. */
  levelMismatch: string[];
}

/** For a known version, whether the file agrees with our catalogue (a modified or truncated file would not). */
export function checkAgainstCatalogue(parsed: OfficialExport): CatalogueCheck {
  if (!isAsvsVersion(parsed.version)) return { known: false, missing: [], extra: [], levelMismatch: [] };
  const ours = getCatalogue(parsed.version).requirements;
  const ourIds = new Set(ours.map((r) => r.id));
  return {
    known: true,
    missing: ours.filter((r) => !parsed.requirements.has(r.id)).map((r) => r.id),
    extra: [...parsed.requirements.keys()].filter((id) => !ourIds.has(id)),
    levelMismatch: ours.filter((r) => parsed.levels.has(r.id) && parsed.levels.get(r.id) !== r.level).map((r) => r.id),
  };
}
