// WTForms and Flask-WTF: a form's fields are attributes of the bound form, each holding the client's
// value in `.data`. A field whose type converts (IntegerField, DateField) or checks against the
// server's own list (SelectField, AnyOf) or a fully anchored pattern of safe characters cannot carry
// an injection; a StringField holds whatever the client sent.
import type { FrameworkModel } from '../model.js';

/** Form bases whose bound instance reads the request by itself when given no formdata (Flask-WTF). */
const IMPLICIT_FORMS = ['flask_wtf.FlaskForm', 'flask_wtf.Form', 'flask_wtf.form.FlaskForm'];
const WTFORMS_BASES = ['wtforms.Form', 'wtforms.form.Form', 'wtforms.form.BaseForm', ...IMPLICIT_FORMS];

/** Fields whose processed value is a number, a date, a boolean or one of the server's choices. */
export const CONVERTING_FIELDS = [
  'IntegerField', 'DecimalField', 'FloatField', 'BooleanField', 'DateField', 'DateTimeField', 'DateTimeLocalField', 'TimeField',
  'MonthField', 'WeekField', 'IntegerRangeField', 'DecimalRangeField',
];
export const CHOICE_FIELDS = new Set(['SelectField', 'RadioField', 'SelectMultipleField']);

export const wtformsModel: FrameworkModel = {
  name: 'wtforms',
  formBases: WTFORMS_BASES,
  implicitForms: IMPLICIT_FORMS,
  boundFieldForms: WTFORMS_BASES,
  neutralFields: CONVERTING_FIELDS,
  // StringField.process_formdata keeps the first form value: form data is text.
  textFields: ['StringField', 'TextAreaField', 'HiddenField', 'PasswordField', 'SearchField', 'EmailField', 'TelField', 'URLField'],
};

