// Validates SARIF logs against the official 2.1.0 schema (draft-04). Formats are checked too:
// `uri` and `uri-reference` by URL parsing, `date-time` by Date parsing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv-draft-04';

// ajv-draft-04 is CommonJS with `exports.default`: under NodeNext the class sits on `.default`.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;

// The checkout sits beside ../shared (as in CI); elsewhere point ASSAY_SARIF_SCHEMA at a copy.
const SCHEMA_PATH = process.env.ASSAY_SARIF_SCHEMA ?? fileURLToPath(new URL('../../../shared/sarif/sarif-schema-2.1.0.json', import.meta.url));

function isUri(text: string): boolean {
  try {
    return new URL(text).protocol.length > 1;
  } catch {
    return false;
  }
}

function isUriReference(text: string): boolean {
  // A reference must survive resolution and hold no raw spaces, quotes, angle brackets or controls.
  // eslint-disable-next-line no-control-regex
  if (/[\s"<>\\^`{|}\u0000-\u001f\u007f]/.test(text)) return false;
  try {
    new URL(text, 'file:///base/');
    return true;
  } catch {
    return false;
  }
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
let validateFn: Validate | null = null;

function validator(): Validate {
  if (validateFn) return validateFn;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
  const compiled: Validate = ajv.compile(schema);
  validateFn = compiled;
  return compiled;
}

/** Errors as readable lines; empty when the log is valid SARIF 2.1.0. */
export function sarifErrors(log: unknown): string[] {
  const validate = validator();
  if (validate(log)) return [];
  return ((validate.errors ?? []) as Array<{ instancePath: string; message?: string; params?: unknown }>).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params ?? {})}`,
  );
}
