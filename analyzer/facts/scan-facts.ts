// The facts of one scan (domain/facts.ts): what the analyzer examined, summed over the files it
// read and the dataflow pass. A pass is only as good as these counts, so they are reported with
// every scan and quoted in every reason.
import { emptyScanFacts, type ScanFacts } from '../../domain/index.js';
import type { TaintStats } from '../taint/project.js';
import { fileTextFacts } from './text-facts.js';

export interface FactSource {
  kind: 'python' | 'template';
  source: string;
}

export function collectScanFacts(files: Iterable<FactSource>, taint: TaintStats | null): ScanFacts {
  const facts = emptyScanFacts();
  for (const f of files) {
    if (f.kind === 'template') {
      facts.templates++;
      continue;
    }
    facts.pythonFiles++;
    const t = fileTextFacts(f.source);
    if (t.appConfig) facts.appConfigs++;
    for (const fam of t.families) facts.apis[fam] = (facts.apis[fam] ?? 0) + 1;
    for (const web of t.unmodelled) facts.unmodelled[web] = (facts.unmodelled[web] ?? 0) + 1;
  }
  if (taint) {
    facts.handlers = { ...taint.handlers };
    facts.sinks = { ...taint.sinks };
  }
  return facts;
}
