// Flask config classes another module loads with `app.config.from_object(ProductionConfig)`. The
// module that defines the class records, as a trait of the class, that nothing in its lineage sets
// MAX_CONTENT_LENGTH; the module that loads it reports through that trait, so the finding stands
// only when the class really leaves the limit out, wherever it lives.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { classAssignments, moduleClasses } from '../support/classes.js';

export const NO_UPLOAD_LIMIT = 'flask:config-without-max-content-length';

const CONFIG_CLASS = /(Config|Settings|Configuration)$/;
const PLAIN_BASES = new Set(['object', 'builtins.object']);

/**
 * Whether the class's lineage sets the key: true, false, or null when a base is defined elsewhere
 * (the key may be there) or the class does something a plain attribute list does not.
 */
function lineageSets(cls: SyntaxNode, key: string, classes: Map<string, SyntaxNode>, ctx: RuleContext, depth = 0): boolean | null {
  if (depth > 8) return null;
  const body = cls.childForFieldName('body')?.text ?? '';
  if (classAssignments(cls).has(key) || new RegExp(`\\b${key}\\b`).test(body)) return true;
  // setattr, properties or __init_subclass__ may set anything.
  if (/\bsetattr\s*\(|@property|__init_subclass__|__getattr__/.test(body)) return null;
  let known = true;
  for (const b of cls.childForFieldName('superclasses')?.namedChildren ?? []) {
    if (b.type === 'comment') continue;
    if (b.type === 'keyword_argument') return null;
    const local = b.type === 'identifier' ? classes.get(b.text) : undefined;
    if (local && local.id !== cls.id) {
      const sets = lineageSets(local, key, classes, ctx, depth + 1);
      if (sets !== false) return sets;
    } else if (!PLAIN_BASES.has(ctx.names.qualifiedName(b) ?? b.text)) known = false;
  }
  return known ? false : null;
}

/** Records NO_UPLOAD_LIMIT on each config class of the module whose whole lineage is here and never sets the limit. */
export function noteConfigClasses(root: SyntaxNode, ctx: RuleContext): void {
  if (!ctx.trait) return;
  const classes = moduleClasses(root);
  for (const [name, cls] of classes) {
    if (!CONFIG_CLASS.test(name)) continue;
    // A Flask config class is a list of upper-case settings; pydantic and others are not loaded by from_object.
    if (![...classAssignments(cls).keys()].some((k) => /^[A-Z][A-Z0-9_]+$/.test(k))) continue;
    if (lineageSets(cls, 'MAX_CONTENT_LENGTH', classes, ctx) === false) ctx.trait(`${ctx.module}.${name}`, NO_UPLOAD_LIMIT);
  }
}

/**
 * The config class an app loads, when the module's only config loading is one
 * `app.config.from_object(Name)` (or its dotted-string form): the class's qualified name as this
 * module writes it. Null when the config also comes from files, the environment or a mapping.
 */
export function loadedConfigClass(root: SyntaxNode, ctx: RuleContext, loaders: RegExp): string | null {
  let found: string | null = null;
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (let i = 0; i < n.namedChildCount; i++) stack.push(n.namedChild(i)!);
    if (n.type !== 'call' || !loaders.test(n.text.slice(0, 200))) continue;
    const f = n.childForFieldName('function');
    if (f?.type !== 'attribute' || !f.childForFieldName('object')?.text.endsWith('.config')) continue;
    count++;
    if (f.childForFieldName('attribute')?.text !== 'from_object') return null;
    const args = (n.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'comment');
    const arg = args.length === 1 ? args[0]! : null;
    const str = arg ? ctx.constant(arg) : undefined;
    if (str?.kind === 'str' && /^[A-Za-z_][\w.]*\.[A-Za-z_]\w*$/.test(str.value)) found = str.value;
    else if (arg && (arg.type === 'identifier' || arg.type === 'attribute')) found = ctx.names.qualifiedName(arg);
    else return null;
  }
  return count === 1 ? found : null;
}
