// A minimal Chrome DevTools Protocol client over --remote-debugging-pipe (fd 3 in, fd 4 out,
// NUL-terminated JSON): enough to print a page to PDF with a local Chromium, without a browser
// automation dependency at run time.
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

interface Pending {
  resolve(value: Record<string, unknown>): void;
  reject(err: Error): void;
}

export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters: { method: string; sessionId?: string; resolve(): void }[] = [];
  private buffer = '';
  private closedError: Error | null = null;
  private readonly out: Writable;

  constructor(child: ChildProcess) {
    this.out = child.stdio[3] as Writable;
    const input = child.stdio[4] as Readable;
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    child.once('exit', (code, signal) => this.fail(new Error(`Chromium exited (${signal ?? `code ${code}`}) before the PDF was ready.`)));
    this.out.on('error', (err) => this.fail(err));
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      const msg = JSON.parse(text) as { id?: number; method?: string; sessionId?: string; result?: Record<string, unknown>; error?: { message: string } };
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(`Chromium: ${msg.error.message}`));
        else p?.resolve(msg.result ?? {});
      } else if (msg.method) {
        for (let i = this.waiters.length - 1; i >= 0; i--) {
          const w = this.waiters[i]!;
          if (w.method === msg.method && (w.sessionId === undefined || w.sessionId === msg.sessionId)) {
            this.waiters.splice(i, 1);
            w.resolve();
          }
        }
      }
    }
  }

  private fail(err: Error): void {
    if (this.closedError) return;
    this.closedError = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.out.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });
  }

  /** Resolves at the next event `method` (register before triggering it). */
  once(method: string, sessionId?: string): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ method, ...(sessionId ? { sessionId } : {}), resolve }));
  }
}
