import { defineRule } from '../../rule.js';

// Loaders that construct arbitrary Python objects. `yaml.load` is only safe with SafeLoader/CSafeLoader
// (or BaseLoader), passed positionally or as Loader=.
const SAFE_LOADERS = new Set([
  'yaml.SafeLoader',
  'yaml.CSafeLoader',
  'yaml.BaseLoader',
  'yaml.CBaseLoader',
  'yaml.loader.SafeLoader',
]);
const ALWAYS_UNSAFE = new Set(['yaml.unsafe_load', 'yaml.unsafe_load_all', 'yaml.full_load', 'yaml.full_load_all']);

export const yamlUnsafeLoad = defineRule({
  id: 'PY-DESER-YAML',
  title: 'YAML loaded with a loader that builds arbitrary objects',
  cwe: [502],
  asvs: { '5.0.0': ['V1.5.2'], '4.0.3': ['V5.5.3'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['yaml'] }],
  bandit: ['B506'],
  docs: {
    what: 'Finds yaml.load/load_all without a safe Loader, and yaml.unsafe_load/full_load.',
    why: 'YAML tags such as !!python/object/apply run constructors while loading: a crafted document executes code.',
    example: 'config = yaml.load(request.body, Loader=yaml.Loader)',
    fix: 'config = yaml.safe_load(request.body)',
    byFramework: {
      flask: { example: "config = yaml.load(request.data, Loader=yaml.Loader)", fix: "config = yaml.safe_load(request.data)" },
      fastapi: { example: "config = yaml.load(await request.body(), Loader=yaml.Loader)", fix: "config = yaml.safe_load(await request.body())" },
    },
    references: ['https://cwe.mitre.org/data/definitions/502.html', 'https://pyyaml.org/wiki/PyYAMLDocumentation'],
  },
  visit: {
    call(node, ctx) {
      const name = ctx.names.qualifiedName(node.childForFieldName('function'));
      if (!name) return;
      if (ALWAYS_UNSAFE.has(name)) {
        ctx.report(node, { message: `${name}() constructs arbitrary Python objects from the document` });
        return;
      }
      if (name !== 'yaml.load' && name !== 'yaml.load_all') return;
      const args = node.childForFieldName('arguments');
      let loader: string | null = null;
      let loaderGiven = false;
      let positional = 0;
      for (const arg of args?.namedChildren ?? []) {
        if (arg.type === 'keyword_argument') {
          if (arg.childForFieldName('name')?.text === 'Loader') {
            loaderGiven = true;
            loader = ctx.names.qualifiedName(arg.childForFieldName('value'));
          }
        } else if (arg.type !== 'comment') {
          positional++;
          if (positional === 2) {
            loaderGiven = true;
            loader = ctx.names.qualifiedName(arg);
          }
        }
      }
      if (loader && SAFE_LOADERS.has(loader)) return;
      ctx.report(node, {
        message: loaderGiven
          ? `${name}() with Loader=${loader ?? 'an unknown loader'} can construct arbitrary objects`
          : `${name}() without a Loader uses an unsafe default on old PyYAML and fails on new`,
      });
    },
  },
});
