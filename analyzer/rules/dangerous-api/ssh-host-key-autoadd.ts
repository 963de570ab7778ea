import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { positionalArguments } from '../support/calls.js';

const ACCEPTING_POLICIES = new Set(['paramiko.AutoAddPolicy', 'paramiko.WarningPolicy', 'paramiko.client.AutoAddPolicy', 'paramiko.client.WarningPolicy']);

function check(node: SyntaxNode, ctx: RuleContext): void {
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'set_missing_host_key_policy') return;
  const arg = positionalArguments(node)[0];
  // Both `AutoAddPolicy()` and the class itself are accepted by paramiko.
  const policy = ctx.names.qualifiedName(arg?.type === 'call' ? arg.childForFieldName('function') : arg);
  if (!policy || !ACCEPTING_POLICIES.has(policy)) return;
  ctx.report(node, { message: `${policy.split('.').pop()} accepts any unknown SSH host key: the first server to answer is trusted` });
}

export const sshHostKeyAutoAdd = defineRule({
  id: 'PY-API-SSH-HOST-KEY',
  title: 'SSH client accepts unknown host keys',
  cwe: [295, 322],
  asvs: { '5.0.0': ['V12.3.5'], '4.0.3': ['V9.2.3'] },
  severity: 'medium',
  confidence: 'high',
  bandit: ['B507'],
  docs: {
    what: "Finds paramiko clients given set_missing_host_key_policy(AutoAddPolicy) or WarningPolicy.",
    why: 'The server is never authenticated: anyone who can intercept the connection (DNS, ARP, a rogue host) receives the credentials and the data.',
    example: 'client.set_missing_host_key_policy(paramiko.AutoAddPolicy())',
    fix: 'client.load_system_host_keys(); client.set_missing_host_key_policy(paramiko.RejectPolicy())  # ship known_hosts with the deployment',
    references: [
      'https://cwe.mitre.org/data/definitions/295.html',
      'https://docs.paramiko.org/en/stable/api/client.html',
    ],
  },
  visit: { call: check },
});
