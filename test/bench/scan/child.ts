// One measurement in its own process, so peak RSS and CPU belong to that run alone:
//   node child.js scan <dir> [options-json]   a full scanProject (workers included)
//   node child.js parse <dir>                 tree-sitter parse + one TreeCursor walk per file, one thread
// Prints one JSON line. CPU is process.cpuUsage() (every thread of the process).
import { discoverFiles } from '../../../analyzer/discovery/discover.js';
import { isSkip, readSourceFile } from '../../../analyzer/discovery/read-source.js';
import { parseSource } from '../../../analyzer/file-analysis.js';
import { scanProject, type ScanOptions } from '../../../analyzer/scan.js';

export interface ChildResult {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  files: number;
  lines: number;
  findings?: number;
  partialFiles?: number;
  nodes?: number;
  /** Stable digest of the findings, to check that warm scans report what cold scans do. */
  digest?: string;
  /** The project-wide taint pass's wall time (stats.taintMs): one thread, so near its CPU when the machine is quiet. */
  taintMs?: number;
  /**
   * CPU from the start of the taint phase to the scan's end: the serial tail on the calling thread
   * (taint pass, then the endpoint inventory and the cache write); the workers are gone by then.
   */
  tailCpuMs?: number;
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function scan(dir: string, options: ScanOptions): Promise<ChildResult> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let tail0: NodeJS.CpuUsage | null = null;
  const result = await scanProject(dir, {
    ...options,
    onProgress: (p) => {
      if (p.phase === 'taint' && !tail0) tail0 = process.cpuUsage();
    },
  });
  const wallMs = performance.now() - t0;
  const tailCpuMs = tail0 ? cpuMs(process.cpuUsage(tail0)) : 0;
  const { createHash } = await import('node:crypto');
  const digest = createHash('sha256').update(result.findings.map((f) => `${f.fingerprint}|${f.path}|${f.range.start.line}`).join('\n')).digest('hex').slice(0, 12);
  return {
    wallMs,
    cpuMs: cpuMs(process.cpuUsage(cpu0)),
    rssMb: process.resourceUsage().maxRSS / 1024,
    files: result.stats.filesScanned,
    lines: result.stats.linesScanned,
    findings: result.findings.length,
    partialFiles: result.stats.partialFiles,
    digest,
    taintMs: result.stats.taintMs,
    tailCpuMs,
  };
}

async function parse(dir: string): Promise<ChildResult> {
  const discovery = await discoverFiles(dir);
  const texts: string[] = [];
  for (const f of discovery.files) {
    if (f.kind !== 'python') continue;
    const t = await readSourceFile(f, 2 * 1024 * 1024);
    if (!isSkip(t)) texts.push(t.text);
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let nodes = 0;
  let lines = 0;
  for (const text of texts) {
    const tree = parseSource(text);
    const c = tree.walk();
    for (;;) {
      nodes++;
      void c.nodeTypeId;
      if (c.gotoFirstChild()) continue;
      let up = false;
      while (!c.gotoNextSibling()) if (!c.gotoParent()) { up = true; break; }
      if (up) break;
    }
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  }
  return { wallMs: performance.now() - t0, cpuMs: cpuMs(process.cpuUsage(cpu0)), rssMb: process.resourceUsage().maxRSS / 1024, files: texts.length, lines, nodes };
}

const [mode, dir, opts] = process.argv.slice(2);
if (!mode || !dir) throw new Error('usage: child.js scan|parse <dir> [options-json]');
const out = mode === 'parse' ? await parse(dir) : await scan(dir, opts ? (JSON.parse(opts) as ScanOptions) : {});
process.stdout.write(JSON.stringify(out) + '\n');
