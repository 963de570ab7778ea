// A shell parses a command assembled at run time: safe only if no piece can carry shell syntax. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, keywordArgument, positionalArguments } from '../support/calls.js';
import { isTestPath } from '../support/test-paths.js';

const SUBPROCESS = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen', 'subprocess.getoutput', 'subprocess.getstatusoutput']);
const ALWAYS_SHELL = new Set(['os.system', 'os.popen', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'commands.getoutput', 'asyncio.create_subprocess_shell']);

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const name = calleeName(node, ctx);
  if (!name) return;
  const always = ALWAYS_SHELL.has(name);
  if (!always && !SUBPROCESS.has(name)) return;
  if (!always) {
    const shell = ctx.constant(keywordArgument(node, 'shell'));
    if (shell?.kind !== 'bool' || !shell.value) return;
  }
  const command = positionalArguments(node)[0] ?? keywordArgument(node, 'args') ?? keywordArgument(node, 'cmd') ?? keywordArgument(node, 'command');
  if (!command || ctx.constant(command)) return;
  ctx.report(node, {
    message: `${name}() runs ${command.text.slice(0, 40)} through a shell: check that no piece can come from a user (or pass an argument list without shell=True)`,
  });
}

export const shellCommand = defineRule({
  id: 'PY-INJ-SHELL-DYNAMIC',
  title: 'Non-constant command run through a shell',
  cwe: [78],
  asvs: { '5.0.0': ['V1.2.5'], '4.0.3': ['V5.3.8'] },
  severity: 'medium',
  confidence: 'low',
  kind: 'hotspot',
  needs: [{ kind: 'api', families: ['subprocess'] }],
  bandit: ['B602', 'B605'],
  docs: {
    what:
      'A hotspot for subprocess calls with shell=True, os.system(), os.popen() and subprocess.getoutput() given a command that is ' +
      'not a constant, where no request data is seen to reach it (where it is, PY-INJ-COMMAND reports the vulnerability). ' +
      'Check where each piece of the command comes from.',
    why: 'The shell interprets ;, |, $() and backticks in any piece of the command: one user-influenced piece runs arbitrary programs.',
    example: 'subprocess.run(f"convert {path} out.png", shell=True)',
    fix: 'subprocess.run(["convert", path, "out.png"], check=True)',
    references: ['https://cwe.mitre.org/data/definitions/78.html', 'https://docs.python.org/3/library/subprocess.html#security-considerations'],
  },
  visit: { call: check },
});
