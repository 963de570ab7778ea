// Flask-WTF / WTForms file fields: `form.logo.data` is the Werkzeug FileStorage the field received,
// so the upload rules follow it like `request.files["logo"]`. What the field's declaration checks
// (FileAllowed, a validate_<field> hook) is the form's own type check.
import type { SyntaxNode } from '../../rule.js';
import { classAssignments, classMethods, moduleClasses } from '../support/classes.js';
import { localDefs } from '../support/local-flow.js';
import { rootOf } from '../support/expression-names.js';

const FILE_FIELD = /^(?:[\w.]+\.)?(FileField|MultipleFileField)\s*\(/;
/** Validators that look at the name or bytes of the file; FileRequired and FileSize do not. */
const TYPE_VALIDATORS = /\b(FileAllowed|FileExtensionValidator|Regexp|AnyOf)\s*\(/;

export interface FormFileField {
  /** The field's declaration: `FileField("Logo", validators=[...])`. */
  declaration: SyntaxNode;
  /** True when a validator or a validate_<field> method of the form looks at the file's type. */
  typeChecked: boolean;
}

/**
 * The file field a `form.<field>.data` expression reads, when `form` is built in the function from
 * a form class of this module that declares `<field>` as a FileField.
 */
export function formFileField(n: SyntaxNode, fn: SyntaxNode | null): FormFileField | null {
  if (!fn || n.type !== 'attribute' || n.childForFieldName('attribute')?.text !== 'data') return null;
  const field = n.childForFieldName('object');
  if (field?.type !== 'attribute') return null;
  const formName = field.childForFieldName('object');
  const fieldName = field.childForFieldName('attribute')?.text;
  if (formName?.type !== 'identifier' || !fieldName) return null;
  for (const v of localDefs(fn).values.get(formName.text) ?? []) {
    const callee = v.type === 'call' ? v.childForFieldName('function') : null;
    if (callee?.type !== 'identifier') continue;
    const cls = moduleClasses(rootOf(fn)).get(callee.text);
    const declaration = cls ? classAssignments(cls).get(fieldName) : undefined;
    if (!cls || !declaration || !FILE_FIELD.test(declaration.text)) continue;
    return { declaration, typeChecked: TYPE_VALIDATORS.test(declaration.text) || classMethods(cls).has(`validate_${fieldName}`) };
  }
  return null;
}
