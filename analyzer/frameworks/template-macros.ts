// Jinja2 macros whose body writes a parameter where escaping does not protect it, and the calls
// that hand such a parameter a context variable: `{{ back_link(back) }}` with
// `{% macro back_link(target) %}<a href="{{ target }}">` writes `back` at the start of an href.
import { riskyOutputs, type OutputContext } from './template-output-contexts.js';

/** A macro's parameters, and the contexts its body writes some of them in where escaping does not protect them. */
export interface Macro {
  params: string[];
  risky: Map<string, OutputContext>;
}

const MACRO = /\{%-?\s*macro\s+([A-Za-z_]\w*)\s*\(([^)]*)\)\s*-?%\}([\s\S]*?)\{%-?\s*endmacro\s*-?%\}/g;
export const FROM_IMPORT = /\{%-?\s*from\s+(['"])([^'"]{1,300})\1\s+import\s+([\w\s,]+?)\s*(?:with(?:out)?\s+context\s*)?-?%\}/g;
export const IMPORT_AS = /\{%-?\s*import\s+(['"])([^'"]{1,300})\1\s+as\s+([A-Za-z_]\w*)/g;
const MACRO_CALL = /\{\{-?\s*([A-Za-z_][\w.]*)\s*\(([^{}]*)\)/g;

export function macrosIn(text: string, limit: number): Map<string, Macro> {
  const out = new Map<string, Macro>();
  if (text.length > limit || !text.includes('macro')) return out;
  for (const m of text.matchAll(MACRO)) {
    const params = m[2]!.split(',').map((p) => p.split('=')[0]!.trim()).filter(Boolean);
    const risky = new Map<string, OutputContext>();
    for (const o of riskyOutputs(m[3]!)) if (params.includes(o.name) && !risky.has(o.name)) risky.set(o.name, o.context);
    if (risky.size > 0) out.set(m[1]!, { params, risky });
  }
  return out;
}

/** Top-level comma-separated arguments of a call's text (quotes and brackets kept whole). */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/** Variables handed to a macro parameter its body writes unprotected: `{{ back_link(back) }}`. */
export function macroArguments(text: string, macros: ReadonlyMap<string, Macro>): Array<{ name: string; context: OutputContext; offset: number }> {
  const out: Array<{ name: string; context: OutputContext; offset: number }> = [];
  for (const m of text.matchAll(MACRO_CALL)) {
    const macro = macros.get(m[1]!);
    if (!macro) continue;
    splitArgs(m[2]!).forEach((arg, i) => {
      const kw = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/.exec(arg);
      const param = kw ? kw[1]! : macro.params[i];
      const value = kw ? kw[2]! : arg;
      const context = param ? macro.risky.get(param) : undefined;
      const root = /^[A-Za-z_]\w*/.exec(value)?.[0];
      if (!context || !root || ['true', 'false', 'none', 'True', 'False', 'None'].includes(root)) return;
      // A filter after the argument that neutralises it in that context is judged by the body's rules.
      if (/\|\s*(tojson|urlencode|int|float|length|count|e|escape)\b/.test(value) && context !== 'safe-filter') return;
      out.push({ name: root, context, offset: m.index });
    });
  }
  return out;
}
