// File permissions that let every local user write (or read) what the application keeps. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, keywordArgument, positionalArguments } from '../support/calls.js';
import { callTail } from '../support/local-flow.js';
import { isTestPath } from '../support/test-paths.js';

const WORLD_WRITE = 0o002;
const WORLD_READ = 0o004;
// Where the mode argument sits, by call.
const MODE_AT: Record<string, [number, string]> = {
  'os.chmod': [1, 'mode'],
  'os.fchmod': [1, 'mode'],
  'os.lchmod': [1, 'mode'],
  'os.mkdir': [1, 'mode'],
  'os.makedirs': [1, 'mode'],
  'os.open': [2, 'mode'],
  'os.mkfifo': [1, 'mode'],
};

function intValue(node: SyntaxNode | undefined, ctx: RuleContext): number | null {
  const v = ctx.constant(node);
  return v?.kind === 'int' ? Number(v.value) : null;
}

const SECRET_PATH = /key|secret|token|passw|credential|\.pem|private|cert|shadow|\.env\b/i;

/** World write is always worth a look; world read only for what looks like a secret (rw-r--r-- is the norm for files). */
function judge(mode: number, target: string): string | null {
  if (mode & WORLD_WRITE) return 'every local user may write it';
  if (mode & WORLD_READ && SECRET_PATH.test(target)) return 'every local user may read it';
  return null;
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const name = calleeName(node, ctx) ?? '';
  if (name === 'os.umask') {
    const mask = intValue(positionalArguments(node)[0], ctx);
    if (mask !== null && (mask & WORLD_WRITE) === 0) {
      ctx.report(node, { message: `os.umask(${positionalArguments(node)[0]!.text}) lets files be created world-writable: check what the process creates afterwards` });
    }
    return;
  }
  let modeNode: SyntaxNode | undefined;
  const at = MODE_AT[name];
  if (at) modeNode = keywordArgument(node, at[1]) ?? positionalArguments(node)[at[0]];
  // pathlib: Path(...).chmod(0o666), .mkdir(mode=0o777), .touch(mode=…)
  else if (['chmod', 'lchmod'].includes(callTail(node)) && node.childForFieldName('function')?.type === 'attribute') modeNode = keywordArgument(node, 'mode') ?? positionalArguments(node)[0];
  else if (['mkdir', 'touch'].includes(callTail(node)) && node.childForFieldName('function')?.type === 'attribute') modeNode = keywordArgument(node, 'mode');
  const mode = intValue(modeNode, ctx);
  if (mode === null) return;
  const f = node.childForFieldName('function');
  const target = (f?.type === 'attribute' && !name.startsWith('os.') ? f.childForFieldName('object')?.text : positionalArguments(node)[0]?.text) ?? '';
  const why = judge(mode, target);
  if (!why) return;
  ctx.report(node, { message: `Mode ${modeNode!.text} (${mode.toString(8).padStart(4, '0')}): ${why}; check that the file holds nothing private and that no one else can change it` });
}

export const permissiveFileMode = defineRule({
  id: 'PY-FILE-PERMISSIVE-MODE',
  title: 'File or directory created with permissive permissions',
  cwe: [732],
  // ASVS has no requirement on file permissions the catalogue marks checkable; CWE-732 carries the mapping.
  asvs: { '5.0.0': [], '4.0.3': [] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'hotspot',
  bandit: ['B103'],
  docs: {
    what:
      'A hotspot for os.chmod/fchmod, os.open, os.mkdir/makedirs, os.mkfifo and pathlib chmod/mkdir/touch given a constant mode ' +
      'that grants write to every user, or read to every user on a path named like a key, secret, token or certificate, and ' +
      'for os.umask() masks that leave world-write open.',
    why: 'A world-writable file can be replaced by any local account (code, configuration, uploads); a world-readable one leaks keys and data.',
    example: 'os.chmod(settings_path, 0o666)',
    fix: 'os.chmod(settings_path, 0o600)  # owner only; 0o640 with a service group where one is needed',
    references: ['https://cwe.mitre.org/data/definitions/732.html', 'https://docs.python.org/3/library/os.html#os.chmod'],
  },
  visit: { call: check },
});
