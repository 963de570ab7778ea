// Checks an evidence pack: every entry name is safe, the manifest is well-formed, every file it
// lists is present with the recorded SHA-256, and nothing else is in the zip. Never throws on a bad
// pack: it says what is wrong, naming the file.
import { entryBytes, zipEntries, type ZipEntry } from './zip-entries.js';
import { MANIFEST_NAME, isSafeEntryName, manifestSchema, sha256, type PackManifest } from './pack-manifest.js';

/** Refuse to inflate more than this in all: a pack of reports is megabytes, a zip bomb is not. */
export const MAX_TOTAL_BYTES = 256 * 1024 ** 2;
/** A pack file larger than this is refused before it is read. */
export const MAX_PACK_FILE_BYTES = 256 * 1024 ** 2;

export interface VerifiedFile {
  path: string;
  expectedSha256: string;
  actualSha256: string | null;
  bytes: number | null;
  status: 'ok' | 'changed' | 'missing';
}

export interface VerifyResult {
  ok: boolean;
  manifest: PackManifest | null;
  /** SHA-256 of manifest.json itself: compare with a copy recorded elsewhere to detect a re-hashed pack. */
  manifestSha256: string | null;
  files: VerifiedFile[];
  /** Entries in the zip that the manifest does not list. */
  unexpected: string[];
  /** Everything wrong, one sentence each, naming the file. Empty when ok. */
  problems: string[];
}

function fail(problems: string[], manifest: PackManifest | null = null, manifestSha256: string | null = null, files: VerifiedFile[] = [], unexpected: string[] = []): VerifyResult {
  return { ok: false, manifest, manifestSha256, files, unexpected, problems };
}

export function verifyEvidencePack(zip: Uint8Array): VerifyResult {
  const problems: string[] = [];
  let listing: ZipEntry[];
  try {
    listing = zipEntries(zip);
  } catch (err) {
    return fail([`not a readable zip file (${err instanceof Error ? err.message : String(err)})`]);
  }
  const names = listing.map((e) => e.name);
  const declared = listing.reduce((n, e) => n + e.declaredSize, 0);
  // Checked before anything is inflated: the sizes a zip declares are all a bomb needs to lie about.
  if (declared > MAX_TOTAL_BYTES) return fail([`the zip declares ${declared} bytes of content, more than the ${MAX_TOTAL_BYTES}-byte limit for a pack; nothing was inflated`]);
  for (const name of names) if (!isSafeEntryName(name)) problems.push(`unsafe entry name ${JSON.stringify(name)}: absolute, with "..", backslashes or control characters; a pack never holds such names`);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push(`${name} appears more than once in the zip`);
    seen.add(name);
  }
  const entries = new Map<string, Uint8Array>();
  for (const entry of listing) {
    if (!isSafeEntryName(entry.name) || entries.has(entry.name)) continue;
    if (entry.type !== 'file') {
      problems.push(`${JSON.stringify(entry.name)} is a ${entry.type === 'special' ? 'device or other special file' : entry.type} entry, not a file; a pack holds only files`);
      continue;
    }
    try {
      entries.set(entry.name, entryBytes(zip, entry));
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
    }
  }

  const manifestBytes = entries.get(MANIFEST_NAME);
  if (!manifestBytes) return fail([...problems, `${MANIFEST_NAME} is missing`]);
  const manifestSha256 = sha256(manifestBytes);
  let manifest: PackManifest;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes)));
    if (!parsed.success) return fail([...problems, `${MANIFEST_NAME} is not a valid manifest: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'document'}: ${i.message}`).join('; ')}`], null, manifestSha256);
    manifest = parsed.data;
  } catch (err) {
    return fail([...problems, `${MANIFEST_NAME} is not valid JSON (${err instanceof Error ? err.message : String(err)})`], null, manifestSha256);
  }

  const files: VerifiedFile[] = [];
  const listed = new Set<string>();
  for (const f of manifest.files) {
    if (!isSafeEntryName(f.path) || f.path === MANIFEST_NAME) {
      problems.push(`${MANIFEST_NAME} lists an unsafe or reserved path ${JSON.stringify(f.path)}`);
      continue;
    }
    if (listed.has(f.path)) problems.push(`${MANIFEST_NAME} lists ${f.path} twice`);
    listed.add(f.path);
    const bytes = entries.get(f.path);
    if (!bytes) {
      files.push({ path: f.path, expectedSha256: f.sha256, actualSha256: null, bytes: null, status: 'missing' });
      problems.push(`${f.path} is listed in the manifest but missing from the pack`);
      continue;
    }
    const actual = sha256(bytes);
    const status = actual === f.sha256 && bytes.length === f.bytes ? 'ok' : 'changed';
    files.push({ path: f.path, expectedSha256: f.sha256, actualSha256: actual, bytes: bytes.length, status });
    if (status === 'changed') problems.push(`${f.path} has changed: its SHA-256 is ${actual}, the manifest records ${f.sha256}`);
  }
  const unexpected = [...seen].filter((n) => n !== MANIFEST_NAME && !listed.has(n));
  for (const n of unexpected) problems.push(`${JSON.stringify(n)} is in the pack but not in the manifest`);
  return { ok: problems.length === 0, manifest, manifestSha256, files, unexpected, problems };
}
