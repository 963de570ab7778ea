import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';

const OLD = new Map([
  ['ssl.PROTOCOL_SSLv2', 'SSL 2.0'],
  ['ssl.PROTOCOL_SSLv3', 'SSL 3.0'],
  ['ssl.PROTOCOL_TLSv1', 'TLS 1.0'],
  ['ssl.PROTOCOL_TLSv1_1', 'TLS 1.1'],
  ['ssl.TLSVersion.SSLv3', 'SSL 3.0'],
  ['ssl.TLSVersion.TLSv1', 'TLS 1.0'],
  ['ssl.TLSVersion.TLSv1_1', 'TLS 1.1'],
  ['OpenSSL.SSL.SSLv2_METHOD', 'SSL 2.0'],
  ['OpenSSL.SSL.SSLv3_METHOD', 'SSL 3.0'],
  ['OpenSSL.SSL.TLSv1_METHOD', 'TLS 1.0'],
  ['OpenSSL.SSL.TLSv1_1_METHOD', 'TLS 1.1'],
]);

function check(node: SyntaxNode, ctx: RuleContext): void {
  // The outermost attribute of a chain only: `ssl.TLSVersion.TLSv1`, not its `ssl.TLSVersion` part.
  if (node.parent?.type === 'attribute' && node.parent.childForFieldName('object')?.id === node.id) return;
  // Selecting a version means passing it or assigning it to a name or attribute; lookup tables
  // (`versions[ssl.PROTOCOL_TLSv1] = …`) and comparisons only mention it.
  const parent = node.parent;
  const selects =
    parent?.type === 'argument_list' ||
    parent?.type === 'keyword_argument' ||
    (parent?.type === 'assignment' && parent.childForFieldName('right')?.id === node.id && parent.childForFieldName('left')?.type !== 'subscript');
  if (!selects) return;
  const name = ctx.names.qualifiedName(node);
  const version = name ? OLD.get(name) : undefined;
  if (!version) return;
  ctx.report(node, { message: `${name} selects ${version}, a protocol version with known attacks (POODLE, BEAST) and no modern ciphers` });
}

export const tlsOldProtocol = defineRule({
  id: 'PY-API-TLS-OLD-PROTOCOL',
  title: 'SSL 3.0 / TLS 1.0 / TLS 1.1 selected',
  cwe: [327],
  asvs: { '5.0.0': ['V12.1.1'], '4.0.3': ['V9.1.3'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['tls'] }],
  bandit: ['B502', 'B503'],
  docs: {
    what:
      'Finds ssl.PROTOCOL_SSLv2/SSLv3/TLSv1/TLSv1_1, ssl.TLSVersion.SSLv3/TLSv1/TLSv1_1 (e.g. as minimum_version) ' +
      "and pyOpenSSL's SSLv2/SSLv3/TLSv1/TLSv1_1_METHOD.",
    why: 'SSL 3.0 and TLS 1.0/1.1 are deprecated (RFC 8996); a downgrade to them exposes traffic to POODLE/BEAST-class attacks.',
    example: 'context.minimum_version = ssl.TLSVersion.TLSv1',
    fix: 'context = ssl.create_default_context(); context.minimum_version = ssl.TLSVersion.TLSv1_2',
    references: [
      'https://cwe.mitre.org/data/definitions/327.html',
      'https://www.rfc-editor.org/rfc/rfc8996',
      'https://docs.python.org/3/library/ssl.html#ssl.TLSVersion',
    ],
  },
  visit: { attribute: check },
});
