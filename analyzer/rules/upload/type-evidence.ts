// Whether a handler that stores an upload looks at what the file is. The hotspot rule asks for no
// sign at all; the vulnerability rule needs the opposite proof: every test the handler makes is one
// that says nothing of the type (presence, emptiness, the request method, the type the client
// declared). Any other comparison, pattern match or check-like call may be a type check written
// in a way no rule can read, so it counts as one.
import type { SyntaxNode } from '../../rule.js';
import { callTail, ownNodes } from '../support/local-flow.js';
import { formFileField } from './form-files.js';

/** The client's own claim about the type: a header anyone can set. */
export const CLIENT_TYPE = /\.(content_type|mimetype|mimetype_params|mime_type)\b|["']content_type["']\]|["']Content-Type["']/;
/** Libraries and names that read a file's bytes or name to decide what it is. */
const CONTENT_CHECK = /\b(imghdr|magic|filetype|puremagic|PIL|Image|clamd|FileExtensionValidator|ALLOWED\w*|allowed\w*|\w*EXTENSIONS\w*|\w*extensions\w*)\b/;
const CHECK_CALL = /valid|verify|check|allowed|sniff|scan|detect|guess|inspect|is_image|is_safe/i;
/** Tests that say nothing of the file's type: is it there, is its name empty, which method. */
const PRESENCE = /^(None|""|''|b""|b'')$/;
const REQUEST_PRESENCE = /\brequest\.(files|FILES|method)\b/;

function isTypeBlindTest(cmp: SyntaxNode): boolean {
  const ops = cmp.children.filter((c) => !c.isNamed).map((c) => c.type);
  if (ops.every((o) => o === 'is' || o === 'is not')) return true;
  if (CLIENT_TYPE.test(cmp.text) || REQUEST_PRESENCE.test(cmp.text)) return true;
  return cmp.namedChildren.some((c) => PRESENCE.test(c.text));
}

/** Form validation counts as a check unless every file field the handler reads is known to check nothing of the type. */
function formChecksType(fn: SyntaxNode): boolean {
  let fields = 0;
  for (const n of ownNodes(fn)) {
    const field = formFileField(n, fn);
    if (!field) continue;
    if (field.typeChecked) return true;
    fields++;
  }
  return fields === 0;
}

/**
 * True unless the function visibly makes no test of the upload's type. `formsChecked` says the
 * caller has already judged the forms' validation, so is_valid() proves nothing more.
 */
export function mayCheckType(fn: SyntaxNode, formsChecked = false): boolean {
  if (CONTENT_CHECK.test(fn.childForFieldName('body')?.text ?? '')) return true;
  for (const n of ownNodes(fn)) {
    if (n.type === 'comparison_operator' && !isTypeBlindTest(n)) return true;
    if (n.type !== 'call') continue;
    const tail = callTail(n);
    if (tail === 'validate_on_submit' || tail === 'validate' || tail === 'is_valid') {
      if (!formsChecked && formChecksType(fn)) return true;
      continue;
    }
    if (['startswith', 'endswith', 'match', 'fullmatch', 'search'].includes(tail) && !CLIENT_TYPE.test(n.text)) return true;
    if (CHECK_CALL.test(tail)) return true;
  }
  return false;
}
