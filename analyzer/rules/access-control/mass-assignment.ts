import { defineRule } from '../../rule.js';
import type { EndpointView } from '../../endpoints/rule-context.js';
import { describe } from '../support/endpoint-names.js';

const DIRECT = /\*\*\s*request\.(?:json|form|data|POST|get_json\s*\(\s*\))/;

function check(view: EndpointView) {
  const c = view.checks;
  if (!c?.massAssign) return null;
  const e = view.endpoint;
  const where = `${c.massAssign.text} (line ${c.massAssign.line})`;
  if (DIRECT.test(c.massAssign.text)) {
    return { line: c.massAssign.line, text: c.massAssign.text, message: `${describe(e)}: ${e.handler.name} spreads the request's data into a model, ${where}: the client can set any field, including is_admin, owner or price` };
  }
  return { line: c.massAssign.line, text: c.massAssign.text, kind: 'hotspot' as const, message: `${describe(e)}: ${e.handler.name} copies fields onto an object wholesale, ${where}; check that only intended fields can come from the request` };
}

export const massAssignment = defineRule({
  id: 'PY-AUTHZ-MASS-ASSIGNMENT',
  title: 'Request data spread into a model',
  cwe: [915],
  asvs: { '5.0.0': ['V15.3.3'], '4.0.3': ['V5.1.2'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  frameworks: ['django', 'drf', 'flask', 'fastapi'],
  docs: {
    what:
      'Finds endpoint handlers that build or update a model from the whole request (`Model(**request.json)`, ' +
      '`Model(**request.POST)`): a vulnerability. Wholesale copies from other dictionaries (`obj.__dict__.update(data)`, ' +
      '`setattr(obj, key, value)` in a loop, `Model(**data)`) are hotspots: whether `data` is filtered is not visible.',
    why: 'The client chooses which fields are written: it can make itself an administrator, take over another owner\'s record or change a price (OWASP API3).',
    example: 'user = User(**request.get_json())',
    fix: 'data = request.get_json()\nuser = User(name=data["name"], email=data["email"])',
    byFramework: {
      django: { example: "User.objects.create(**request.POST.dict())", fix: "form = UserForm(request.POST)  # a ModelForm with fields = [\"name\", \"email\"]\nif form.is_valid(): form.save()" },
      fastapi: { example: "user = User(**payload)", fix: "class UserIn(BaseModel): name: str; email: str\nuser = User(**user_in.model_dump())  # only the fields UserIn declares" },
    },
    references: ['https://cwe.mitre.org/data/definitions/915.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html'],
  },
  endpoint: check,
});
