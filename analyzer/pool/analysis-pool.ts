// A pool of analysis workers (worker_threads), one parser each. Files go out in small batches;
// each worker reports every file as it finishes, so when a worker dies (out of memory, a thrown
// error outside the per-file guard) or stalls past the per-file time limit, the file it was on is
// recorded as failed, the rest of its batch goes back in the queue and a fresh worker takes over.
//
// Workers are terminated only when idle. Terminating a thread while it runs tree-sitter's native
// code (parsing, walking the tree, loading the addon) aborts the whole process with an uncaught
// Napi::Error, so a stalled worker is abandoned instead: told to stop (STOP flag), left to finish
// the file it is on (parsing is bounded by tree-sitter's own time limit), and terminated once idle.
import { unpackedUrl } from './unpacked-url.js';
import { Worker } from 'node:worker_threads';
import { decodeOutcome as decodePayload } from './outcome-codec.js';
import type { StringInterner } from './intern-strings.js';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Framework } from '../types.js';
import { STOP, formatDuration, type FileOutcome, type FromWorker, type ToWorker, type WorkItem, type WorkerInit } from './protocol.js';

export const MAX_WORKERS = 8;
const BATCH_FILES = 16;
const BATCH_CHARS = 512 * 1024;
export const DEFAULT_FILE_TIMEOUT_MS = 60_000;
const START_TIMEOUT_MS = 60_000;


export function defaultPoolSize(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
}

export interface PoolOptions {
  size?: number;
  ruleIds: string[];
  frameworks: Framework[];
  /** A worker that finishes no file for this long is stopped and its current file recorded as failed. */
  fileTimeoutMs?: number;
  signal?: AbortSignal;
  /**
   * The calling thread takes files from the same queue and analyses them itself (it records them;
   * the pool only counts them), yielding to the event loop between files so the workers' messages
   * and cancel are heard. Such a file has no watchdog: the calling thread cannot be stopped mid-file,
   * so it takes only files of HERE_MAX_CHARS at most.
   */
  analyseHere?: (item: WorkItem) => void;
}

export class WorkerStartError extends Error {}

interface Slot {
  worker: Worker;
  /** Shared flags (STOP). */
  state: Int32Array;
  ready: boolean;
  batchId: number | null;
  pending: WorkItem[];
  timer: NodeJS.Timeout | null;
  /** Set once we terminate it on purpose, so its exit is not read as a crash. */
  retired: boolean;
}

// V8's default young generation (it grows to 48 MB per worker). A cap (16 or 32 MB) lowers the
// parse-phase peak, but with it test/cli-cancel.test.ts missed its 2 s cancel bound under load.
const WORKER_LIMITS = { stackSizeMb: 16 };

function spawnWorker(init: WorkerInit): Worker {
  const entry = unpackedUrl(new URL('./worker.js', import.meta.url));
  // From source (vitest, tsx) the entry is TypeScript: load it through tsx's loader, registered
  // inside the worker (`--import tsx` in execArgv does not apply to a worker's own entry module).
  if (import.meta.url.endsWith('.ts')) {
    const tsEntry = new URL('./worker.ts', import.meta.url).href;
    const tsxApi = tsxEsmApi();
    const code = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(tsEntry)}); });`;
    return new Worker(code, { eval: true, workerData: init, resourceLimits: WORKER_LIMITS });
  }
  return new Worker(entry, { workerData: init, resourceLimits: WORKER_LIMITS });
}

// tsx's ESM register API (its `import` export): require.resolve would give the CommonJS build.
function tsxEsmApi(): string {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api']!.import.default)).href;
}

/**
 * What the pool hands back per file: the outcome still serialised (decodePoolFile reads it; the
 * analysis cache stores it as is), or why it failed.
 */
export type PoolFile = { path: string; ok: true; payload: Uint8Array } | { path: string; ok: false; error: string };

/** A payload from a worker, decoded; one that cannot be read back fails its file, with the path known. */
export function decodePoolFile(path: string, payload: Uint8Array, source: string, interner: StringInterner): FileOutcome {
  try {
    return decodePayload(payload, source, interner);
  } catch (err) {
    const why = err instanceof RangeError ? 'nested too deeply to decode' : err instanceof Error ? err.message : String(err);
    return { path, ok: false, error: `the analysis result could not be read back (${why})` };
  }
}

/**
 * Terminate now if idle (the promise settles once the thread is gone); otherwise ask it to stop,
 * and the message handler ends it once idle.
 */
function terminateWhenIdle(slot: Slot): Promise<unknown> | null {
  Atomics.store(slot.state, STOP, 1);
  if (slot.ready && slot.batchId === null) return slot.worker.terminate().catch(() => undefined);
  slot.worker.unref();
  return null;
}

/**
 * The largest file the calling thread takes (options.analyseHere). Nothing can stop it mid-file,
 * so it keeps to files short enough that a cancel waits for at most a fraction of a second
 * (~0.2 s of analysis at 64 KB); larger ones, which hostile repositories bloat, stay with the
 * workers, under the watchdog.
 */
const HERE_MAX_CHARS = 64 * 1024;

/** How long the pool waits for idle workers' threads to end before it resolves anyway. */
const EXIT_WAIT_MS = 1000;

/**
 * Analyse every item; `onFile` receives each file as it arrives (any order), still serialised
 * (decodePoolFile reads it). Resolves when all
 * are done or the signal aborts; rejects only when no worker can start at all.
 */
export function runPool(items: readonly WorkItem[], options: PoolOptions, onFile: (file: PoolFile) => void): Promise<void> {
  const size = Math.max(1, Math.min(options.size ?? defaultPoolSize(), items.length || 1));
  const timeoutMs = options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const base = { ruleIds: options.ruleIds, frameworks: options.frameworks, parseTimeoutMs: timeoutMs };
  const queue: WorkItem[] = [...items];
  let remaining = items.length;
  let nextBatchId = 1;

  return new Promise<void>((resolve, reject) => {
    const slots = new Set<Slot>();
    let finished = false;

    // Threads being terminated. The pool resolves once they are gone (or after EXIT_WAIT_MS): their
    // heaps are freed before the dataflow pass allocates its own.
    const exiting: Array<Promise<unknown>> = [];
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const slot of slots) retire(slot);
      if (error) return reject(error);
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<void>((r) => (timer = setTimeout(r, EXIT_WAIT_MS)));
      void Promise.race([Promise.all(exiting), waited]).then(() => {
        clearTimeout(timer);
        resolve();
      });
    };
    const onAbort = () => finish();
    // The calling thread's share of the queue (options.analyseHere): one file per turn of the event loop.
    let hereRunning = false;
    const here = async () => {
      const analyse = options.analyseHere;
      if (!analyse || hereRunning) return;
      hereRunning = true;
      try {
        for (;;) {
          const at = finished ? -1 : queue.findIndex((item) => item.source.length <= HERE_MAX_CHARS);
          if (at < 0) break;
          deliverHere(analyse, queue.splice(at, 1)[0]!);
          await new Promise<void>((r) => setImmediate(r));
        }
      } catch (err) {
        finish(err instanceof Error ? err : new Error(String(err)));
      }
      hereRunning = false;
    };
    const deliverHere = (analyse: (item: WorkItem) => void, item: WorkItem) => {
      analyse(item);
      remaining--;
      if (remaining === 0) finish();
    };
    if (options.signal?.aborted) return resolve();
    options.signal?.addEventListener('abort', onAbort);
    if (remaining === 0) return finish();

    const retire = (slot: Slot) => {
      slot.retired = true;
      if (slot.timer) clearTimeout(slot.timer);
      slots.delete(slot);
      const exit = terminateWhenIdle(slot);
      if (exit) exiting.push(exit);
    };

    const arm = (slot: Slot) => {
      if (slot.timer) clearTimeout(slot.timer);
      // Starting a worker (loading the parser and rules) is not a file's fault: it gets its own limit.
      const limit = slot.ready ? timeoutMs : Math.max(timeoutMs, START_TIMEOUT_MS);
      const why = slot.ready ? `analysis did not finish within ${formatDuration(limit)}; stopped` : `no answer within ${formatDuration(limit)}`;
      slot.timer = setTimeout(() => fail(slot, why), limit);
    };

    const dispatch = (slot: Slot) => {
      if (finished || !slot.ready) return;
      if (queue.length === 0) {
        // Nothing left to hand out: idle workers go, so the process can exit cleanly.
        if (slot.batchId === null) retire(slot);
        return;
      }
      const batch: WorkItem[] = [];
      let chars = 0;
      while (queue.length > 0 && batch.length < BATCH_FILES && (batch.length === 0 || chars + queue[0]!.source.length <= BATCH_CHARS)) {
        const item = queue.shift()!;
        chars += item.source.length;
        batch.push(item);
      }
      slot.batchId = nextBatchId++;
      slot.pending = batch;
      arm(slot);
      const message: ToWorker = { type: 'batch', batchId: slot.batchId, items: batch };
      slot.worker.postMessage(message);
    };

    // The payload is the outcome as the worker serialised it: the analysis cache stores it as is.
    const deliver = (file: PoolFile) => {
      remaining--;
      onFile(file);
      if (remaining === 0) finish();
    };

    // The worker died or stalled: blame the file it was on, requeue the others, start a replacement.
    const fail = (slot: Slot, why: string, exited = false) => {
      if (finished || slot.retired) return;
      const wasReady = slot.ready;
      if (exited) slot.batchId = null;
      retire(slot);
      const [culprit, ...rest] = slot.pending;
      slot.pending = [];
      if (!wasReady) return finish(new WorkerStartError(`an analysis worker could not start: ${why}`));
      queue.unshift(...rest);
      if (culprit) deliver({ path: culprit.path, ok: false, error: why });
      if (!finished && queue.length > 0) {
        start();
        void here();
      }
    };

    const start = () => {
      if (finished) return;
      const state = new SharedArrayBuffer(4);
      const slot: Slot = { worker: spawnWorker({ ...base, state }), state: new Int32Array(state), ready: false, batchId: null, pending: [], timer: null, retired: false };
      slots.add(slot);
      arm(slot);
      slot.worker.on('message', (message: FromWorker) => {
        if (slot.retired) {
          // An abandoned worker has reached an idle point: now it can go safely.
          if (message.type === 'ready' || message.type === 'batch-done' || message.type === 'init-failed') void slot.worker.terminate();
          return;
        }
        if (finished) return;
        switch (message.type) {
          case 'ready':
            slot.ready = true;
            dispatch(slot);
            break;
          case 'init-failed':
            retire(slot);
            finish(new WorkerStartError(`an analysis worker could not load the rules: ${message.error}`));
            break;
          case 'file': {
            const index = slot.pending.findIndex((p) => p.path === message.path);
            if (index >= 0) slot.pending.splice(index, 1);
            arm(slot);
            deliver({ path: message.path, ok: true, payload: message.payload });
            break;
          }
          case 'batch-done':
            slot.batchId = null;
            if (slot.timer) clearTimeout(slot.timer);
            dispatch(slot);
            break;
        }
      });
      slot.worker.on('messageerror', () => fail(slot, 'a message from the analysis worker could not be decoded'));
      slot.worker.on('error', (err) => fail(slot, `the analysis worker crashed on this file (${err.message})`, true));
      slot.worker.on('exit', (code) => fail(slot, `the analysis worker exited with code ${code} on this file`, true));
    };

    for (let i = 0; i < size; i++) start();
    void here();
  });
}
