import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName } from '../support/calls.js';

// The standard library parsers defusedxml lists as open to entity-expansion attacks (billion laughs,
// quadratic blowup) when Python is linked against Expat older than 2.4.1. They do not resolve
// external entities by default, so XXE is not claimed here.
const PARSE_FUNCTIONS = new Set([
  'xml.etree.ElementTree.parse', 'xml.etree.ElementTree.fromstring', 'xml.etree.ElementTree.XML',
  'xml.etree.ElementTree.iterparse', 'xml.etree.ElementTree.fromstringlist', 'xml.etree.ElementTree.XMLParser',
  'xml.etree.cElementTree.parse', 'xml.etree.cElementTree.fromstring', 'xml.etree.cElementTree.XML',
  'xml.dom.minidom.parse', 'xml.dom.minidom.parseString',
  'xml.dom.pulldom.parse', 'xml.dom.pulldom.parseString',
  'xml.sax.parse', 'xml.sax.parseString', 'xml.sax.make_parser',
  'xmlrpc.client.loads',
]);

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name || !PARSE_FUNCTIONS.has(name)) return;
  // A document written in the code is the author's own: nothing to expand but what they wrote.
  const doc = argument(node, 0, 'source');
  if (doc && ctx.constant(doc) !== undefined) return;
  ctx.report(node, {
    message: `${name}() expands entities without limits when Python's Expat is older than 2.4.1. Check: the Expat your Python links (pyexpat.EXPAT_VERSION ≥ 2.4.1) and who writes the XML; defusedxml removes the question`,
  });
}

export const xmlEntityExpansion = defineRule({
  id: 'PY-API-XML-EXPANSION',
  title: 'Standard-library XML parser open to entity expansion (billion laughs)',
  cwe: [776, 400],
  asvs: { '5.0.0': ['V1.5.1'], '4.0.3': ['V5.5.2'] },
  severity: 'medium',
  confidence: 'low',
  // Safe on current Python builds: whether the deployed one is current is for a person to check.
  kind: 'hotspot',
  needs: [{ kind: 'api', families: ['xml'] }],
  bandit: ['B313', 'B314', 'B315', 'B316', 'B317', 'B318', 'B319', 'B411'],
  docs: {
    what:
      'Finds parsing with xml.etree.ElementTree, xml.dom.minidom, xml.dom.pulldom, xml.sax and xmlrpc. These ' +
      'parsers do not resolve external entities, but expand internal ones: with Expat older than 2.4.1 a small ' +
      'document of nested entities exhausts memory and CPU. Low confidence because modern Python builds ship a ' +
      'protected Expat; it marks parsers of untrusted XML for review (a hotspot). Constant documents are not reported.',
    why: 'A few hundred bytes of nested entity definitions expand to gigabytes and take the worker down.',
    example: 'root = ET.fromstring(request.body)',
    fix: 'import defusedxml.ElementTree as ET; root = ET.fromstring(request.body)',
    references: [
      'https://cwe.mitre.org/data/definitions/776.html',
      'https://docs.python.org/3/library/xml.html#xml-vulnerabilities',
      'https://github.com/tiran/defusedxml',
    ],
  },
  visit: { call: check },
});
