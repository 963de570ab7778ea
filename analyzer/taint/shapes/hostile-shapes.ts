// Source shapes that once made the taint interpreter's work explode (found by fuzzing the
// analyzer with generated Python): kept as generators so tests and the bench can build them.

/** `depth` nested for-loops in a Flask view, request data carried to a SQL sink innermost (~1.7 KB at 24). */
export function nestedLoops(depth = 24): string {
  const lines = ['import sqlite3', 'from flask import Flask, request', '', 'app = Flask(__name__)', '', '', "@app.route('/grid')", 'def grid():', "    q = request.args.get('q', '')", '    conn = sqlite3.connect("app.db")', '    acc = ""'];
  let pad = '    ';
  for (let i = 0; i < depth; i++) {
    lines.push(`${pad}for v${i} in range(${i % 3 + 2}):`);
    pad += ' ';
    lines.push(`${pad}acc = acc + q + str(v${i})`);
  }
  lines.push(`${pad}conn.execute("SELECT * FROM t WHERE k = '" + acc + "'")`);
  lines.push('    return "ok"');
  return lines.join('\n') + '\n';
}

/** `depth` comprehensions nested inside each other, over request data. */
export function nestedComprehensions(depth = 60): string {
  let expr = 'q';
  for (let i = 0; i < depth; i++) expr = `[x${i} for x${i} in ${expr}]`;
  return `from flask import request\nimport os\n\ndef view():\n    q = request.args.get('q')\n    r = ${expr}\n    os.system(str(r))\n`;
}

/** An if/elif chain of `n` arms, each assigning from request data. */
export function longElifChain(n = 3000): string {
  const out = ['from flask import request', 'import os', '', 'def view():', "    k = request.args.get('k')", '    cmd = "true"'];
  for (let i = 0; i < n; i++) out.push(`    ${i === 0 ? 'if' : 'elif'} k == "${i}":`, `        cmd = "run " + k + "${i}"`);
  out.push('    else:', '        cmd = k', '    os.system(cmd)');
  return out.join('\n') + '\n';
}

/** A module-level literal table of `n` entries (generated lookup tables, locale data). */
export function hugeLiteralTable(n = 40000): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) rows.push(`    "k${i}": ("v${i}", ${i}, [${i}, ${i + 1}]),`);
  return `TABLE = {\n${rows.join('\n')}\n}\n\ndef lookup(k):\n    return TABLE.get(k)\n`;
}

/** Many loops in sequence inside nested loops: breadth and depth together. */
export function loopGrid(depth = 8, width = 6): string {
  const out = ['from flask import request', 'import os', '', 'def view():', "    a = request.args.get('a')", '    b = ""'];
  let pad = '    ';
  for (let d = 0; d < depth; d++) {
    out.push(`${pad}for i${d} in range(3):`);
    pad += '    ';
    for (let w = 0; w < width; w++) out.push(`${pad}for j${d}_${w} in range(2):`, `${pad}    b = b + a`, `${pad}    a = b`);
  }
  out.push(`${pad}os.system(b)`);
  return out.join('\n') + '\n';
}

/**
 * A copy chain written backwards inside nested loops: each pass of a loop moves the request data
 * one variable further, so every loop needs `chain` passes to settle, at every nesting level.
 */
export function backwardChainLoops(depth = 6, chain = 30): string {
  const out = ['from flask import request', 'import os', '', 'def view():', "    q = request.args.get('q')"];
  for (let i = 0; i <= chain; i++) out.push(`    c${i} = ""`);
  let pad = '    ';
  for (let d = 0; d < depth; d++) {
    out.push(`${pad}for i${d} in range(3):`);
    pad += '    ';
  }
  for (let i = chain; i > 0; i--) out.push(`${pad}c${i} = c${i - 1}`);
  out.push(`${pad}c0 = q`);
  out.push(`    os.system(c${chain})`);
  return out.join('\n') + '\n';
}

/**
 * A chain of `n` functions each calling the next, request data handed to the first and a shell
 * sink in the last: cheap to parse, while the summary fixed point re-runs the chain many times
 * (quadratic in `n`). Long enough that the project-wide pass takes seconds: cancellation tests.
 */
export function callChain(n = 600): string {
  const lines = ['from flask import request', 'import os', ''];
  for (let i = 0; i < n; i++) lines.push(`def f${i}(x):`, `    y = f${i + 1}(x) + x`, '    return y', '');
  lines.push(`def f${n}(x):`, '    os.system(x)', '    return x', '', 'def view():', "    f0(request.args.get('q'))", '');
  return lines.join('\n');
}
