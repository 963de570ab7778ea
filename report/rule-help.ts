// A rule's documentation as Markdown and plain text: one rendering for docs/rules.md, SARIF help
// and anything else that shows a rule page, so they never drift apart.
import type { FrameworkDocs, RuleDefinition } from '../analyzer/rule.js';
import { FRAMEWORKS, FRAMEWORK_LABELS, type Framework } from '../domain/index.js';

function variants(rule: RuleDefinition): Array<[Framework, FrameworkDocs]> {
  const by = rule.docs.byFramework ?? {};
  return FRAMEWORKS.filter((fw) => by[fw]).map((fw) => [fw, by[fw]!]);
}

function fence(code: string): string {
  // A fence longer than any backtick run inside the example keeps hostile-looking examples inert.
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}python\n${code}\n${ticks}`;
}

// docs.fix is code or prose; code starts like a statement, prose like a sentence.
function looksLikeCode(text: string): boolean {
  return /\n/.test(text) || /^[A-Za-z_][\w.]*\s*(=|\()/.test(text) || /^(import|from|def|class|@|#)\b/.test(text);
}

export function cweLabel(cwe: number): string {
  return `CWE-${cwe}`;
}

/** The body of a rule page (no heading): facts, then what / why / example / fix / references. */
export function ruleHelpMarkdown(rule: RuleDefinition): string {
  const facts = [
    `**Severity:** ${rule.severity} · **Confidence:** ${rule.confidence}`,
    `**CWE:** ${rule.cwe.map((n) => `[${cweLabel(n)}](https://cwe.mitre.org/data/definitions/${n}.html)`).join(', ')}`,
    `**ASVS 5.0.0:** ${rule.asvs['5.0.0'].join(', ') || '—'} · **ASVS 4.0.3:** ${rule.asvs['4.0.3'].join(', ') || '—'}`,
  ];
  if (rule.frameworks?.length) facts.push(`**Frameworks:** ${rule.frameworks.join(', ')}`);
  if (rule.bandit?.length) facts.push(`**Bandit:** ${rule.bandit.join(', ')}`);
  const parts = [
    facts.join('  \n'),
    `**What it finds.** ${rule.docs.what}`,
    `**Why it matters.** ${rule.docs.why}`,
    `**Example**\n\n${fence(rule.docs.example)}`,
    `**Fix**\n\n${looksLikeCode(rule.docs.fix) ? fence(rule.docs.fix) : rule.docs.fix}`,
    ...variants(rule).map(([fw, v]) => `**In ${FRAMEWORK_LABELS[fw]}** (shown for findings in ${FRAMEWORK_LABELS[fw]} code)\n\n${fence(v.example)}\n\n${looksLikeCode(v.fix) ? fence(v.fix) : v.fix}`),
  ];
  if (rule.docs.references.length) parts.push(`**References**\n\n${rule.docs.references.map((r) => `- <${r}>`).join('\n')}`);
  return parts.join('\n\n') + '\n';
}

export function ruleHelpText(rule: RuleDefinition): string {
  return [
    rule.docs.what,
    `Why: ${rule.docs.why}`,
    `Example:\n${rule.docs.example}`,
    `Fix:\n${rule.docs.fix}`,
    ...variants(rule).map(([fw, v]) => `In ${FRAMEWORK_LABELS[fw]}:\n${v.example}\nFix:\n${v.fix}`),
    ...(rule.docs.references.length ? [`References:\n${rule.docs.references.join('\n')}`] : []),
  ].join('\n\n');
}
