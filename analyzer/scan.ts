// A whole scan, from a folder on disk to a ScanResult: validate the root, load the config, discover
// and decode files, learn the project's frameworks, analyse files in the worker pool, run the
// project-wide taint pass, attach config suppressions, and add git and version facts.
import { readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding, Framework, RuleError, ScanProgress, ScanResult, ScannedFile, Severity, SkippedFile } from './types.js';
import { atLeast } from '../domain/index.js';
import type { RuleDefinition } from './rule.js';
import { allRules } from './rules/index.js';
import { rulesFor, type FileAnalysis } from './file-analysis.js';
import { taintFindingsAsync } from './analyze-source.js';
import { frameworksInText } from './frameworks/detect.js';
import { documentNames, documentsMayName, documentsRead, frameworksOfDocument, MAX_DOCUMENT_BYTES, SPEC_NAME } from './frameworks/documents.js';
import type { ProjectDocument } from './frameworks/api.js';
import type { TemplateSource } from './frameworks/template-files.js';
import { specialiseFixes } from './fix-guidance.js';
import { ConfigError, loadConfig, type AssayConfig } from './config.js';
import { compareText, discoverFiles } from './discovery/discover.js';
import { isSkip, readSourceFile } from './discovery/read-source.js';
import { bracketDepth, CPYTHON_MAX_NESTING } from './discovery/nesting.js';
import { decodePoolFile, defaultPoolSize, runPool } from './pool/analysis-pool.js';
import { analyzeItem } from './pool/analyze-item.js';
import type { FileOutcome, WorkItem } from './pool/protocol.js';
import { gitFacts } from './git.js';
import { analyzerVersion, rulesetVersion } from './version.js';
import { applyConfigSuppressions } from './config-suppressions.js';
import { inventoryOf, readProjectFile } from './dependencies/read-project.js';
import { dependencyFindings, type DependencyAnalysisInput } from './dependencies/run-rules.js';
import type { Advisory } from './dependencies/advisory.js';
import type { AdvisoryDataFacts } from './types.js';
import { AnalysisCache, type CachedFileInfo } from './cache/analysis-cache.js';
import { decodeOutcome, encodeOutcome, keepBodiesEncoded } from './pool/outcome-codec.js';
import { StringInterner } from './pool/intern-strings.js';
import { collectGarbage } from './pool/collect-garbage.js';
import { tuneJitForAnalysis } from './pool/jit-tuning.js';

/** The project-wide outcome the cache keeps: findings after the dataflow pass, before config suppressions. */
interface CachedProjectResult {
  findings: Finding[];
  endpoints?: Endpoint[];
  taintStats: TaintStats;
  taintErrors: RuleError[];
  budgetExceeded: string[];
  /** The logging evidence of every file: a full cache hit analyses none of them again. */
  securityLogging?: SecurityLogEvidence[];
  templateNames?: TemplateNameNote;
}
import { collectScanFacts } from './facts/scan-facts.js';
import { templateNameNote, type TemplateNameNote } from './frameworks/template-names.js';
import type { SecurityLogEvent, SecurityLogEvidence } from '../domain/index.js';
import type { TaintStats } from './taint/project.js';
import type { Endpoint } from '../domain/index.js';
import { endpointFindings } from './endpoints/rules.js';
import type { MemoData } from './taint/run-memo.js';

export interface ScanOptions {
  /** Settings already loaded; otherwise read from the root (or `configFile`). */
  config?: AssayConfig;
  /** An explicit configuration file (the CLI's --config). */
  configFile?: string;
  /** The rule set; defaults to every registered rule. */
  rules?: readonly RuleDefinition[];
  onProgress?(progress: ScanProgress): void;
  /** Abort to cancel: the result comes back with `cancelled: true` and partial content. */
  signal?: AbortSignal;
  /** Findings below this severity are left out (overrides the config's min-severity). */
  minSeverity?: Severity;
  /**
   * Worker threads; 0 analyses on the calling thread. Default: the calling thread when the files to
   * analyse (those the cache does not hold) come to INLINE_MAX_CHARS of source at most, else the
   * calling thread beside one worker fewer than the cores (max 8 in all); the calling thread takes
   * only files of 64 KB at most, which have no per-file time limit there. A number given is that
   * many workers and the calling thread only waits.
   */
  workers?: number;
  /** Per-file time limit in a worker, milliseconds. */
  fileTimeoutMs?: number;
  /**
   * The analysis cache folder (beside the history database; see analyzer/cache/): unchanged files
   * are not analysed again, an unchanged project skips the dataflow pass. Absent: no cache.
   */
  cacheDir?: string;
  /** Imported advisory data for the dependency rules (the store's, in the CLI and the app); none when absent. */
  advisories?: AdvisorySource;
}

/** Advisories on demand: the scan asks for those naming its inventory's packages. */
export interface AdvisorySource {
  facts: AdvisoryDataFacts;
  lookup(packages: readonly string[]): readonly Advisory[];
}

export type ScanInputProblem = 'missing' | 'not-a-directory' | 'unreadable';

/** The root cannot be scanned; the message says what to do about it. */
export class ScanInputError extends Error {
  constructor(
    readonly problem: ScanInputProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ScanInputError';
  }
}

async function checkRoot(root: string): Promise<void> {
  let info;
  try {
    info = await stat(root);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ScanInputError('missing', `${root} does not exist. Check the path (relative paths start from the current folder).`);
    }
    throw new ScanInputError('unreadable', `${root} cannot be opened (${code ?? String(err)}). Check its permissions.`);
  }
  if (!info.isDirectory()) {
    throw new ScanInputError('not-a-directory', `${root} is a file, not a folder. Give the project's folder to scan instead.`);
  }
  try {
    await readdir(root);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new ScanInputError('unreadable', `${root} cannot be read (${code}). Check its permissions, or run as a user who can read it.`);
  }
}

/** The config's rule selection applied to a rule set; unknown ids are a config error. */
export function selectRules(rules: readonly RuleDefinition[], config: AssayConfig): RuleDefinition[] {
  const known = new Set(rules.map((r) => r.id));
  const file = config.source ?? 'configuration';
  for (const [key, ids] of [['rules.enable', config.rules.enable ?? []], ['rules.disable', config.rules.disable]] as const) {
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) throw new ConfigError(file, `${key} names ${unknown.join(', ')}, which ${unknown.length > 1 ? 'are not rules' : 'is not a rule'}. See docs/rules.md for the rule ids.`);
  }
  const enable = config.rules.enable ? new Set(config.rules.enable) : null;
  const disable = new Set(config.rules.disable);
  return rules.filter((r) => (!enable || enable.has(r.id)) && !disable.has(r.id));
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.path, b.path) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

const READ_CONCURRENCY = 32;
/** Up to this much source to analyse is analysed on the calling thread unless `workers` is given. */
export const INLINE_MAX_CHARS = 256 * 1024;
/** From these on a scan collects its garbage during and after the dataflow pass (see there). */
const LARGE_SCAN_FINDINGS = 5_000;
const LARGE_SCAN_LINES = 20_000;

export async function scanProject(rootPath: string, options: ScanOptions = {}): Promise<ScanResult> {
  tuneJitForAnalysis();
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const root = resolve(rootPath);
  const signal = options.signal;
  const progress = (phase: ScanProgress['phase'], filesDone: number, filesTotal: number, currentFile: string | null) =>
    options.onProgress?.({ phase, filesDone, filesTotal, currentFile, elapsedMs: Date.now() - started });

  await checkRoot(root);
  const config = options.config ?? (await loadConfig(root, options.configFile));
  const enabled = selectRules(options.rules ?? allRules, config);
  const git = gitFacts(root);

  progress('discover', 0, 0, null);
  const discovery = await discoverFiles(root, {
    exclude: config.exclude,
    maxFileSize: config.maxFileSize,
    respectGitignore: config.respectGitignore,
    signal,
    manifests: true,
    documents: true,
  });
  const skipped: SkippedFile[] = [...discovery.skipped];

  const items: Array<WorkItem & { bytes: number; encoding: string }> = [];
  for (let i = 0; i < discovery.files.length && !signal?.aborted; i += READ_CONCURRENCY) {
    const chunk = discovery.files.slice(i, i + READ_CONCURRENCY);
    const texts = await Promise.all(chunk.map((f) => readSourceFile(f, config.maxFileSize)));
    texts.forEach((t, j) => {
      const f = chunk[j]!;
      if (isSkip(t)) skipped.push(t);
      else if (f.kind === 'python' && bracketDepth(t.text, CPYTHON_MAX_NESTING) > CPYTHON_MAX_NESTING) {
        skipped.push({ path: f.path, reason: 'unreadable', detail: `brackets nested more than ${CPYTHON_MAX_NESTING} deep: CPython refuses such a file (too many nested parentheses); not analysed` });
      } else items.push({ path: f.path, kind: f.kind, source: t.text, bytes: f.bytes, encoding: t.encoding });
    });
    progress('discover', items.length, discovery.files.length, null);
  }

  // Framework-gated rules must know the whole project's frameworks before any file is analysed.
  const frameworkSet = new Set<Framework>();
  for (const item of items) for (const fw of frameworksInText(item.source)) frameworkSet.add(fw);
  // Data documents the project's frameworks read (connexion's OpenAPI files): read as text, never run.
  const documents = await projectDocuments(discovery.documents ?? [], frameworkSet);
  const active = rulesFor(enabled, frameworkSet);
  // Template files as the views that render them see them (frameworks/template-files.ts).
  const templates = items.filter((i) => i.kind === 'template').map((i) => ({ path: i.path, text: i.source }));

  const cache = options.cacheDir && !signal?.aborted
    ? await AnalysisCache.open(options.cacheDir, root, { ruleIds: active.map((r) => r.id), frameworks: [...frameworkSet], config: { ...config } })
    : null;
  const fileKeys = new Map<string, string>();
  const hits: Array<{ item: (typeof items)[number]; outcome: Uint8Array; info: CachedFileInfo }> = [];
  const toAnalyse: typeof items = [];
  for (const item of items) {
    const key = cache?.fileKey(item.path, item.kind, item.source);
    const entry = key ? cache!.file(item.path, key) : undefined;
    if (key) fileKeys.set(item.path, key);
    if (entry) {
      cache!.keep(item.path, entry);
      hits.push({ item, outcome: entry.outcome, info: entry.info });
    } else toAnalyse.push(item);
  }

  const files: ScannedFile[] = [];
  const analyses: FileAnalysis[] = [];
  // The dependency rules read every Python file's imports, also when the cached project result is reused.
  const importFiles: Array<DependencyAnalysisInput['files'][number]> = [];
  const findings: Finding[] = [];
  const ruleErrors: RuleError[] = [];
  const meta = new Map(items.map((i) => [i.path, i]));
  const analysed = new Set<string>();
  let done = 0;
  const parseStarted = performance.now();
  // One interner for every decoded outcome (cached and fresh): repeated strings share one copy.
  const interner = new StringInterner();
  const onFile = (outcome: FileOutcome, payload?: Uint8Array, cached = false) => {
    done++;
    progress('parse', done, items.length, outcome.path);
    record(outcome, payload, cached);
  };
  const record = (outcome: FileOutcome, payload?: Uint8Array, cached = false) => {
    if (!outcome.ok) {
      skipped.push({ path: outcome.path, reason: 'unreadable', detail: `analysis failed: ${outcome.error}` });
      return;
    }
    const m = meta.get(outcome.path)!;
    const a = outcome.analysis;
    const partial = outcome.kind === 'python' && outcome.analysis.partial;
    const key = fileKeys.get(outcome.path);
    if (cache && key && !cached) cache.put(outcome.path, key, { kind: outcome.kind, lines: a.lines, partial, ruleErrors: a.ruleErrors, ...(outcome.kind === 'python' ? { imports: outcome.analysis.imports, suppressionComments: outcome.analysis.suppressionComments } : {}) }, payload ?? encodeOutcome(outcome));
    files.push({ path: a.path, lines: a.lines, bytes: m.bytes, encoding: m.encoding, partial, millis: cached ? 0 : Math.round(outcome.millis * 100) / 100 });
    findings.push(...a.findings);
    for (const e of a.ruleErrors) ruleErrors.push({ ruleId: e.ruleId, path: a.path, message: e.message });
    if (outcome.kind === 'python') {
      analyses.push(outcome.analysis);
      importFiles.push(outcome.analysis);
    }
    analysed.add(outcome.path);
  };
  // Workers find rules by id in the registry; a rule set with other rules is analysed in-process.
  const registry = new Set<RuleDefinition>(allRules);
  progress('parse', 0, items.length, null);
  // Every file unchanged and the project-wide result cached for exactly these files: reuse it all.
  // Documents are not cached files: a project that reads any is analysed project-wide every time.
  const projectKey = cache && toAnalyse.length === 0 && documents.length === 0 ? cache.projectKey() : null;
  const cachedProject = projectKey ? (cache!.project(projectKey) as CachedProjectResult | undefined) : undefined;
  // A project result cached before it carried the logging evidence cannot stand in for the files.
  const reused = cachedProject?.securityLogging && cachedProject.templateNames ? cachedProject : undefined;
  if (reused) {
    for (const { item, info } of hits) {
      files.push({ path: item.path, lines: info.lines, bytes: item.bytes, encoding: item.encoding, partial: info.partial, millis: 0 });
      for (const e of info.ruleErrors) ruleErrors.push({ ruleId: e.ruleId, path: item.path, message: e.message });
      if (info.kind === 'python' && info.imports) importFiles.push({ path: item.path, imports: info.imports, suppressionComments: info.suppressionComments ?? [] });
      analysed.add(item.path);
      done++;
    }
  } else {
    for (const h of hits) {
      let outcome: FileOutcome;
      try {
        outcome = decodeOutcome(h.outcome, h.item.source, interner);
      } catch {
        toAnalyse.push(h.item);
        continue;
      }
      onFile(outcome, h.outcome, true);
    }
  }
  // Little to analyse (a small project, or a rescan after a few edits) is done before workers would
  // have loaded the parser and rules: analyse it here.
  const chars = toAnalyse.reduce((n, i) => n + i.source.length, 0);
  // Otherwise the calling thread takes a share beside one worker fewer than the cores: a worker
  // costs its own warm-up (every isolate compiles the analyser again) and the wire, so on two cores
  // two workers were slower than the calling thread alone.
  const defaultWorkers = chars <= INLINE_MAX_CHARS ? 0 : defaultPoolSize() - 1;
  const pooled = active.every((r) => registry.has(r));
  const workers = pooled ? (options.workers ?? defaultWorkers) : 0;
  const alongside = pooled && options.workers === undefined;
  if (reused) {
    // nothing to analyse
  } else if (workers === 0) {
    // On the calling thread: yield to the event loop now and then, so Ctrl-C and cancel are heard.
    let slice = performance.now();
    for (const item of toAnalyse) {
      if (performance.now() - slice > 20) {
        await new Promise<void>((r) => setImmediate(r));
        slice = performance.now();
      }
      if (signal?.aborted) break;
      onFile(analyzeItem(item, active, frameworkSet));
    }
  } else {
    const work = toAnalyse.map(({ path, kind, source }) => ({ path, kind, source }));
    // Each result is decoded as it arrives and its payload dropped (its function bodies are copied
    // out, outcome-codec.ts): payloads are allocated in the workers' malloc arenas, and every one held
    // until the pool ends keeps those arenas from being reused or returned (~180 MB at 60,000 findings).
    const analyseHere = alongside
      ? (item: WorkItem) => {
          const outcome = analyzeItem(item, active, frameworkSet);
          const payload = cache && fileKeys.has(item.path) ? encodeOutcome(outcome) : undefined;
          onFile(keepBodiesEncoded(outcome, payload), payload);
        }
      : undefined;
    await runPool(work, { size: workers, ruleIds: active.map((r) => r.id), frameworks: [...frameworkSet], fileTimeoutMs: options.fileTimeoutMs, signal, analyseHere }, (file) => {
      done++;
      progress('parse', done, items.length, file.path);
      if (!file.ok) record(file);
      else record(decodePoolFile(file.path, file.payload, meta.get(file.path)?.source ?? '', interner), file.payload);
    });
  }
  const parseMs = performance.now() - parseStarted;

  const taintStarted = performance.now();
  // A small scan leaves too little garbage to be worth a full collection between its phases.
  const large = !reused && (findings.length >= LARGE_SCAN_FINDINGS || files.reduce((n, f) => n + f.lines, 0) >= LARGE_SCAN_LINES);
  const taintStats: TaintStats = { handlers: {}, sinks: {} };
  if (reused) {
    findings.push(...reused.findings);
    Object.assign(taintStats, reused.taintStats);
    ruleErrors.push(...reused.taintErrors);
    const exceeded = new Set(reused.budgetExceeded);
    for (const f of files) if (exceeded.has(f.path)) f.budgetExceeded = true;
  } else if (!signal?.aborted) {
    progress('taint', items.length, items.length, null);
    analyses.sort((a, b) => compareText(a.path, b.path));
    try {
      const taint = await dataflowPass(analyses, active, findings, signal, cache, fileKeys, documents, templates, large);
      if (taint) {
        findings.push(...taint.findings);
        Object.assign(taintStats, taint.stats);
        const exceeded = new Set(taint.budgetExceeded);
        for (const f of files) if (exceeded.has(f.path)) f.budgetExceeded = true;
      }
    } catch (err) {
      ruleErrors.push({ ruleId: 'taint', path: null, message: err instanceof Error ? err.message : String(err) });
    }
  }
  const taintMs = performance.now() - taintStarted;
  // The dataflow program (the facts indexed, every run's flows) is garbage now, and so is what turning
  // its flows into findings built and dropped: collected here, before the inventory, the cache and the
  // caller's report allocate on top of it (V8 would wait for a limit it set from the program's size):
  // ~100 MB of peak RSS at 60,000 findings.
  if (large && !signal?.aborted) collectGarbage();
  // The inventory and the rules on top of it: project-wide, after every file's facts are in.
  let endpoints: Endpoint[] = reused?.endpoints ?? [];
  if (!reused && !signal?.aborted) {
    try {
      const inv = endpointFindings(analyses, active, documents);
      endpoints = inv.endpoints;
      findings.push(...inv.findings);
      ruleErrors.push(...inv.errors);
    } catch (err) {
      ruleErrors.push({ ruleId: 'endpoints', path: null, message: err instanceof Error ? err.message : String(err) });
    }
  }
  // Rendered templates Assay could not look at: one note for the project (frameworks/template-names.ts).
  const templateNames = reused?.templateNames ?? (signal?.aborted ? undefined : templateNameNote(analyses.flatMap((a) => (a.facts ? [a.facts] : [])), templates));
  if (cache && !signal?.aborted) {
    if (reused) cache.keepProject();
    else {
      cache.setProject(cache.projectKey(), {
        findings,
        endpoints,
        taintStats,
        taintErrors: ruleErrors.filter((e) => e.ruleId === 'taint'),
        budgetExceeded: files.filter((f) => f.budgetExceeded).map((f) => f.path),
        securityLogging: analyses.flatMap((a) => a.securityLogging ?? []),
        templateNames,
      } satisfies CachedProjectResult);
    }
    await cache.save();
    // The serialised result and records are on disk; their buffers are native memory freed only
    // when their (small) wrappers are collected, which V8 would not do before the report allocates.
    if (large) collectGarbage();
  } else cache?.discard();

  // Dependencies: manifests found by discovery (setup.py is among the Python files), read without running anything.
  const manifestPaths = [...(discovery.manifests ?? []).map((m) => m.path), ...items.filter((i) => /(^|\/)setup\.py$/.test(i.path)).map((i) => i.path)].sort(compareText);
  const dependencies = inventoryOf(root, manifestPaths, { maxFileSize: config.maxFileSize });
  const advisories = options.advisories?.lookup([...new Set(dependencies.dependencies.map((d) => d.name))]) ?? [];
  if (!signal?.aborted) {
    const manifestTexts = new Map<string, string>();
    for (const m of dependencies.manifests) {
      const item = meta.get(m.path);
      const text = item?.source ?? readManifest(root, m.path, config.maxFileSize);
      if (text !== null) manifestTexts.set(m.path, text);
    }
    const dep = dependencyFindings(
      { inventory: dependencies, files: [...importFiles].sort((a, b) => compareText(a.path, b.path)), manifestTexts, pythonTexts: new Map(items.filter((i) => i.kind === 'python').map((i) => [i.path, i.source])), advisories, knownPackages: config.knownPackages },
      active,
    );
    findings.push(...dep.findings);
    for (const e of dep.errors) ruleErrors.push({ ruleId: e.ruleId, path: null, message: e.message });
  }

  const fileFrameworks = new Map(analyses.map((a) => [a.path, a.frameworks]));
  specialiseFixes(findings, new Map(active.map((r) => [r.id, r])), (path) => fileFrameworks.get(path) ?? [], frameworkSet);
  applyConfigSuppressions(findings, config);
  const floor = options.minSeverity ?? config.minSeverity;
  const kept = floor ? findings.filter((f) => atLeast(f.severity, floor)) : findings;
  kept.sort(compareFindings);
  files.sort((a, b) => compareText(a.path, b.path));
  skipped.sort((a, b) => compareText(a.path, b.path) || compareText(a.reason, b.reason));

  const securityLogging = (reused?.securityLogging ?? analyses.flatMap((a) => a.securityLogging ?? [])).sort((a, b) => compareText(a.path, b.path) || a.line - b.line);
  const finished = Date.now();
  progress('done', done, items.length, null);
  return {
    root,
    startedAt,
    finishedAt: new Date(finished).toISOString(),
    analyzerVersion: analyzerVersion(),
    rulesetVersion: rulesetVersion(enabled),
    frameworks: [...frameworkSet].sort(),
    rulesRun: active.map((r) => r.id).sort(),
    files,
    skipped,
    findings: kept,
    facts: {
      ...collectScanFacts(items.filter((i) => analysed.has(i.path)), taintStats),
      logged: countEvents(securityLogging),
      dependencies: dependencies.dependencies.length,
      advisories: options.advisories?.facts.count ?? 0,
      advisoryAgeDays: options.advisories?.facts.ageDays ?? undefined,
      // Dataflow cut short in these files: the flows it did not finish earn no pass (asvs/preconditions.ts).
      budgetExceeded: files.filter((f) => f.budgetExceeded).length,
      // What views render that Assay could not see earns the template-encoding requirements no pass.
      unresolvedTemplates: templateNames?.unresolved ?? 0,
      runtimeTemplates: templateNames?.runtime ?? 0,
    },
    ...(templateNames ? { templateNames } : {}),
    securityLogging,
    endpoints,
    stats: {
      filesScanned: files.length,
      filesSkipped: skipped.length,
      linesScanned: files.reduce((n, f) => n + f.lines, 0),
      partialFiles: files.filter((f) => f.partial).length,
      budgetExceededFiles: files.filter((f) => f.budgetExceeded).length,
      ...(cache ? { cachedFiles: cache.hits } : {}),
      durationMs: finished - started,
      parseMs: Math.round(parseMs),
      taintMs: Math.round(taintMs),
    },
    git: await git,
    cancelled: signal?.aborted ?? false,
    ruleErrors,
    configFile: config.source,
    dependencies,
    advisoryData: options.advisories?.facts ?? null,
  };
}

/**
 * The project-wide taint pass, with the cache's run records. Its own function so the records (tens of
 * megabytes of objects for a large project) are garbage once serialised into the cache: a local of
 * scanProject would stay reachable from the suspended async frame until the scan ends.
 */
async function dataflowPass(
  analyses: readonly FileAnalysis[],
  active: readonly RuleDefinition[],
  findings: Finding[],
  signal: AbortSignal | undefined,
  cache: AnalysisCache | null,
  fileKeys: ReadonlyMap<string, string>,
  documents: readonly ProjectDocument[],
  templates: readonly TemplateSource[],
  large: boolean,
) {
  const memo = cache ? { previous: (cache.memo() as MemoData | null) ?? null, fileKeys, keep: (records: MemoData) => cache.setMemo(records) } : undefined;
  const taint = await taintFindingsAsync(analyses, active, findings, signal, memo, documents, templates, large ? collectGarbage : undefined);
  if (!taint) return null;
  return { findings: taint.findings, stats: taint.stats, budgetExceeded: taint.budgetExceeded };
}

function readManifest(root: string, path: string, maxSize: number): string | null {
  const text = readProjectFile(root, path, maxSize);
  return typeof text === 'string' ? text : null;
}

function countEvents(evidence: readonly SecurityLogEvidence[]): Partial<Record<SecurityLogEvent, number>> {
  const out: Partial<Record<SecurityLogEvent, number>> = {};
  for (const e of evidence) out[e.event] = (out[e.event] ?? 0) + 1;
  return out;
}

/**
 * The documents the project's frameworks read, after adding to `frameworks` those only a spec-named
 * document names (no scanned file imports connexion). Each file is read at most once; unreadable
 * or oversized ones are left out.
 */
async function projectDocuments(found: ReadonlyArray<{ path: string; absPath: string; bytes: number }>, frameworks: Set<Framework>): Promise<ProjectDocument[]> {
  const texts = new Map<string, ProjectDocument | null>();
  const read = async (d: { path: string; absPath: string; bytes: number }): Promise<ProjectDocument | null> => {
    if (!texts.has(d.path)) {
      const text = d.bytes > MAX_DOCUMENT_BYTES ? null : await readFile(d.absPath, 'utf8').catch(() => null);
      texts.set(d.path, text === null ? null : { path: d.path, text });
    }
    return texts.get(d.path)!;
  };
  if (documentsMayName(frameworks)) {
    for (const d of found) {
      const doc = SPEC_NAME.test(d.path) ? await read(d) : null;
      if (doc) for (const f of frameworksOfDocument(doc.path, doc.text)) frameworks.add(f);
    }
  }
  const names = documentNames(frameworks);
  if (!names) return [];
  const candidates: ProjectDocument[] = [];
  for (const d of found) {
    const doc = names.test(d.path) ? await read(d) : null;
    if (doc) candidates.push(doc);
  }
  return documentsRead(candidates, frameworks);
}
