// Calls that turn a sensitive value into something safe to keep or show: password hashers,
// encryption, HMACs, masking and redaction helpers, and calls that keep only a property of the value
// (its length, whether it is set). Judged by the callee's text: projects name their own helpers
// `hash_password`, `encrypt_token`, `mask_card` and those protect as much as the library calls.
import type { SyntaxNode } from '../../rule.js';

const PROTECTING = /(hash|crypt|pbkdf2|scrypt|argon|digest|make_password|mask|redact|obfuscat|anonymi|censor|scrub|truncat|fernet|seal|tokeniz)/i;
const PROPERTY_CALLS = new Set(['len', 'bool', 'type', 'isinstance', 'id', 'hasattr', 'callable']);
const BOOL_METHODS = /^(startswith|endswith|is\w+|count|find|index|__contains__|__len__)$/;

/** The call's function text: `bcrypt.hashpw`, `pwd_context.hash`, `len`. */
function calleeText(call: SyntaxNode): string {
  return call.childForFieldName('function')?.text ?? '';
}

/** A call whose result is a protected form of its input (hash, ciphertext, mask). */
export function isProtectingCall(node: SyntaxNode): boolean {
  if (node.type !== 'call') return false;
  const text = calleeText(node);
  // `check_password`, `verify`, `compare_digest` return booleans: also nothing to leak.
  return PROTECTING.test(text) || /(check_|verify|compare)/i.test(text);
}

/** A call or expression that keeps only a property of the value: len(x), bool(x), x.startswith(…). */
export function isPropertyOf(node: SyntaxNode): boolean {
  if (node.type === 'call') {
    const f = node.childForFieldName('function');
    if (f?.type === 'identifier' && PROPERTY_CALLS.has(f.text)) return true;
    if (f?.type === 'attribute' && BOOL_METHODS.test(f.childForFieldName('attribute')?.text ?? '')) return true;
    return false;
  }
  // token[:4], card[-4:]: a prefix or suffix is how values are masked.
  return node.type === 'subscript' && node.childForFieldName('subscript')?.type === 'slice';
}

/** Either of the above: the walk over a value stops there. */
export function stopsSensitiveValue(node: SyntaxNode): boolean {
  return isProtectingCall(node) || isPropertyOf(node);
}
