// The lint rule that enforces DESIGN.md's import directions really rejects a forbidden import.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('rejects the analyzer importing the store', async () => {
    const msgs = await messagesFor('analyzer/probe.ts', "import { x } from '../store/db.js';\nexport const y = x;\n");
    expect(msgs.join('\n')).toMatch(/analyzer\/ must not import store\//);
  });

  it('rejects the renderer importing node or the store', async () => {
    expect((await messagesFor('renderer/probe.ts', "import fs from 'node:fs';\nexport const y = fs;\n")).length).toBe(1);
    expect((await messagesFor('renderer/probe.ts', "import { x } from '../store/db.js';\nexport const y = x;\n")).length).toBe(1);
  });

  it('rejects the cli importing electron and the store importing report', async () => {
    expect((await messagesFor('cli/probe.ts', "import { x } from '../electron/main.js';\nexport const y = x;\n")).length).toBe(1);
    expect((await messagesFor('store/probe.ts', "import { x } from '../report/html.js';\nexport const y = x;\n")).length).toBe(1);
  });

  it('rejects domain/ importing any room or package', async () => {
    expect((await messagesFor('domain/probe.ts', "import { x } from '../store/db.js';\nexport const y = x;\n")).join('\n')).toMatch(/domain\/ imports nothing/);
    expect((await messagesFor('domain/probe.ts', "import fs from 'node:fs';\nexport const y = fs;\n")).length).toBe(1);
    expect(await messagesFor('domain/probe.ts', "import { SEVERITIES } from './severity.js';\nexport const y = SEVERITIES;\n")).toEqual([]);
  });

  it('allows the directions DESIGN.md allows', async () => {
    expect(await messagesFor('store/probe.ts', "import type { Finding } from '../analyzer/types.js';\nexport type F = Finding;\n")).toEqual([]);
    expect(await messagesFor('renderer/probe.ts', "import type { Api } from '../electron/ipc-contract.js';\nexport type A = Api;\n")).toEqual([]);
    expect(await messagesFor('cli/probe.ts', "import { x } from '../report/html.js';\nexport const y = x;\n")).toEqual([]);
    expect(await messagesFor('analyzer/probe.ts', "import { satisfies } from '@renovatebot/pep440';\nexport const y = satisfies;\n")).toEqual([]);
    expect((await messagesFor('analyzer/probe.ts', "import { Models } from '@cyclonedx/cyclonedx-library';\nexport const y = Models;\n")).length).toBe(1);
  });
});
