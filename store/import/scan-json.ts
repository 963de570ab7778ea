// Our own JSON (`assay scan --format json`, report/scan-json.ts, docs/json-schema.md) validated
// field by field, so a file from a CI run of another version or a hand-edited one fails with the
// path of the first bad field instead of corrupting history.
import { z } from 'zod';
import { CONFIDENCES, FINDING_KINDS, FRAMEWORKS, SEVERITIES, type Finding } from '../../analyzer/types.js';
import type { ScanInput } from '../scan-input.js';
import { AUTHENTICATION_STATES, AUTHORIZATION_KINDS, CSRF_STATES, GUARD_KINDS, HTTP_METHODS, SECURITY_LOG_EVENTS, type Endpoint, type ScanFacts } from '../../domain/index.js';

const position = z.object({ line: z.number().int().min(0), column: z.number().int().min(0) });
const range = z.object({ start: position, end: position });
const traceStep = z.object({
  kind: z.enum(['source', 'step', 'call', 'return', 'sanitizer', 'sink']),
  path: z.string(),
  range,
  message: z.string(),
  snippet: z.string(),
});
const finding = z.object({
  ruleId: z.string().min(1),
  title: z.string(),
  cwe: z.array(z.number().int().positive()),
  asvs: z.object({ '5.0.0': z.array(z.string()), '4.0.3': z.array(z.string()) }),
  severity: z.enum(SEVERITIES),
  confidence: z.enum(CONFIDENCES),
  // Files written before the two tiers existed reported everything as a vulnerability.
  kind: z.enum(FINDING_KINDS).default('vulnerability'),
  path: z.string().min(1),
  range,
  message: z.string(),
  snippet: z.string(),
  trace: z.array(traceStep),
  fix: z.string(),
  fingerprint: z.string().min(8),
  suppression: z.object({ kind: z.enum(['nosec', 'assay-ignore', 'config']), justification: z.string().nullable(), line: z.number().int() }).nullable(),
  tool: z.string().min(1),
  /** An inventory rule's endpoint (`METHODS path`): links the finding to its endpoint again on import. */
  endpoint: z.string().min(1).max(4200).optional(),
});

// The endpoint inventory (docs/json-schema.md) as a hostile file may spell it: every word from
// domain/'s lists, every string and list bounded, and a handler file that stays inside the project
// (relative, no `..`), since the Endpoints page opens the handler's code from it.
export const MAX_IMPORTED_ENDPOINTS = 100_000;
const MAX_PER_ENDPOINT = 200;
const text = (max: number) => z.string().max(max).refine((v) => !v.includes('\0'), 'must not contain NUL');
const projectFile = text(1024).refine((p) => p !== '' && !/^(?:[/\\]|[A-Za-z]:)/.test(p) && !p.split(/[/\\]/).includes('..'), 'must be a path relative to the project, without ..');
const line = z.number().int().min(0).max(10_000_000);
const endpoint = z.object({
  framework: z.enum(FRAMEWORKS),
  methods: z.array(z.enum(HTTP_METHODS)).max(HTTP_METHODS.length).refine((m) => new Set(m).size === m.length, 'lists a method twice'),
  path: text(2048).min(1),
  params: z.array(z.object({ name: text(256), type: text(256) })).max(MAX_PER_ENDPOINT),
  handler: z
    .object({
      file: projectFile,
      line,
      endLine: line.optional(),
      // The extent the scan linked findings by: kept so the imported scan links them the same way.
      startLine: line.optional(),
      ownMethods: z.array(z.object({ startLine: line, endLine: line })).max(10_000).optional(),
      name: text(1024),
    })
    .refine((h) => h.endLine === undefined || h.endLine >= h.line, 'endLine is above line'),
  authentication: z.enum(AUTHENTICATION_STATES),
  guards: z.array(z.object({ kind: z.enum(GUARD_KINDS), name: text(1024), authentication: z.enum(AUTHENTICATION_STATES), source: text(1024).optional() })).max(MAX_PER_ENDPOINT),
  authorization: z.array(z.object({ kind: z.enum(AUTHORIZATION_KINDS), name: text(1024) })).max(MAX_PER_ENDPOINT),
  csrf: z.enum(CSRF_STATES),
  throttled: z.boolean(),
  input: text(1024).nullable(),
  response: text(1024).nullable(),
});

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const counts = z.record(z.string().regex(/^[a-z0-9_.-]{1,64}$/), count);
/** What the scan examined (domain/facts.ts); without it an imported scan earns no automated pass. */
// Every field of ScanFacts: one left out here is silently dropped on import, and the imported scan
// loses the evidence (logging, dependencies, advisories) its requirements were judged on.
const facts = z.object({
  pythonFiles: count,
  templates: count,
  appConfigs: count,
  handlers: counts,
  unmodelled: counts,
  apis: counts,
  sinks: counts,
  dependencies: count.optional(),
  advisories: count.optional(),
  advisoryAgeDays: count.optional(),
  budgetExceeded: count.optional(),
  unresolvedTemplates: count.optional(),
  runtimeTemplates: count.optional(),
  logged: z.partialRecord(z.enum(SECURITY_LOG_EVENTS), count).optional(),
});
// A ScanFacts field the schema does not list fails the typecheck here.
const everyFact: Record<Exclude<keyof ScanFacts, keyof z.infer<typeof facts>>, never> = {};
void everyFact;

export const scanJsonSchema = z.object({
  schemaVersion: z.literal(1, { error: 'schemaVersion must be 1 (this Assay reads version 1 of its JSON format)' }),
  tool: z.object({ name: z.literal('assay'), version: z.string(), rulesetVersion: z.string() }),
  scan: z.object({
    root: z.string(),
    startedAt: z.iso.datetime({ offset: true }),
    finishedAt: z.iso.datetime({ offset: true }),
    cancelled: z.boolean(),
    frameworks: z.array(z.enum(FRAMEWORKS)),
    rulesRun: z.array(z.string()),
    git: z.object({ commit: z.string().nullable(), branch: z.string().nullable(), dirty: z.boolean().nullable() }),
    facts: facts.optional(),
  }),
  findings: z.array(finding),
  files: z.array(z.object({ path: z.string() }).loose()),
  skipped: z.array(z.object({ path: z.string(), reason: z.string(), detail: z.string() })),
  stats: z.object({ filesScanned: z.number().int(), filesSkipped: z.number().int(), linesScanned: z.number().int(), durationMs: z.number() }).loose(),
  endpoints: z.array(endpoint).max(MAX_IMPORTED_ENDPOINTS, `holds more than ${MAX_IMPORTED_ENDPOINTS} endpoints`).optional(),
});

export function looksLikeScanJson(doc: unknown): boolean {
  return !!doc && typeof doc === 'object' && 'schemaVersion' in doc && 'findings' in doc && 'tool' in doc;
}

/** Validated document → ScanInput; throws ImportFormatError (via the caller) on the first problems. */
export function scanInputFromScanJson(doc: unknown, sourceFile: string): { input: ScanInput; problems: null } | { input: null; problems: string[] } {
  const parsed = scanJsonSchema.safeParse(doc);
  if (!parsed.success) {
    return { input: null, problems: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`) };
  }
  const d = parsed.data;
  return {
    problems: null,
    input: {
      tool: 'assay',
      status: d.scan.cancelled ? 'cancelled' : 'imported',
      startedAt: new Date(d.scan.startedAt).toISOString(),
      finishedAt: new Date(d.scan.finishedAt).toISOString(),
      analyzerVersion: d.tool.version,
      rulesetVersion: d.tool.rulesetVersion,
      git: d.scan.git,
      frameworks: d.scan.frameworks,
      rulesRun: d.scan.rulesRun,
      filesScanned: d.stats.filesScanned,
      filesSkipped: d.stats.filesSkipped,
      linesScanned: d.stats.linesScanned,
      durationMs: d.stats.durationMs,
      skipped: d.skipped.map((s) => ({ path: s.path, reason: s.reason as ScanInput['skipped'][number]['reason'], detail: s.detail })),
      findings: d.findings as Finding[],
      facts: (d.scan.facts as ScanFacts | undefined) ?? null,
      // Absent in files of an Assay without the inventory (and in SARIF): no inventory, not an empty one.
      endpoints: (d.endpoints as Endpoint[] | undefined) ?? null,
      sourceFile,
    },
  };
}
