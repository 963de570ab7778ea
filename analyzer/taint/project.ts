// Placeholder owned by the taint engine (issue 3): project-wide taint over every file's facts.
import type { Finding } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import type { FileFacts } from './facts.js';

export interface ProjectFileFacts {
  path: string;
  facts: FileFacts;
}

export function runProjectTaint(_files: readonly ProjectFileFacts[], _rules: readonly RuleDefinition[]): Finding[] {
  return [];
}
