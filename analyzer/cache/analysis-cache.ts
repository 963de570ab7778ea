// The per-project analysis cache: what a scan learnt about each file (keyed by the file's path and
// content hash, the analyzer's code, the active rules, the project's frameworks and the effective
// config), and the project-wide result (keyed by every file's key), so an unchanged file is never
// parsed again and an unchanged project skips the dataflow pass too.
//
// One pack file per project in the cache folder (pack-file.ts: a magic line, the SHA-256 of the body,
// the outcome bytes as frames and a v8-serialised index). Anything unreadable — truncated, altered, another format or another
// analyzer — is ignored and rebuilt, never trusted. What a scan learns is written to a temporary
// file as it arrives (a large scan's outcomes are not held until the end) and renamed into place by
// save(); the folder is kept under MAX_CACHE_BYTES by dropping the least recently written packs.
import { createHash } from 'node:crypto';
import { readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { analyzerCodeDigest } from './code-digest.js';
import type { ImportFacts } from '../dependencies/imports.js';
import type { SuppressionComment } from '../suppressions.js';
import { PackWriter, readPackFile, type FrameRef } from './pack-file.js';
import { frameValue, mapFrames, readFramedValue, type FramedValue } from './framed-value.js';
import { decodeMemo, encodeMemo } from '../taint/memo-codec.js';
import type { MemoData } from '../taint/run-memo.js';

export const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

/** What a cached file needs to appear in a scan without decoding its whole analysis. */
export interface CachedFileInfo {
  kind: 'python' | 'template';
  lines: number;
  partial: boolean;
  ruleErrors: Array<{ ruleId: string; message: string }>;
  /** A Python file's imports and suppression comments: the dependency rules run on every scan, cached or not. */
  imports?: ImportFacts;
  suppressionComments?: SuppressionComment[];
}

interface FileEntry {
  key: string;
  info: CachedFileInfo;
  /** The v8-serialised FileOutcome, decoded only when the project-wide pass must run again. */
  outcome: Uint8Array;
}

interface Pack {
  version: 2;
  context: string;
  files: Record<string, FileEntry>;
  project: { key: string; result: FramedValue<Uint8Array> } | null;
  /** The dataflow pass's run records (taint/run-memo.ts), encoded: reused when some files changed. */
  memo?: FramedValue<Uint8Array> | null;
}

/**
 * What the next pack holds: entries kept from the previous pack (still views into its buffer,
 * written at save()) or frames already written to the temporary file.
 */
interface NextPack {
  context: string;
  files: Record<string, FileEntry | { key: string; info: CachedFileInfo; outcome: FrameRef; written: true }>;
  project: { key: string; result: FramedValue<Uint8Array> } | { key: string; result: FramedValue<FrameRef>; written: true } | null;
  memo: FramedValue<Uint8Array> | { value: FramedValue<FrameRef>; written: true } | null;
}

const sha256 = (...parts: Array<string | Uint8Array>) => {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\0');
  }
  return h.digest('hex');
};

export interface CacheContext {
  ruleIds: readonly string[];
  frameworks: readonly string[];
  /** The effective configuration, as plain data. */
  config: unknown;
}

export class AnalysisCache {
  private readonly next: NextPack;
  private readonly writer: PackWriter;
  hits = 0;

  private constructor(
    private readonly packFile: string,
    private readonly dir: string,
    private readonly previous: Pack | null,
    context: string,
  ) {
    this.next = { context, files: {}, project: null, memo: null };
    this.writer = new PackWriter(`${packFile}.${process.pid}.${Date.now()}.tmp`);
  }

  /** Opens the project's pack; a missing or damaged one gives an empty cache. */
  static async open(dir: string, root: string, context: CacheContext): Promise<AnalysisCache> {
    const digest = sha256(analyzerCodeDigest(), JSON.stringify([[...context.ruleIds].sort(), [...context.frameworks].sort(), context.config]));
    const file = join(dir, `${sha256(root).slice(0, 32)}.pack`);
    return new AnalysisCache(file, dir, await readPack(file, digest), digest);
  }

  fileKey(path: string, kind: string, source: string): string {
    return sha256(this.next.context, path, kind, source);
  }

  /** The cached outcome bytes and summary for this file, when its key still matches. */
  file(path: string, key: string): FileEntry | undefined {
    const e = this.previous?.files[path];
    if (!e || e.key !== key) return undefined;
    this.hits++;
    return e;
  }

  keep(path: string, entry: FileEntry): void {
    this.next.files[path] = entry;
  }

  put(path: string, key: string, info: CachedFileInfo, outcome: Uint8Array): void {
    this.next.files[path] = { key, info, outcome: this.writer.frame(outcome), written: true };
  }

  /** Key of the project-wide result: every analysed file's key, in path order. */
  projectKey(): string {
    const paths = Object.keys(this.next.files).sort();
    return sha256(this.next.context, ...paths.flatMap((p) => [p, this.next.files[p]!.key]));
  }

  project(key: string): unknown {
    const p = this.previous?.project;
    if (!p || p.key !== key) return undefined;
    try {
      return readFramedValue(p.result);
    } catch {
      return undefined;
    }
  }

  setProject(key: string, result: unknown): void {
    this.next.project = { key, result: frameValue(result, (b) => this.writer.frame(b)), written: true };
  }

  /** The previous scan's run records, or null when there are none or they cannot be read. */
  memo(): MemoData | null {
    const framed = this.previous?.memo;
    if (!framed) return null;
    try {
      return decodeMemo(readFramedValue(framed));
    } catch {
      return null;
    }
  }

  setMemo(memo: MemoData): void {
    this.next.memo = { value: frameValue(encodeMemo(memo), (b) => this.writer.frame(b)), written: true };
  }

  /** The project was reused whole: its result and run records stay as they were. */
  keepProject(): void {
    this.next.project = this.previous?.project ?? null;
    this.next.memo = this.previous?.memo ?? null;
  }

  /** Nothing learnt since the pack was read: every file entry, the result and the records are the same objects. */
  private unchanged(): boolean {
    const prev = this.previous;
    if (!prev || this.writer.started || prev.project !== this.next.project || (prev.memo ?? null) !== this.next.memo) return false;
    const paths = Object.keys(this.next.files);
    if (paths.length !== Object.keys(prev.files).length) return false;
    return paths.every((p) => prev.files[p] === this.next.files[p]);
  }

  /** Completes the pack (atomically: the temporary file is renamed into place) and trims the folder; a failure to write only loses the cache. */
  async save(): Promise<void> {
    try {
      // An unchanged pack is not written again; its time is renewed, so trimming keeps it.
      if (this.unchanged()) {
        this.writer.discard();
        const now = new Date();
        await utimes(this.packFile, now, now);
        return;
      }
      // What was kept from the previous pack is written now; everything new is on disk already.
      const w = this.writer;
      const files: PackIndex['files'] = {};
      for (const [path, e] of Object.entries(this.next.files)) files[path] = { key: e.key, info: e.info, outcome: 'written' in e ? e.outcome : w.frame(e.outcome) };
      const p = this.next.project;
      const project = p ? { key: p.key, result: 'written' in p ? p.result : mapFrames(p.result, (b: Uint8Array) => w.frame(b))! } : null;
      const m = this.next.memo;
      const memo = m ? ('written' in m ? m.value : mapFrames(m, (b: Uint8Array) => w.frame(b))!) : null;
      const index: PackIndex = { version: 3, context: this.next.context, files, project, memo };
      if (!w.finish(serialize(index))) return;
      await rename(w.file, this.packFile);
      await trim(this.dir, this.packFile);
    } catch {
      // A read-only or full disk costs the next scan its head start, nothing else.
      this.writer.discard();
    }
  }

  /** The scan was cancelled: nothing it learnt is kept, and its temporary file is removed. */
  discard(): void {
    this.writer.discard();
  }
}

/** The index frame: the pack with frame references where the bytes are. */
interface PackIndex {
  /** 3: the project result and the run records are framed values (framed-value.ts). */
  version: 3;
  context: string;
  files: Record<string, { key: string; info: CachedFileInfo; outcome: FrameRef }>;
  project: { key: string; result: FramedValue<FrameRef> } | null;
  memo: FramedValue<FrameRef> | null;
}

async function readPack(file: string, context: string): Promise<Pack | null> {
  const reader = await readPackFile(file);
  if (!reader) return null;
  try {
    const index = deserialize(reader.index) as PackIndex;
    if (index?.version !== 3 || index.context !== context || typeof index.files !== 'object' || index.files === null) return null;
    const files: Record<string, FileEntry> = {};
    for (const [path, e] of Object.entries(index.files)) {
      const outcome = reader.frame(e?.outcome);
      if (!outcome || typeof e.key !== 'string') return null;
      files[path] = { key: e.key, info: e.info, outcome };
    }
    const read = (ref: unknown) => reader.frame(ref);
    const result = index.project ? mapFrames(index.project.result, read) : null;
    if (index.project && (!result || typeof index.project.key !== 'string')) return null;
    const memo = index.memo ? mapFrames(index.memo, read) : null;
    if (index.memo && !memo) return null;
    return { version: 2, context, files, project: index.project && result ? { key: index.project.key, result } : null, memo };
  } catch {
    return null;
  }
}

async function trim(dir: string, keep: string): Promise<void> {
  const packs: Array<{ path: string; size: number; mtime: number }> = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    try {
      const s = await stat(path);
      // Temporary files of writers that died are debris after an hour.
      if (name.endsWith('.tmp') && Date.now() - s.mtimeMs > 3_600_000) await rm(path, { force: true });
      else if (name.endsWith('.pack')) packs.push({ path, size: s.size, mtime: s.mtimeMs });
    } catch {
      // gone meanwhile
    }
  }
  let total = packs.reduce((n, p) => n + p.size, 0);
  for (const p of packs.sort((a, b) => a.mtime - b.mtime)) {
    if (total <= MAX_CACHE_BYTES) break;
    if (p.path === keep) continue;
    await rm(p.path, { force: true });
    total -= p.size;
  }
}
