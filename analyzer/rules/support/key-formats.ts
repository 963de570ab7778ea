// Credentials whose format identifies them whatever name they are stored under. Each pattern is
// specific enough (fixed prefix plus exact length and alphabet) to fire without context.
import { Buffer } from 'node:buffer';
import { shannonEntropy } from './entropy.js';


export interface KeyFormat {
  name: string;
  pattern: RegExp;
}

export const KEY_FORMATS: readonly KeyFormat[] = [
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\b/ },
  { name: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36}\b/ },
  { name: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b/ },
  { name: 'Slack token', pattern: /\bxox[baprs]-[0-9]{6,}-[A-Za-z0-9-]{6,}/ },
  { name: 'Slack webhook URL', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,}/ },
  { name: 'Stripe live secret key', pattern: /\b[rs]k_live_[0-9A-Za-z]{24,}\b/ },
  { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/ },
  { name: 'npm access token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: 'PyPI upload token', pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/ },
  { name: 'OpenAI API key', pattern: /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}/ },
  { name: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,}/ },
];

/**
 * Documentation keys open no account: they say so (AWS's AKIAIOSFODNN7EXAMPLE), are filler
 * (sk_live_xxxxxxxx…, ghp_000…), or are jwt.io's sample token (subject 1234567890, John Doe).
 */
function isExampleKey(match: string): boolean {
  if (/EXAMPLE|example/.test(match)) return true;
  const body = match.replace(/^[a-z]+[_-]|^(AKIA|ASIA|ABIA|ACCA|AIza|SG\.)/, '');
  if (shannonEntropy(body) < 3) return true;
  if (match.startsWith('eyJ')) {
    const payload = Buffer.from(match.split('.')[1] ?? '', 'base64url').toString('utf8');
    if (/"sub"\s*:\s*"1234567890"|John Doe/.test(payload)) return true;
  }
  return false;
}

/** The first known credential format found in the text, with the matched text. */
export function findKeyFormat(text: string): { format: KeyFormat; match: string } | null {
  for (const format of KEY_FORMATS) {
    const m = format.pattern.exec(text);
    if (m && !isExampleKey(m[0])) return { format, match: m[0] };
  }
  return null;
}
