// The rule registry: one line per rule. Order is the order of docs/rules.md within each area.
import type { RuleDefinition } from '../rule.js';
import { yamlUnsafeLoad } from './deserialization/yaml-unsafe-load.js';
import { hardcodedPassword } from './secrets/hardcoded-password.js';

export const allRules: readonly RuleDefinition[] = [
  yamlUnsafeLoad,
  hardcodedPassword,
];

export function ruleById(id: string): RuleDefinition | undefined {
  return allRules.find((r) => r.id === id);
}
