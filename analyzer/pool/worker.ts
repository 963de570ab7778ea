// Entry point of an analysis worker thread: one tree-sitter parser (file-analysis keeps it per
// thread), the registry's rules selected by id, files analysed one by one and reported as they finish
// so the pool knows exactly which file a crash happened on.
import { parentPort, workerData } from 'node:worker_threads';
import { encodeOutcome } from './outcome-codec.js';
import type { Framework } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import { getParser } from '../file-analysis.js';
import { analyzeItem } from './analyze-item.js';
import { collectGarbage } from './collect-garbage.js';
import { STOP, formatDuration, type FromWorker, type ToWorker, type WorkerInit } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('analyzer/pool/worker is a worker-thread entry point, not a module to import');

function send(message: FromWorker): void {
  port!.postMessage(message);
}

// This thread's parser (file-analysis keeps one per thread): bounded in time, and refusing to start
// once the pool has asked this worker to stop.
function configureParser(init: WorkerInit): void {
  const parser = getParser();
  if (init.parseTimeoutMs > 0) parser.setTimeoutMicros(init.parseTimeoutMs * 1000);
  const parse = parser.parse.bind(parser);
  parser.parse = ((...args: Parameters<typeof parse>) => {
    if (stopping()) throw new Error('worker stopping');
    return parse(...args);
  }) as typeof parser.parse;
}

let state: Int32Array | null = null;
const stopping = () => state !== null && Atomics.load(state, STOP) === 1;
let parseTimeoutMs = 0;
let rules: RuleDefinition[] = [];
let frameworks = new Set<Framework>();
try {
  const init = workerData as WorkerInit;
  const { allRules } = await import('../rules/index.js');
  const wanted = new Set(init.ruleIds);
  rules = allRules.filter((r) => wanted.has(r.id));
  frameworks = new Set(init.frameworks);
  parseTimeoutMs = init.parseTimeoutMs;
  state = new Int32Array(init.state);
  configureParser(init);
  send({ type: 'ready' });
} catch (err) {
  send({ type: 'init-failed', error: err instanceof Error ? err.stack ?? err.message : String(err) });
}

// tree-sitter's trees are native memory (this thread's malloc arena) that only their finalizers
// free, and V8 sees only their small wrappers, so without this a worker holds every tree it parsed
// until it exits, and glibc cannot give the arena back afterwards. One collection per MB of source
// keeps a dozen files' trees alive at most. Every 256K chars lowered the peak a further ~30 MB at
// 60,000 findings but cost the Django scan ~15% more CPU.
const COLLECT_EVERY_CHARS = 1024 * 1024;
let charsSinceCollection = 0;

port.on('message', (message: ToWorker) => {
  if (message.type !== 'batch') return;
  for (const item of message.items) {
    if (stopping()) break;
    const started = performance.now();
    let outcome = analyzeItem(item, rules, frameworks);
    // tree-sitter gives up by returning no tree, which surfaces as a TypeError further on.
    if (!outcome.ok && parseTimeoutMs > 0 && performance.now() - started >= parseTimeoutMs) {
      outcome = { path: item.path, ok: false, error: `parsing did not finish within ${formatDuration(parseTimeoutMs)}; stopped` };
    }
    let payload: Uint8Array;
    try {
      payload = encodeOutcome(outcome);
    } catch (err) {
      payload = encodeOutcome({ path: item.path, ok: false, error: `analysis result could not be encoded (${err instanceof Error ? err.message : String(err)})` });
    }
    port!.postMessage({ type: 'file', batchId: message.batchId, path: item.path, payload } satisfies FromWorker, [payload.buffer as ArrayBuffer]);
    charsSinceCollection += item.source.length;
    if (charsSinceCollection >= COLLECT_EVERY_CHARS) {
      charsSinceCollection = 0;
      collectGarbage();
    }
  }
  send({ type: 'batch-done', batchId: message.batchId });
});
