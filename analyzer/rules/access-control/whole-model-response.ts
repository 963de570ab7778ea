import { defineRule } from '../../rule.js';
import type { EndpointView } from '../../endpoints/rule-context.js';
import { describe } from '../support/endpoint-names.js';

function check(view: EndpointView) {
  const c = view.checks;
  if (!c?.wholeModel) return null;
  const e = view.endpoint;
  return {
    line: c.wholeModel.line,
    text: c.wholeModel.text,
    message: `${describe(e)}: ${e.handler.name} answers with every field of an object (${c.wholeModel.text}, line ${c.wholeModel.line}); check that no password hash, token, internal flag or other user's data is among them`,
  };
}

export const wholeModelResponse = defineRule({
  id: 'PY-DATA-WHOLE-MODEL',
  title: 'Endpoint returns a whole model object',
  cwe: [213],
  asvs: { '5.0.0': ['V15.3.1'], '4.0.3': ['V4.1.3'] },
  severity: 'medium',
  confidence: 'low',
  kind: 'hotspot',
  frameworks: ['django', 'drf', 'flask', 'fastapi'],
  docs: {
    what:
      'Finds endpoint handlers that put a whole object into the response: `model_to_dict(obj)`, `obj.__dict__`, ' +
      '`vars(obj)`, `jsonify(obj.__dict__)`. A hotspot: whether a field must not leave the server depends on the model.',
    why: 'Fields added to the model later (password hashes, tokens, internal notes) leave with every response (OWASP API3 excessive data exposure).',
    example: 'return JsonResponse(model_to_dict(user))',
    fix: 'return JsonResponse({"id": user.id, "name": user.get_full_name()})',
    references: ['https://cwe.mitre.org/data/definitions/213.html', 'https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/'],
  },
  endpoint: check,
});
