// setup.cfg: [options] install_requires and [options.extras_require], INI with indented
// continuation lines (setuptools' dangling-list syntax), read line by line.
import type { Dependency, InventoryProblem, ReadOutcome } from './model.js';
import { dependencyOf, parseRequirement } from './names.js';

interface IniValue {
  section: string;
  key: string;
  /** Each non-empty piece with its line: the first line's text after `=`, then continuations. */
  items: Array<{ text: string; line: number }>;
}

function iniValues(text: string): IniValue[] {
  const out: IniValue[] = [];
  let section = '';
  let current: IniValue | null = null;
  text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') return;
    const header = /^\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      section = header[1]!.trim();
      current = null;
      return;
    }
    if (/^\s/.test(raw) && current) {
      current.items.push({ text: raw.trim(), line });
      return;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (!kv) return;
    current = { section, key: kv[1]!.trim(), items: [] };
    if (kv[2]!.trim()) current.items.push({ text: kv[2]!.trim(), line });
    out.push(current);
  });
  return out;
}

export function readSetupCfg(path: string, text: string): ReadOutcome {
  const deps: Dependency[] = [];
  const problems: InventoryProblem[] = [];
  const add = (item: { text: string; line: number }, groups: string[]) => {
    // Inline comments and `;`-separated lists are not requirements; a marker begins with `;` after a space.
    const body = item.text.replace(/\s+#.*$/, '').trim();
    if (!body) return;
    if (body.startsWith('file:') || body.startsWith('attr:')) {
      problems.push({ path, line: item.line, message: `"${body}" points elsewhere; not followed` });
      return;
    }
    const req = parseRequirement(body);
    if (typeof req === 'string') problems.push({ path, line: item.line, message: `not a requirement: ${req}` });
    else deps.push(dependencyOf({ ...req, path, line: item.line, groups }));
  };
  for (const v of iniValues(text)) {
    if (v.section === 'options' && v.key === 'install_requires') for (const item of v.items) add(item, ['main']);
    else if (v.section === 'options.extras_require') for (const item of v.items) add(item, [v.key]);
  }
  return { dependencies: deps, problems };
}
