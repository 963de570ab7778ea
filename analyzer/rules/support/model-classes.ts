// What the project's own classes say about the fields a handler writes or answers with: a form's or
// schema's Meta (fields, exclude, dump_only), the model it covers and that model's declared fields,
// and which of those fields are privileged (writing them escalates) or internal (reading them leaks).
import type { ClassFact } from '../../endpoints/file-facts.js';
import type { Located, ProjectIndex } from '../../endpoints/project.js';
import type { Val } from '../../endpoints/values.js';

/** Fields a client must not set on itself: roles, flags, ownership, money. */
const PRIVILEGED = /^(?:is_(?:staff|superuser|admin|active|verified|approved|moderator|banned)|verified|approved|role|roles|groups?|permissions?|user_permissions|plan|tier|balance|\w+_balance|credit\w*|commission\w*|owner|owner_id|user|user_id|account|account_id|tenant|tenant_id|organization_id|price|price_cents|discount\w*|karma|quota\w*|subscription\w*)$/;
/** Fields that must not leave the server: credentials, internal notes and scores, personal and cost data. */
const INTERNAL = /password|passwd|hash|secret|token|api_?key|salt|otp|ssn|salary|internal|notes?$|comment$|admin|staff|superuser|fraud|risk|credit|cost|margin|supplier|(?:^|_)ip(?:_|$)|ip_address|moderat|private|hidden|balance|commission/;
const USER_MODELS = /^(?:django\.contrib\.auth\.models\.(?:User|AbstractUser)|django\.contrib\.auth\.get_user_model)$/;
const NOT_FIELDS = new Set(['model_config', 'Config', 'Meta', 'objects', '__tablename__', '__table_args__', 'query', 'PUBLIC']);

/** A class a handler names, tried as written and in the handler's own module (`local:X`). */
export function projectClass(index: ProjectIndex, q: string | null | undefined, module: string): Located<ClassFact> | undefined {
  if (!q) return undefined;
  if (q.startsWith('local:')) return index.cls(`${module}.${q.slice('local:'.length)}`);
  return index.cls(q) ?? index.cls(`${module}.${q.split('.').pop()}`);
}

/** The external bases of a class's lineage (`django.forms.ModelForm`). */
export function externalBases(index: ProjectIndex, cls: Located<ClassFact>): string[] {
  return index.lineage(cls.fact.q).external;
}

export function metaOf(index: ProjectIndex, cls: Located<ClassFact>): ClassFact | undefined {
  for (const c of index.lineage(cls.fact.q).classes) {
    const meta = index.cls(`${c.fact.q}.Meta`);
    if (meta) return meta.fact;
  }
  return undefined;
}

export interface ModelFields {
  /** The model as written (`Profile`, `get_user_model()`). */
  name: string;
  /** Declared fields, or null when the model is not in the scanned code. */
  fields: string[] | null;
  /** Django's user model: it carries the password hash and the staff and superuser flags. */
  user: boolean;
}

/** The model a Meta names, and its declared fields when the project defines it. */
export function modelOf(index: ProjectIndex, meta: ClassFact, module: string): ModelFields | null {
  const v: Val | undefined = meta.attrs['model'];
  if (!v) return null;
  const q = v.k === 'ref' ? v.q : v.k === 'call' ? v.q : null;
  if (!q) return null;
  const name = q.split('.').pop()! + (v.k === 'call' ? '()' : '');
  const assigned = index.assign(q);
  const target = assigned?.k === 'call' && assigned.q ? assigned.q : q;
  if (USER_MODELS.test(target)) return { name, fields: null, user: true };
  const cls = projectClass(index, q, module);
  return { name, fields: cls ? declaredFields(index, cls) : null, user: false };
}

/** The class-level names a class and its project ancestors declare. */
export function declaredFields(index: ProjectIndex, cls: Located<ClassFact>): string[] {
  const out = new Set<string>();
  for (const c of index.lineage(cls.fact.q).classes) for (const k of Object.keys(c.fact.attrs)) if (!NOT_FIELDS.has(k) && !k.startsWith('_') && !/^[A-Z_0-9]+$/.test(k)) out.add(k);
  return [...out];
}

export function privilegedFields(fields: readonly string[]): string[] {
  return fields.filter((f) => PRIVILEGED.test(f));
}

export function internalFields(fields: readonly string[]): string[] {
  return fields.filter((f) => INTERNAL.test(f.toLowerCase()));
}

/** The names a Meta list attribute holds (`fields = ["a", "b"]`), or null when it is absent or not a list of strings. */
export function metaList(meta: ClassFact, name: string): string[] | null {
  const v = meta.attrs[name];
  if (!v || v.k !== 'list') return null;
  return v.items.flatMap((x) => (x.k === 'str' ? [x.v] : []));
}

export function metaAllFields(meta: ClassFact): boolean {
  const v = meta.attrs['fields'];
  return v?.k === 'str' && v.v === '__all__';
}
