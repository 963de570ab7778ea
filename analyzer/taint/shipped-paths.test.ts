// Paths of files that ship with the code (built from the module's own location and constants) are
// told apart from paths with any part chosen elsewhere (a parameter, a stored value, the working folder).
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../file-analysis.js';
import type { Expr, Stmt } from './ir.js';
import { isShippedPath } from './shipped-paths.js';

const SOURCE = `import os
import importlib.resources
import pkg_resources
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = Path(__file__).resolve().parent


def probe(name, row):
    local = os.path.join(HERE, "conf")
    check(os.path.join(HERE, "a.tpl"))
    check(BASE / "b.tpl")
    check(os.path.join(local, "c.tpl"))
    check(importlib.resources.files(__package__).joinpath("d.tpl"))
    check(pkg_resources.resource_filename(__name__, "e.tpl"))
    check(pkg_resources.resource_filename("shop.mail", "f.tpl"))
    check(os.path.join(HERE, name))
    check(row[0])
    check("templates/g.tpl")
    check(pkg_resources.resource_filename("otherpkg", "h.tpl"))
    check(os.path.join(os.getcwd(), "i.tpl"))
`;

function checkedArgs() {
  const facts = analyzeFile('shop/mail/render.py', SOURCE, [], new Set()).facts!;
  const fn = facts.functions.find((f) => f.name === 'probe')!;
  const args = fn.body.flatMap((s: Stmt) => (s.k === 'expr' && s.e.k === 'call' && s.e.fn.k === 'name' && s.e.fn.id === 'check' ? [s.e.args[0]!] : []));
  return { args: args as Expr[], fn, facts };
}

describe('isShippedPath', () => {
  it('accepts __file__, the module folder, its package resources and constants; refuses any other part', () => {
    const { args, fn, facts } = checkedArgs();
    expect(args.map((a) => isShippedPath(a, fn, facts))).toEqual([true, true, true, true, true, true, false, false, false, false, false]);
  });
});
