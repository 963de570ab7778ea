import { describe, expect, it } from 'vitest';
import { analyzeSources, type SourceFile } from '../analyze-source.js';
import { buildModel } from '../frameworks/index.js';
import type { FileFactsData } from './facts.js';
import { Program } from './program.js';
import { calleesFirst } from './run-order.js';

function programOf(sources: SourceFile[]): Program {
  const facts = analyzeSources(sources, []).files.map((f) => f.facts).filter((f): f is FileFactsData => !!f);
  return new Program(facts, buildModel(), { stdlibSources: false });
}

describe('calleesFirst', () => {
  it('puts every function after the project functions it calls, across modules and through self', () => {
    const program = programOf([
      { path: 'app/util.py', source: 'def clean(x):\n    return x.strip()\n' },
      {
        path: 'app/views.py',
        source: [
          'from app.util import clean',
          'def view(request):',
          '    return helper(request.GET["q"])',
          'def helper(q):',
          '    return clean(q)',
          'class Page:',
          '    def render(self):',
          '        return self.body()',
          '    def body(self):',
          '        return helper("x")',
        ].join('\n'),
      },
    ]);
    const ids = [...program.functions.keys()].filter((id) => !id.endsWith('<module>'));
    const order = calleesFirst(program, ids);
    expect([...order].sort()).toEqual([...ids].sort());
    const before = (a: string, b: string) => expect(order.indexOf(a), `${a} before ${b}`).toBeLessThan(order.indexOf(b));
    before('app.util.clean', 'app.views.helper');
    before('app.views.helper', 'app.views.view');
    before('app.views.Page.body', 'app.views.Page.render');
    before('app.views.helper', 'app.views.Page.body');
  });

  it('keeps the given order where nothing calls anything, and cuts a cycle where the walk meets it again', () => {
    const program = programOf([
      { path: 'm.py', source: 'def a():\n    return b()\ndef b():\n    return a()\ndef c():\n    return 1\ndef d():\n    return 2\n' },
    ]);
    expect(calleesFirst(program, ['m.d', 'm.c'])).toEqual(['m.d', 'm.c']);
    // a calls b calls a: b is placed first (its call back to a is the cut), then a.
    expect(calleesFirst(program, ['m.a', 'm.b', 'm.c'])).toEqual(['m.b', 'm.a', 'm.c']);
  });

  it('ignores callees outside the functions it orders (module code, other libraries)', () => {
    const program = programOf([{ path: 'm.py', source: 'import os\ndef a():\n    return os.getcwd()\n' }]);
    expect(calleesFirst(program, ['m.a'])).toEqual(['m.a']);
  });
});
