import { defineRule } from '../../rule.js';
import { FRAMEWORKS } from '../../../domain/index.js';
import type { EndpointReport, EndpointView } from '../../endpoints/rule-context.js';
import type { ExposureEvidence } from '../../endpoints/handler-checks.js';
import { describe } from '../support/endpoint-names.js';
import { externalBases, internalFields, metaAllFields, metaList, metaOf, modelOf, projectClass } from '../support/model-classes.js';

const AUTO_SCHEMAS = /(?:AutoSchema|ModelSchema)$/;
const MODEL_SERIALIZERS = /ModelSerializer$/;
/** What a helper does that hands the whole object over. */
const WHOLE = new Set(['model_to_dict', '__dict__', 'vars', 'columns']);

function moduleOf(view: EndpointView): string {
  return view.index.fn(view.endpoint.handler.name)?.file.module ?? '';
}

function report(view: EndpointView, x: ExposureEvidence, what: string, hotspot = false): EndpointReport {
  const e = view.endpoint;
  const tail = hotspot ? '; check that no password hash, token, internal flag or other user\'s data is among them' : ': fields added to the model later leave with it too';
  return { line: x.line, text: x.text, ...(hotspot ? { kind: 'hotspot' as const } : {}), message: `${describe(e)}: ${e.handler.name} answers with ${what} (${x.text}, line ${x.line})${tail}` };
}

function judge(view: EndpointView, x: ExposureEvidence): EndpointReport | null {
  const e = view.endpoint;
  switch (x.how) {
    case 'schema': {
      const cls = projectClass(view.index, x.name, moduleOf(view));
      if (!cls || !externalBases(view.index, cls).some((b) => AUTO_SCHEMAS.test(b))) return null;
      const meta = metaOf(view.index, cls);
      if (meta && (meta.attrs['fields'] || meta.attrs['exclude'] || meta.attrs['only'])) return null;
      return report(view, x, `every column of the model, dumped by ${cls.fact.name} (an automatic schema with no fields in its Meta)`);
    }
    case 'helper': {
      const helper = view.index.fn(x.name);
      const inner = helper?.fact.checks.exposures.find((h) => h.returned && WHOLE.has(h.how));
      if (!inner) return null;
      return report(view, x, `every field of an object, copied by ${helper!.fact.name} (${inner.text}, line ${inner.line} of ${helper!.file.path})`, !x.orm);
    }
    case 'orm-return': {
      // FastAPI encodes a returned ORM object field by field unless a response model filters it.
      if (e.framework !== 'fastapi' || e.response) return null;
      if (view.index.fn(e.handler.name)?.fact.returns) return null;
      return report(view, x, 'an ORM object with no response_model, so every column is encoded');
    }
    case 'dict(row)': {
      if (!x.returned) return null;
      if (!x.columns) return report(view, x, 'every column of a query row (the query selects * or is not in sight)');
      // The query names its columns: the row holds those alone, so only internal ones among them are exposed.
      const internal = internalFields(x.columns);
      return internal.length > 0 ? report(view, x, `a query row whose selected columns include ${internal.join(', ')}`) : null;
    }
    default:
      if (!x.returned && !x.orm) return null;
      return report(view, x, `every field of ${x.orm ? 'a model object' : 'an object'}`, !(x.returned && x.orm));
  }
}

/** A DRF serializer the endpoint answers with: `__all__` nesting related records, or a denylist over a model with internal fields. */
function serializer(view: EndpointView): EndpointReport | null {
  const e = view.endpoint;
  if (e.framework !== 'drf') return null;
  const cls = projectClass(view.index, e.response ?? e.input, moduleOf(view));
  if (!cls || !externalBases(view.index, cls).some((b) => MODEL_SERIALIZERS.test(b))) return null;
  const meta = metaOf(view.index, cls);
  if (!meta) return null;
  const depth = meta.attrs['depth'];
  if (metaAllFields(meta) && depth?.k === 'num' && depth.v >= 1) {
    return { message: `${describe(e)}: ${e.handler.name} answers with ${cls.fact.name}, fields = "__all__" with depth = ${depth.v}: every field of every related record is nested in the response (a related user's password hash and flags included)` };
  }
  const exclude = metaList(meta, 'exclude');
  if (!exclude && !metaAllFields(meta)) return null;
  const model = modelOf(view.index, meta, cls.file.module);
  if (!model) return null;
  const how = exclude ? `exclude = [${exclude.join(', ')}]` : 'fields = "__all__"';
  // The model is not in the scan, but the denylist itself hides internal data (`exclude = ["supplier"]`):
  // the model has such fields, and every one the list does not name, or that is added later, goes out.
  const hidden = exclude && model.fields === null && !model.user ? internalFields(exclude) : [];
  if (hidden.length > 0) {
    return { message: `${describe(e)}: ${e.handler.name} answers with ${cls.fact.name} (${how}): a denylist over ${model.name}, a model with internal fields (${hidden.join(', ')}), sends every other field, and every field added later` };
  }
  const internal = internalFields((model.fields ?? []).filter((f) => !exclude?.includes(f)));
  if (internal.length === 0) return null;
  return { message: `${describe(e)}: ${e.handler.name} answers with ${cls.fact.name} (${how}), which leaves ${model.name}.${internal.join(', ')} in the response` };
}

function check(view: EndpointView): EndpointReport | null {
  let hotspot: EndpointReport | null = null;
  for (const x of view.checks?.exposures ?? []) {
    const r = judge(view, x);
    if (r && r.kind !== 'hotspot') return r;
    hotspot ??= r;
  }
  return serializer(view) ?? hotspot;
}

export const wholeModelResponse = defineRule({
  id: 'PY-DATA-WHOLE-MODEL',
  title: 'Endpoint returns a whole model object',
  cwe: [213],
  asvs: { '5.0.0': ['V15.3.1'], '4.0.3': ['V4.1.3'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  frameworks: [...FRAMEWORKS],
  docs: {
    what:
      'Finds endpoint handlers that answer with every field of a model object: `model_to_dict(obj)` without `fields`, ' +
      '`obj.__dict__`, `vars(obj)`, every column of `__table__` / `__mapper__`, a queryset\'s `.values()` with no names, ' +
      '`dict(row)` of a query row (DB-API, asyncpg, databases, SQLAlchemy `row._mapping`) whose query selects `*`, is not in sight, or names internal columns, ' +
      '`django.core.serializers.serialize` without `fields`, `jsonable_encoder` of query results, a marshmallow automatic schema ' +
      'with no fields in its Meta, a project helper that does one of these, a FastAPI route returning an ORM object with no ' +
      '`response_model`, and DRF serializers with `fields = "__all__"` and `depth`, or an `exclude` denylist / `__all__` that leaves ' +
      'internal-looking fields (notes, cost, margin, salary, tokens, risk scores) of a model in the scanned code, or an `exclude` that itself ' +
      'hides an internal-looking field of a model the scan does not contain (the model has such data; the rest of it goes out). A vulnerability ' +
      'when the object visibly comes from the ORM and visibly reaches the response; a hotspot when one of the two is not visible.',
    why: 'Fields added to the model later (password hashes, tokens, internal notes) leave with every response (OWASP API3 excessive data exposure).',
    example: 'return JsonResponse(model_to_dict(customer))',
    fix: 'return JsonResponse(model_to_dict(customer, fields=["id", "name", "email"]))',
    byFramework: {
      fastapi: { example: '@app.get("/orders/{order_id}")\ndef read_order(...):\n    return session.get(Order, order_id)', fix: '@app.get("/orders/{order_id}", response_model=OrderPublic)' },
    },
    references: ['https://cwe.mitre.org/data/definitions/213.html', 'https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/'],
  },
  endpoint: check,
});
