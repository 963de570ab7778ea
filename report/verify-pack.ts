// Checks an evidence pack: every entry name is safe, the manifest is well-formed, every file it
// lists is present with the recorded SHA-256, and nothing else is in the zip. Never throws on a bad
// pack: it says what is wrong, naming the file.
import { unzipSync } from 'fflate';
import { MANIFEST_NAME, isSafeEntryName, manifestSchema, sha256, type PackManifest } from './pack-manifest.js';

/** Refuse to inflate more than this: a pack of reports is megabytes, a zip bomb is not. */
const MAX_TOTAL_BYTES = 2 * 1024 ** 3;

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
  const names: string[] = [];
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter(info) {
        names.push(info.name);
        total += info.originalSize;
        return isSafeEntryName(info.name) && total <= MAX_TOTAL_BYTES;
      },
    });
  } catch (err) {
    return fail([`not a readable zip file (${err instanceof Error ? err.message : String(err)})`]);
  }
  for (const name of names) if (!isSafeEntryName(name)) problems.push(`unsafe entry name ${JSON.stringify(name)}: absolute, with "..", backslashes or control characters; a pack never holds such names`);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push(`${name} appears more than once in the zip`);
    seen.add(name);
  }
  if (total > MAX_TOTAL_BYTES) problems.push(`the zip would inflate to more than ${MAX_TOTAL_BYTES} bytes`);

  const manifestBytes = entries[MANIFEST_NAME];
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
    const bytes = entries[f.path];
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
