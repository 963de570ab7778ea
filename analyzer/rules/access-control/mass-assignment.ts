import { defineRule } from '../../rule.js';
import { FRAMEWORKS } from '../../../domain/index.js';
import type { EndpointReport, EndpointView } from '../../endpoints/rule-context.js';
import type { SpreadEvidence } from '../../endpoints/handler-checks.js';
import { describe } from '../support/endpoint-names.js';
import { declaredFields, externalBases, metaAllFields, metaList, metaOf, modelOf, privilegedFields, projectClass } from '../support/model-classes.js';

const MODEL_FORMS = /(?:^|\.)ModelForm$/;
const AUTO_SCHEMAS = /(?:AutoSchema|ModelSchema)$/;

function moduleOf(view: EndpointView): string {
  return view.index.fn(view.endpoint.handler.name)?.file.module ?? '';
}

/** A declared input schema's dump: a finding only when the schema itself declares privileged fields. */
function schemaSpread(view: EndpointView, s: SpreadEvidence, where: string): EndpointReport | null {
  const fn = view.index.fn(view.endpoint.handler.name);
  const param = fn?.fact.params.find((p) => p.name === s.name);
  const q = param?.annotation?.k === 'ref' ? param.annotation.q : null;
  const cls = projectClass(view.index, q, moduleOf(view));
  if (!cls) return null;
  const privileged = privilegedFields(declaredFields(view.index, cls));
  if (privileged.length === 0) return null;
  return { line: s.line, text: s.text, message: `${describe(view.endpoint)}: ${view.endpoint.handler.name} copies every field of ${cls.fact.name}, whose schema lets the client set ${privileged.join(', ')}, onto a model, ${where}` };
}

/** A ModelForm or marshmallow schema fed the request and saved: what its Meta leaves writable. */
function formSpread(view: EndpointView, s: SpreadEvidence, where: string): EndpointReport | null {
  const cls = projectClass(view.index, s.name, moduleOf(view));
  if (!cls) return null;
  const meta = metaOf(view.index, cls);
  if (!meta) return null;
  const bases = externalBases(view.index, cls);
  const e = view.endpoint;
  if (bases.some((b) => MODEL_FORMS.test(b))) {
    const exclude = metaList(meta, 'exclude');
    if (!metaAllFields(meta) && !exclude) return null;
    const how = exclude ? `exclude = [${exclude.join(', ')}]` : 'fields = "__all__"';
    const model = modelOf(view.index, meta, cls.file.module);
    if (!model) return null;
    const open = model.user ? ['is_staff', 'is_superuser', 'groups', 'user_permissions'] : privilegedFields((model.fields ?? []).filter((f) => !exclude?.includes(f)));
    if (open.length > 0) return { line: s.line, text: s.text, message: `${describe(e)}: ${e.handler.name} saves ${cls.fact.name} (${how}) from the request, so the client can set ${model.name}.${open.join(', ')}, ${where}` };
    if (model.fields === null) return { line: s.line, text: s.text, kind: 'hotspot', message: `${describe(e)}: ${e.handler.name} saves ${cls.fact.name} (${how}) from the request; ${model.name} is not in the scanned code: check that none of its fields is privileged, ${where}` };
    return null;
  }
  if (bases.some((b) => AUTO_SCHEMAS.test(b))) {
    if (meta.attrs['fields'] || meta.attrs['dump_only'] || meta.attrs['only']) return null;
    const loadsInstance = meta.attrs['load_instance']?.k === 'bool' || /\binstance\s*=/.test(s.text);
    if (!loadsInstance) return null;
    return { line: s.line, text: s.text, message: `${describe(e)}: ${e.handler.name} loads the request into a model with ${cls.fact.name}, an automatic schema over every column (no fields or dump_only in its Meta), ${where}: the client can write any column` };
  }
  return null;
}

const PYDANTIC_MODELS = new Set(['pydantic.BaseModel', 'pydantic.main.BaseModel']);

/** `extra = "allow"` in a pydantic model's config (v2 `model_config = ConfigDict(...)`, v1 `class Config`): keys it does not declare are kept too. */
function keepsExtra(view: EndpointView, cls: NonNullable<ReturnType<typeof projectClass>>): boolean {
  for (const c of view.index.lineage(cls.fact.q).classes) {
    const v2 = c.fact.attrs['model_config'];
    const extra = v2?.k === 'call' ? v2.kw['extra'] : v2?.k === 'dict' ? v2.entries.find(([k]) => k === 'extra')?.[1] : view.index.cls(`${c.fact.q}.Config`)?.fact.attrs['extra'];
    // `extra="allow"` or `Extra.allow`; "ignore" / "forbid" drop or refuse what is not declared.
    if ((extra?.k === 'str' && extra.v === 'allow') || (extra?.k === 'ref' && /(?:^|\.)allow$/.test(extra.q))) return true;
  }
  return false;
}

/**
 * A pydantic model built from the request (`Query(**request.args.to_dict())`) keeps only the fields it
 * declares: it is a validator, not a stored record, unless it declares a privileged field or keeps extra keys.
 */
function closedSchema(view: EndpointView, s: SpreadEvidence): boolean {
  const cls = projectClass(view.index, s.target, moduleOf(view));
  if (!cls || !externalBases(view.index, cls).some((b) => PYDANTIC_MODELS.has(b))) return false;
  return !keepsExtra(view, cls) && privilegedFields(declaredFields(view.index, cls)).length === 0;
}

/** Connexion hands an operation's request body to the handler as its `body` argument: spreading that parameter spreads the request. */
function connexionBody(view: EndpointView, s: SpreadEvidence): boolean {
  return view.endpoint.framework === 'connexion' && s.from === 'unknown' && s.name === 'body';
}

function check(view: EndpointView): EndpointReport | null {
  const c = view.checks;
  if (!c || c.spreads.length === 0) return null;
  const e = view.endpoint;
  let hotspot: EndpointReport | null = null;
  for (const s of c.spreads) {
    const where = `${s.text} (line ${s.line})`;
    if (s.from === 'request' && closedSchema(view, s)) continue;
    if (s.from === 'request' || connexionBody(view, s)) {
      return { line: s.line, text: s.text, message: `${describe(e)}: ${e.handler.name} writes the request's data onto a model without naming the fields, ${where}: the client can set any field, including is_admin, owner or price` };
    }
    const found = s.from === 'schema' ? schemaSpread(view, s, where) : s.from === 'form' ? formSpread(view, s, where) : null;
    if (found && found.kind !== 'hotspot') return found;
    hotspot ??= found ?? (s.from === 'unknown' ? { line: s.line, text: s.text, kind: 'hotspot', message: `${describe(e)}: ${e.handler.name} copies fields onto an object wholesale, ${where}; where the dictionary comes from is not visible: check that only intended fields can come from the request` } : null);
  }
  return hotspot;
}

export const massAssignment = defineRule({
  id: 'PY-AUTHZ-MASS-ASSIGNMENT',
  title: 'Request data spread into a model',
  cwe: [915],
  asvs: { '5.0.0': ['V15.3.3'], '4.0.3': ['V5.1.2'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  frameworks: [...FRAMEWORKS],
  docs: {
    what:
      'Finds endpoint handlers that write the request\'s data onto a model without naming the fields: `Model(**request.json)`, ' +
      '`Model.objects.create(**request.data)`, `queryset.update(**request.POST.dict())`, `query.update(request.get_json())`, ' +
      '`item.sqlmodel_update(body)` with a `dict` body, `setattr` in a loop over the body\'s keys, copies of the body ' +
      '(`data = dict(request.json)`, a comprehension over its items) included, whatever the framework calls its body (Falcon `req.get_media()`, Tornado `json_decode(self.request.body)`, http.server `self.rfile`, WSGI `wsgi.input`, Flask-RESTX `ns.payload`, a GraphQL `JSON` argument, the `body` argument Connexion passes an operation); a ModelForm with `fields = "__all__"` or `exclude` fed the request and saved when ' +
      'its model declares privileged fields (roles, flags, owner, balance, plan) or is the user model; a pydantic input schema ' +
      'that declares such fields, dumped onto a model; a marshmallow automatic schema over every column loading the request ' +
      'into an instance. A pydantic model built from the request (`Query(**request.args.to_dict())`) is a validator that keeps only ' +
      'what it declares: reported only when it declares a privileged field or keeps extra keys (`extra="allow"`). Hotspots: dictionaries whose origin is not visible (`Model(**data)`, `obj.__dict__.update(data)`), ' +
      'and ModelForms over a model the scan does not contain. Allowlists (`{k: body[k] for k in EDITABLE}`, ' +
      '`for key in EDITABLE & body.keys()`) and schemas with only editable fields are not reported.',
    why: 'The client chooses which fields are written: it can make itself an administrator, take over another owner\'s record or change a price (OWASP API3).',
    example: 'user = User(**request.get_json())',
    fix: 'data = request.get_json()\nuser = User(name=data["name"], email=data["email"])',
    byFramework: {
      django: { example: "Profile.objects.filter(user=request.user).update(**request.POST.dict())", fix: "form = ProfileForm(request.POST, instance=profile)  # a ModelForm with fields = [\"display_name\", \"bio\"]\nif form.is_valid(): form.save()" },
      fastapi: { example: "def patch(changes: UserUpdate, ...):  # UserUpdate declares is_superuser\n    for k, v in changes.model_dump(exclude_unset=True).items(): setattr(user, k, v)", fix: "class UserUpdateMe(BaseModel): full_name: str | None = None; email: str | None = None" },
    },
    references: ['https://cwe.mitre.org/data/definitions/915.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html'],
  },
  endpoint: check,
});
