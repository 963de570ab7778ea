// Starts the scan worker and turns its messages into a promise plus progress callbacks.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScanProgress, ScanResult } from '../../analyzer/types.js';
import type { FromScanWorker, ScanWorkerData, ToScanWorker } from './scan-protocol.js';
import { ServiceError } from './service-error.js';
import { unpackedUrl } from '../../analyzer/pool/unpacked-url.js';

function spawn(data: ScanWorkerData): Worker {
  // From source (vitest) the worker is TypeScript: register tsx inside the worker first, as the
  // analyzer's own pool does. Built (Electron, dist/) it is plain JavaScript.
  if (import.meta.url.endsWith('.ts')) {
    const tsEntry = new URL('../scan-worker.ts', import.meta.url).href;
    const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
    const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(tsEntry)}); });`;
    return new Worker(code, { eval: true, workerData: data });
  }
  return new Worker(unpackedUrl(new URL('../scan-worker.js', import.meta.url)), { workerData: data });
}

export interface RunningScan {
  result: Promise<ScanResult>;
  cancel(): void;
}

export function runScan(data: ScanWorkerData, onProgress: (p: ScanProgress) => void): RunningScan {
  const worker = spawn(data);
  const result = new Promise<ScanResult>((resolve, reject) => {
    worker.on('message', (message: FromScanWorker) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'result') resolve(message.result);
      else reject(new ServiceError(message.name === 'ScanInputError' || message.name === 'ConfigError' ? 'invalid-request' : 'internal', message.message));
    });
    worker.on('error', (e) => reject(new ServiceError('internal', `The scan worker failed: ${e.message}`)));
    worker.on('exit', (code) => reject(new ServiceError('internal', `The scan worker stopped (exit code ${code}) before finishing.`)));
  });
  // Once settled, the worker has nothing left to do.
  result.then(
    () => void worker.terminate(),
    () => void worker.terminate(),
  );
  return {
    result,
    cancel: () => worker.postMessage({ type: 'cancel' } satisfies ToScanWorker),
  };
}
