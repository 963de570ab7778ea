// One work item, analysed where it stands (worker or main thread). A throw becomes an outcome:
// one pathological file must cost that file only.
import type { Framework } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import { analyzeFile } from '../file-analysis.js';
import { analyzeTemplate } from '../template-analysis.js';
import type { FileOutcome, WorkItem } from './protocol.js';

export function analyzeItem(item: WorkItem, rules: readonly RuleDefinition[], frameworks: ReadonlySet<Framework>): FileOutcome {
  const started = performance.now();
  try {
    if (item.kind === 'template') {
      const analysis = analyzeTemplate(item.path, item.source, rules);
      return { path: item.path, ok: true, kind: 'template', analysis, millis: performance.now() - started };
    }
    const analysis = analyzeFile(item.path, item.source, rules, frameworks);
    return { path: item.path, ok: true, kind: 'python', analysis, millis: performance.now() - started };
  } catch (err) {
    const message = err instanceof RangeError ? `analysis ran out of stack (${err.message}); the file is too deeply nested` : err instanceof Error ? err.message : String(err);
    return { path: item.path, ok: false, error: message };
  }
}
