import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName, keywordArgument, positionalArguments } from '../support/calls.js';

const LXML_PARSE = new Set(['lxml.etree.parse', 'lxml.etree.fromstring', 'lxml.etree.XML', 'lxml.etree.iterparse', 'lxml.objectify.parse', 'lxml.objectify.fromstring']);
const LXML_PARSERS = new Set(['lxml.etree.XMLParser', 'lxml.etree.XMLPullParser', 'lxml.objectify.makeparser']);

function constBool(node: SyntaxNode | undefined, ctx: RuleContext): boolean | undefined {
  const v = ctx.constant(node);
  if (v?.kind === 'bool') return v.value;
  if (v?.kind === 'int') return v.value !== 0;
  return undefined;
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  // xml.sax: `parser.setFeature(feature_external_ges, True)` turns external general entities back on.
  if (node.childForFieldName('function')?.type === 'attribute' && node.childForFieldName('function')?.childForFieldName('attribute')?.text === 'setFeature') {
    const [feature, value] = positionalArguments(node);
    const featureName = ctx.names.qualifiedName(feature);
    if ((featureName === 'xml.sax.handler.feature_external_ges' || featureName === 'xml.sax.handler.feature_external_pes') && constBool(value, ctx) === true) {
      ctx.report(node, { message: `SAX parser with ${featureName.split('.').pop()} enabled resolves external entities` });
    }
    return;
  }
  const name = calleeName(node, ctx);
  if (!name) return;
  if (LXML_PARSERS.has(name)) {
    const resolve = constBool(keywordArgument(node, 'resolve_entities'), ctx);
    const noNetwork = constBool(keywordArgument(node, 'no_network'), ctx);
    if (resolve === true) ctx.report(node, { message: `${name}(resolve_entities=True) expands external entities: local files can be read` });
    else if (noNetwork === false) ctx.report(node, { message: `${name}(no_network=False) fetches external DTDs and entities over the network` });
    return;
  }
  if (LXML_PARSE.has(name)) {
    // With no parser argument lxml uses its default parser, which resolved external entities before lxml 5.0.
    const parser = argument(node, 1, 'parser');
    if (parser) return;
    ctx.report(node, {
      message: `${name}() without an explicit parser resolves external entities on lxml < 5.0`,
      confidence: 'low',
    });
  }
}

export const xxeParserConfig = defineRule({
  id: 'PY-API-XXE',
  title: 'XML parser configured to resolve external entities',
  cwe: [611],
  asvs: { '5.0.0': ['V1.5.1'], '4.0.3': ['V5.5.2'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['xml'] }],
  bandit: ['B320', 'B410'],
  docs: {
    what:
      'Finds lxml parsers built with resolve_entities=True or no_network=False, SAX parsers with ' +
      'feature_external_ges/pes switched on, and — at low confidence — lxml.etree.parse/fromstring/XML with the ' +
      'default parser, which resolved external entities before lxml 5.0. The standard library parsers do not ' +
      'resolve external entities by default and are PY-API-XML-EXPANSION\'s concern. The taint rule PY-INJ-XXE ' +
      'supersedes this one where request data reaches the parser.',
    why: 'An external entity (<!ENTITY x SYSTEM "file:///etc/passwd">) makes the parser read local files or internal URLs into the document.',
    example: 'parser = etree.XMLParser(resolve_entities=True)',
    fix: 'parser = etree.XMLParser(resolve_entities=False, no_network=True)  # or defusedxml.lxml / defusedxml.ElementTree',
    references: [
      'https://cwe.mitre.org/data/definitions/611.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html',
      'https://lxml.de/api/lxml.etree.XMLParser-class.html',
    ],
  },
  visit: { call: check },
});
