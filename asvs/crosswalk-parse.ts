// Reads one value of the official ASVS mapping files ("MODIFIED, MOVED TO v5.0.0-1.2.5, SPLIT TO
// v5.0.0-1.2.6, v5.0.0-1.2.7") into a typed entry. Bare ids continue the verb before them.
// Kept apart from the data so the generator and the test parse the YAML the same way.
import type { AsvsVersion } from './types.js';

/** How a requirement relates to the other version. Direction follows the file: `moved` in the 4.0.3→5.0.0
 *  file means "moved to", in the 5.0.0→4.0.3 file "moved from". */
export type CrosswalkLinkKind = 'moved' | 'split' | 'merged' | 'covered-by' | 'deprecated-by' | 'covers' | 'deprecates';

export type DeletionReason = 'not-in-scope' | 'insufficient-impact' | 'not-practical' | 'incorrect';

export interface CrosswalkLink {
  kind: CrosswalkLinkKind;
  /** Ids in the other version, `V1.2.5` form. */
  ids: string[];
}

export interface CrosswalkEntry {
  id: string;
  modified: boolean;
  grammar: boolean;
  /** 4.0.3 side: no longer a requirement of its own in 5.0.0 (it may still be merged or covered). */
  deleted: boolean;
  deletedReason: DeletionReason | null;
  /** 5.0.0 side: new content (possibly also split from an older requirement). */
  added: boolean;
  links: CrosswalkLink[];
}

const LINK_VERBS: Readonly<Record<string, CrosswalkLinkKind>> = {
  'MOVED TO': 'moved',
  'MOVED FROM': 'moved',
  'SPLIT TO': 'split',
  'SPLIT FROM': 'split',
  'MERGED TO': 'merged',
  'MERGED FROM': 'merged',
  'COVERED BY': 'covered-by',
  COVERS: 'covers',
  'DEPRECATED BY': 'deprecated-by',
  DEPRECATES: 'deprecates',
};

const REASONS: Readonly<Record<string, DeletionReason>> = {
  'NOT IN SCOPE': 'not-in-scope',
  'INSUFFICIENT IMPACT': 'insufficient-impact',
  'NOT PRACTICAL': 'not-practical',
  INCORRECT: 'incorrect',
};

const VERSIONED_ID = /^v(\d+\.\d+\.\d+)-(\d+(?:\.\d+){2})$/;

/** `v4.0.3-1.2.3` → `V1.2.3`, checking the version is the expected one. */
export function officialMappingId(raw: string, expected: AsvsVersion): string {
  const m = VERSIONED_ID.exec(raw.trim());
  if (!m) throw new Error(`crosswalk: "${raw}" is not an id like v${expected}-1.2.3`);
  if (m[1] !== expected) throw new Error(`crosswalk: "${raw}" should be a ${expected} id`);
  return `V${m[2]}`;
}

export function parseCrosswalkValue(id: string, text: string, otherVersion: AsvsVersion): CrosswalkEntry {
  const entry: CrosswalkEntry = { id, modified: false, grammar: false, deleted: false, deletedReason: null, added: false, links: [] };
  let current: CrosswalkLink | null = null;
  for (const token of text.replace(/\s+/g, ' ').split(',').map((t) => t.trim()).filter((t) => t !== '')) {
    if (token === 'MODIFIED') entry.modified = true;
    else if (token === 'GRAMMAR') entry.grammar = true;
    else if (token === 'DELETED') entry.deleted = true;
    else if (token === 'ADDED') entry.added = true;
    else if (REASONS[token]) entry.deletedReason = REASONS[token];
    else if (VERSIONED_ID.test(token)) {
      if (!current) throw new Error(`crosswalk ${id}: id ${token} has no verb before it`);
      current.ids.push(officialMappingId(token, otherVersion));
    } else {
      const verb = Object.keys(LINK_VERBS).find((v) => token.startsWith(`${v} `));
      if (!verb) throw new Error(`crosswalk ${id}: unknown relation "${token}"`);
      current = { kind: LINK_VERBS[verb]!, ids: [officialMappingId(token.slice(verb.length), otherVersion)] };
      entry.links.push(current);
    }
  }
  return entry;
}
