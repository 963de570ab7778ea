// Entry point of an analysis worker thread: one tree-sitter parser (file-analysis keeps it per
// thread), the registry's rules selected by id, files analysed one by one and reported as they finish
// so the pool knows exactly which file a crash happened on.
import { parentPort, workerData } from 'node:worker_threads';
import type { Framework } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import { analyzeItem } from './analyze-item.js';
import type { FromWorker, ToWorker, WorkerInit } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('analyzer/pool/worker is a worker-thread entry point, not a module to import');

function send(message: FromWorker): void {
  port!.postMessage(message);
}

let rules: RuleDefinition[] = [];
let frameworks = new Set<Framework>();
try {
  const init = workerData as WorkerInit;
  const { allRules } = await import('../rules/index.js');
  const wanted = new Set(init.ruleIds);
  rules = allRules.filter((r) => wanted.has(r.id));
  frameworks = new Set(init.frameworks);
  send({ type: 'ready' });
} catch (err) {
  send({ type: 'init-failed', error: err instanceof Error ? err.stack ?? err.message : String(err) });
}

port.on('message', (message: ToWorker) => {
  if (message.type !== 'batch') return;
  for (const item of message.items) {
    send({ type: 'file', batchId: message.batchId, outcome: analyzeItem(item, rules, frameworks) });
  }
  send({ type: 'batch-done', batchId: message.batchId });
});
