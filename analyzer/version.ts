// Versions a scan records: the analyzer's (package.json) and the ruleset's (a hash of what every
// rule declares), so a change in findings can be told apart from a change in the rules.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RuleDefinition } from './rule.js';

let cached: string | null = null;

/** package.json's version; found by walking up from this file (source and dist/ alike). */
export function analyzerVersion(): string {
  if (cached) return cached;
  let dir = new URL('.', import.meta.url);
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'assay' && pkg.version) return (cached = pkg.version);
    } catch {
      // not here; look one level up
    }
    dir = new URL('..', dir);
  }
  return (cached = '0.0.0-unknown');
}

/** 16 hex digits over each rule's id and metadata, in id order. */
export function rulesetVersion(rules: readonly RuleDefinition[]): string {
  const h = createHash('sha256');
  for (const r of [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    h.update(
      JSON.stringify([r.id, r.title, r.cwe, r.asvs, r.severity, r.confidence, r.kind, r.frameworks ?? null, r.bandit ?? null, r.taint ?? null, r.docs]),
    );
    h.update('\n');
  }
  return h.digest('hex').slice(0, 16);
}
