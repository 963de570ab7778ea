// A running scan: progress bar (files done / total), current file, elapsed time and Cancel.
// Polls the job; the scan itself runs in a worker in main, so the window never waits on it.
import { plural } from '../../../domain/index.js';
import { useEffect, useRef, useState } from 'react';
import type { ScanJob } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { duration } from '../format.js';

const POLL_MS = 200;

export function ScanProgress({ job: initial, onFinished }: { job: ScanJob; onFinished: (job: ScanJob) => void }) {
  const [job, setJob] = useState(initial);
  const [cancelling, setCancelling] = useState(false);
  const finished = useRef(false);

  useEffect(() => {
    let stop = false;
    let timer: number | undefined;
    const tick = async () => {
      try {
        const next = await call((api) => api.scanStatus({ jobId: initial.jobId }));
        if (stop) return;
        setJob(next);
        if (next.state !== 'running') {
          if (!finished.current) {
            finished.current = true;
            onFinished(next);
          }
          return;
        }
      } catch {
        // A failed poll is retried; the job's own error state reports real failures.
      }
      if (!stop) timer = window.setTimeout(tick, POLL_MS);
    };
    timer = window.setTimeout(tick, POLL_MS);
    return () => {
      stop = true;
      window.clearTimeout(timer);
    };
  }, [initial.jobId, onFinished]);

  const { progress } = job;
  const total = Math.max(progress.filesTotal, 0);
  const pct = total > 0 ? Math.min(100, Math.round((progress.filesDone / total) * 100)) : 0;
  return (
    <section className="scan-progress" aria-label="Scan progress">
      <div className="scan-progress-head">
        <strong>{job.state === 'running' ? `Scanning — ${progress.phase}` : `Scan ${job.state}`}</strong>
        <span>
          {progress.filesDone} / {plural(total, 'file')} · {duration(progress.elapsedMs)}
        </span>
      </div>
      <div className="progress" role="progressbar" aria-label="Files scanned" aria-valuemin={0} aria-valuemax={total} aria-valuenow={progress.filesDone} aria-valuetext={`${progress.filesDone} of ${total} files`}>
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <div className="scan-current" title={progress.currentFile ?? ''}>
        {progress.currentFile ? `Current file: ${progress.currentFile}` : '\u00a0'}
      </div>
      {job.state === 'running' && (
        <button
          type="button"
          className="danger"
          disabled={cancelling}
          onClick={() => {
            setCancelling(true);
            call((api) => api.cancelScan({ jobId: job.jobId })).then(setJob, () => setCancelling(false));
          }}
        >
          {cancelling ? 'Cancelling…' : 'Cancel scan'}
        </button>
      )}
      {job.error && (
        <p className="error-message" role="alert">
          {job.error.message}
        </p>
      )}
    </section>
  );
}
