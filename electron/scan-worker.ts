// Runs one scan off the main thread, so the window stays responsive: reports progress, honours a
// cancel message, and posts the ScanResult (or the error) back.
import { parentPort, workerData } from 'node:worker_threads';
import { scanProject } from '../analyzer/scan.js';
import { allRules } from '../analyzer/rules/index.js';
import type { ScanWorkerData, FromScanWorker, ToScanWorker } from './services/scan-protocol.js';
import { workerAdvisorySource } from './services/advisory-source.js';

const data = workerData as ScanWorkerData;
const port = parentPort!;
const abort = new AbortController();
port.on('message', (message: ToScanWorker) => {
  if (message.type === 'cancel') abort.abort();
});

const post = (message: FromScanWorker) => port.postMessage(message);
const disabled = new Set(data.disabledRules);
let lastProgress = 0;
let lastPhase = '';

const advisories = workerAdvisorySource(data.databasePath ?? null, data.extraAdvisoryDir ?? null);

scanProject(data.root, {
  rules: allRules.filter((r) => !disabled.has(r.id)),
  advisories: advisories.source,
  signal: abort.signal,
  cacheDir: data.cacheDir,
  onProgress(progress) {
    // Progress is cheap to post but the window polls it; a few updates a second are plenty.
    const now = Date.now();
    // A new phase always goes out: the window shows it, and it is when a long step begins.
    if (now - lastProgress < 50 && progress.phase === lastPhase) return;
    lastProgress = now;
    lastPhase = progress.phase;
    post({ type: 'progress', progress });
  },
})
  .finally(() => advisories.close())
  .then(
    (result) => post({ type: 'result', result }),
    (e: unknown) => post({ type: 'error', name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) }),
  );
