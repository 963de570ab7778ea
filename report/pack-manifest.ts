// The evidence pack's manifest.json: what the pack is about and the SHA-256 of every other file
// in it. Parsed with a schema, so a hand-edited or foreign manifest fails with a clear reason.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const PACK_FORMAT = 'assay-evidence-pack';
export const PACK_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';

/** Report formats a pack can hold, and the file name each gets inside it. */
export const PACK_FILES = { html: 'report.html', pdf: 'report.pdf', sarif: 'report.sarif', csv: 'findings.csv', json: 'report.json', sbom: 'sbom.cdx.json' } as const;
export type PackFormat = keyof typeof PACK_FILES;
export const PACK_FORMATS = Object.keys(PACK_FILES) as PackFormat[];
/** Attestation evidence files travel in the pack too, under evidence/<sha256>/<name>. */
export const EVIDENCE_FORMAT = 'evidence';
/** The scan's endpoint inventory travels in every pack of a scan that took one, as endpoints.json. */
export const ENDPOINTS_FORMAT = 'endpoints';
export const ENDPOINTS_FILE = 'endpoints.json';
export type PackFileFormat = PackFormat | typeof EVIDENCE_FORMAT | typeof ENDPOINTS_FORMAT;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hex digits');

export const manifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  generatedAt: z.string(),
  reviewer: z.string(),
  tool: z.object({ name: z.string(), analyzerVersion: z.string(), rulesetVersion: z.string() }),
  project: z.object({ name: z.string(), rootPath: z.string() }),
  scanIds: z.array(z.number().int()),
  scan: z.object({
    id: z.number().int(),
    status: z.string(),
    startedAt: z.string(),
    finishedAt: z.string(),
    gitCommit: z.string().nullable(),
    gitBranch: z.string().nullable(),
    gitDirty: z.boolean().nullable(),
  }),
  asvs: z.object({ version: z.string(), level: z.number().int() }),
  compliance: z.number(),
  files: z.array(z.object({ path: z.string(), format: z.enum([...PACK_FORMATS, EVIDENCE_FORMAT, ENDPOINTS_FORMAT] as unknown as [PackFileFormat, ...PackFileFormat[]]), bytes: z.number().int().nonnegative(), sha256: sha256Hex })).min(1),
});

export type PackManifest = z.infer<typeof manifestSchema>;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A zip entry name we accept: relative, forward slashes, no `.`/`..` segments, no drive letters,
 * no control characters. Anything else could write outside the folder it is extracted into.
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (/[\\:*?"<>|]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return false;
  if (name.startsWith('/') || name.endsWith('/')) return false;
  return name.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}
