// The config's per-file-ignores: findings of the named rules in matching paths are marked
// suppressed (kind 'config'), never dropped, so reports still show what the config hides.
import ignore from 'ignore';
import type { Finding } from './types.js';
import type { AssayConfig } from './config.js';

export function applyConfigSuppressions(findings: Finding[], config: AssayConfig): void {
  if (config.perFileIgnores.length === 0) return;
  const entries = config.perFileIgnores.map((e) => ({ ...e, matcher: ignore().add(e.pattern) }));
  const file = config.source ?? 'configuration';
  for (const f of findings) {
    if (f.suppression) continue;
    const hit = entries.find((e) => (e.rules.includes('*') || e.rules.includes(f.ruleId)) && e.matcher.ignores(f.path));
    if (hit) f.suppression = { kind: 'config', justification: `per-file-ignores "${hit.pattern}" in ${file}`, line: 0 };
  }
}
