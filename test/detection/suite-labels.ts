// Label checks shared by the labelled suites: every case on disk has exactly one label, every label
// names a case on disk in its framework's folder with one positive CWE and a description. Which
// framework ids a suite accepts is the suite's own business (the new-framework suites label ids the
// analyzer does not model yet).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledCase } from './eval.js';

/** `<framework>/<slug>/<case>` entries: a .py file or a multi-module directory. */
export function casesOnDisk(casesDir: string): string[] {
  const out: string[] = [];
  for (const fw of readdirSync(casesDir)) {
    for (const slug of readdirSync(join(casesDir, fw))) {
      for (const c of readdirSync(join(casesDir, fw, slug))) out.push(`${fw}/${slug}/${c}`);
    }
  }
  return out.sort();
}

export function labelProblems(labels: readonly LabelledCase[], casesDir: string, frameworks: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const l of labels) {
    if (seen.has(l.case)) problems.push(`${l.case}: labelled twice`);
    seen.add(l.case);
    if (!Number.isInteger(l.cwe) || l.cwe <= 0) problems.push(`${l.case}: cwe is not a positive integer`);
    if (!frameworks.includes(l.framework)) problems.push(`${l.case}: unknown framework ${l.framework}`);
    if (l.case.split('/')[0] !== l.framework) problems.push(`${l.case}: not under its framework's folder`);
    if (l.description.trim().length === 0) problems.push(`${l.case}: no description`);
  }
  const onDisk = casesOnDisk(casesDir);
  const present = new Set(onDisk);
  for (const c of onDisk) if (!seen.has(c)) problems.push(`${c}: on disk but not labelled`);
  for (const c of seen) if (!present.has(c)) problems.push(`${c}: labelled but not on disk`);
  for (const c of onDisk) {
    if (!statSync(join(casesDir, c)).isDirectory() && !c.endsWith('.py')) problems.push(`${c}: a case is a .py file or a directory`);
  }
  return problems;
}

/** Classes labelled only one way (a class needs both kinds to show a miss and a false alarm). */
export function oneSidedClasses(labels: readonly LabelledCase[]): number[] {
  return [...new Set(labels.map((l) => l.cwe))].filter((cwe) => new Set(labels.filter((l) => l.cwe === cwe).map((l) => l.vulnerable)).size !== 2);
}
