// Hooks a form or serializer library calls with the client's (validated) data: DRF's
// create/validate/update(validated_data) and validate_<field>(value), which Django forms share
// through the same names. Each framework asks this with the bases of its own form classes.
import type { HandlerView, ParamKind } from './api.js';

export function formHookParams(h: HandlerView, formBases: ReadonlySet<string>): ParamKind[] | null {
  const { fn, kinds, program } = h;
  if (!h.isMethod || !program.isSubclass(fn.cls!, formBases)) return null;
  const cls = fn.cls!;
  if (['create', 'validate'].includes(fn.name) && fn.params[1]) kinds[1] = { k: 'fields', cls };
  else if (fn.name === 'update' && fn.params[2]) kinds[2] = { k: 'fields', cls };
  else if (fn.name.startsWith('validate_') && fn.params[1]) kinds[1] = { k: 'field', cls, field: fn.name.slice('validate_'.length) };
  return kinds;
}

/** A class field naming a form or serializer class of the project (`form_class = ContactForm`). */
export function boundFormKind(h: HandlerView, fieldName: string): ParamKind {
  const ref = h.program.field(h.fn.cls!, fieldName)?.ref;
  const cls = ref ? h.program.canonical(ref) : undefined;
  return cls && h.program.classes.has(cls) ? { k: 'form', cls } : { k: 'source', struct: false };
}
