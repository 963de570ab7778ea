// The registry as coverage sees it: every rule's ASVS mapping, frameworks and preconditions.
import { ruleScope, type RuleScope } from '../rule.js';
import { allRules } from './index.js';

export const allRuleScopes: readonly RuleScope[] = allRules.map(ruleScope);
