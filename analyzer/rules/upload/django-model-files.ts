// Uploads that reach a Django model's FileField. The field stores the file under upload_to plus the
// upload's own name, so the client's extension survives (get_valid_name keeps it). Given the upload
// directly (`objects.create(file=upload)`) nothing validates it; through a ModelForm the model
// field's validators run, and those live in models.py: that module records, as a trait of the
// model, each FileField that checks nothing, and the view reports through it.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { keywordArgument, positionalArguments } from '../support/calls.js';
import { baseNames, classAssignments, classMethods, moduleClasses, nestedClass } from '../support/classes.js';
import { callReceiverText, callTail, descendants, localDefs, ownNodes } from '../support/local-flow.js';
import { enclosingFunction, uploadIn } from './uploads.js';

/** The trait of a model whose FileField `field` has no validator and keeps the uploaded name. */
export const anyTypeFileField = (field: string): string => `django:file-field-any-type:${field}`;

const CREATES = new Set(['create', 'get_or_create', 'update_or_create']);
/** Model methods that may check or rename what a field is given. */
const MODEL_HOOKS = ['clean', 'clean_fields', 'full_clean', 'save', 'pre_save'];

export interface ModelStore {
  call: SyntaxNode;
  /** The model as written (`Attachment`), when the call names it. */
  model: string | null;
  field: string;
  upload: SyntaxNode;
}

/** `M.objects.create(file=upload)`, `M(file=upload)`: a model file field given the request's upload as it is. */
export function modelStores(fn: SyntaxNode): ModelStore[] {
  const out: ModelStore[] = [];
  for (const n of ownNodes(fn)) {
    if (n.type !== 'call') continue;
    const f = n.childForFieldName('function');
    let model: string | null = null;
    if (f?.type === 'attribute' && CREATES.has(callTail(n))) {
      const recv = callReceiverText(n);
      if (!recv.endsWith('.objects')) continue;
      const last = recv.slice(0, -'.objects'.length).split('.').pop() ?? '';
      model = /^\w+$/.test(last) ? last : null;
    } else if (f?.type === 'identifier' && /^[A-Z]/.test(f.text)) model = f.text;
    else continue;
    for (const a of n.childForFieldName('arguments')?.namedChildren ?? []) {
      if (a.type !== 'keyword_argument') continue;
      const value = a.childForFieldName('value');
      const field = a.childForFieldName('name')?.text;
      if (value && field && uploadIn(value, fn) === 'django') out.push({ call: n, model, field, upload: value });
    }
  }
  return out;
}

/**
 * `FileResponse(x.<field>.open(), …)` served inline in the module: no `as_attachment=True` and no
 * fixed content_type, so Django guesses the type from the stored name. Field names, with the text
 * of the function that serves them.
 */
export function inlineFileResponses(root: SyntaxNode, ctx: RuleContext): Array<{ field: string; fn: SyntaxNode | null }> {
  const out: Array<{ field: string; fn: SyntaxNode | null }> = [];
  for (const n of descendants(root)) {
    if (n.type !== 'call' || !/(^|\.)FileResponse$/.test(ctx.names.qualifiedName(n.childForFieldName('function')) ?? '')) continue;
    const attachment = keywordArgument(n, 'as_attachment');
    const asAttachment = ctx.constant(attachment);
    if (attachment && !(asAttachment?.kind === 'bool' && !asAttachment.value)) continue;
    if (keywordArgument(n, 'content_type')) continue;
    // `x.file.open("rb")`, `x.file`, `open(x.file.path, "rb")`: the field is the name before open/path/file or at the end.
    for (const m of (positionalArguments(n)[0]?.text ?? '').matchAll(/\.(\w+)(?=\.(?:open|path|file)\b|\s*$)/g)) {
      if (m[1] !== 'path') out.push({ field: m[1]!, fn: enclosingFunction(n) });
    }
  }
  return out;
}

/** Records anyTypeFileField(field) on each model of the module whose FileField checks nothing. */
export function noteModelFileFields(root: SyntaxNode, ctx: RuleContext): void {
  if (!ctx.trait) return;
  for (const [name, cls] of moduleClasses(root)) {
    if (!baseNames(cls, ctx).some((b) => /^django\.db\.models\.(Model|base\.Model)$/.test(b))) continue;
    const methods = classMethods(cls);
    if (MODEL_HOOKS.some((h) => methods.has(h))) continue;
    for (const [field, decl] of classAssignments(cls)) {
      if (decl.type !== 'call' || ctx.names.qualifiedName(decl.childForFieldName('function')) !== 'django.db.models.FileField') continue;
      if (keywordArgument(decl, 'validators') || keywordArgument(decl, 'storage')) continue;
      // A callable upload_to may rename the file, extension and all.
      const uploadTo = keywordArgument(decl, 'upload_to') ?? positionalArguments(decl)[1];
      if (uploadTo && ctx.constant(uploadTo)?.kind !== 'str') continue;
      ctx.trait(`${ctx.module}.${name}`, anyTypeFileField(field));
    }
  }
}

export interface ModelFormSave {
  /** The form's save() call. */
  save: SyntaxNode;
  /** The model's qualified name as this module writes it. */
  model: string;
  field: string;
}

/** Meta.fields includes `field` ("__all__" or a list naming it) and Meta.exclude does not. */
function metaCovers(meta: SyntaxNode, field: string, ctx: RuleContext): boolean {
  const attrs = classAssignments(meta);
  const fields = ctx.constant(attrs.get('fields'));
  const exclude = ctx.constant(attrs.get('exclude'));
  const names = (v: typeof fields): string[] => (v && (v.kind === 'list' || v.kind === 'tuple') ? v.items.flatMap((i) => (i.kind === 'str' ? [i.value] : [])) : []);
  if (names(exclude).includes(field)) return false;
  return (fields?.kind === 'str' && fields.value === '__all__') || names(fields).includes(field);
}

/**
 * ModelForms of this module bound to the request's files in `fn` and saved there, whose file
 * field is the model's own (not redeclared, no clean hook on the form) and whose URL the
 * function hands out (`doc.<field>.url`).
 */
export function modelFormSaves(fn: SyntaxNode, root: SyntaxNode, ctx: RuleContext): ModelFormSave[] {
  // Read only once a save is seen: most functions save no form, and these read the module and the body.
  let forms: Map<string, SyntaxNode> | undefined;
  let body: string | undefined;
  const out: ModelFormSave[] = [];
  for (const n of ownNodes(fn)) {
    if (n.type !== 'call' || callTail(n) !== 'save') continue;
    const formVar = n.childForFieldName('function')?.childForFieldName('object');
    if (formVar?.type !== 'identifier') continue;
    for (const built of localDefs(fn).values.get(formVar.text) ?? []) {
      const callee = built.type === 'call' ? built.childForFieldName('function') : null;
      const cls = callee?.type === 'identifier' ? (forms ??= moduleClasses(root)).get(callee.text) : undefined;
      if (!cls || !/\brequest\.FILES\b/.test(built.text)) continue;
      if (!baseNames(cls, ctx).some((b) => /^django\.forms\.(models\.)?ModelForm$/.test(b))) continue;
      const meta = nestedClass(cls, 'Meta');
      const model = meta && classAssignments(meta).get('model');
      const q = model && ctx.names.qualifiedName(model);
      if (!meta || !q) continue;
      const methods = classMethods(cls);
      if (methods.has('clean') || methods.has('save')) continue;
      body ??= fn.childForFieldName('body')?.text ?? '';
      for (const m of body.matchAll(/\.(\w+)\.url\b/g)) {
        const field = m[1]!;
        if (!metaCovers(meta, field, ctx) || classAssignments(cls).has(field) || methods.has(`clean_${field}`)) continue;
        if (!out.some((o) => o.save.id === n.id && o.field === field)) out.push({ save: n, model: q, field });
      }
    }
  }
  return out;
}
