import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, keywordArgument } from '../support/calls.js';

const ALWAYS = new Set([
  'pickle.load', 'pickle.loads', 'pickle.Unpickler',
  'cPickle.load', 'cPickle.loads', 'cPickle.Unpickler',
  '_pickle.load', '_pickle.loads', '_pickle.Unpickler',
  'dill.load', 'dill.loads', 'dill.Unpickler',
  'cloudpickle.load', 'cloudpickle.loads',
  'jsonpickle.decode', 'jsonpickle.unpickler.decode',
  'shelve.open',
  'pandas.read_pickle',
  'joblib.load',
]);

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name) return;
  if (ALWAYS.has(name)) {
    ctx.report(node, { message: `${name}() runs code chosen by whoever wrote the data. Check: who can write what it reads (a cache, a file, a queue) and whether the bytes are signed` });
    return;
  }
  // torch.load unpickles unless weights_only=True (the default only from PyTorch 2.6).
  if (name === 'torch.load') {
    const w = ctx.constant(keywordArgument(node, 'weights_only'));
    if (w?.kind === 'bool' && w.value) return;
    ctx.report(node, { message: 'torch.load() without weights_only=True unpickles arbitrary objects. Check: who can write the model file' });
  }
}

export const pickleLoad = defineRule({
  id: 'PY-DESER-PICKLE',
  title: 'Pickle-based deserialization',
  cwe: [502],
  asvs: { '5.0.0': ['V1.5.2'], '4.0.3': ['V5.5.3', 'V5.5.1'] },
  severity: 'high',
  // The taint rule PY-INJ-DESER reports the same call when request data reaches it;
  // this no-dataflow fallback marks every other use for review.
  confidence: 'low',
  // Deserialising files and caches is safe when only the application writes them: a person checks that.
  kind: 'hotspot',
  needs: [{ kind: 'api', families: ['pickle'] }],
  bandit: ['B301', 'B403'],
  docs: {
    what:
      'Finds pickle/cPickle/_pickle load, loads and Unpickler, dill, cloudpickle, jsonpickle.decode, shelve.open, ' +
      'pandas.read_pickle, joblib.load and torch.load without weights_only=True. Reported at low confidence: a ' +
      'taint finding at the same call (request data reaching it) supersedes this one and is the vulnerability; every ' +
      'other use (files, caches, queues) is a hotspot: safe only if nobody else can write the bytes.',
    why: 'Unpickling calls __reduce__ of the stored objects: data from an attacker runs the attacker\'s code on the server.',
    example: 'cart = pickle.loads(base64.b64decode(request.COOKIES["cart"]))',
    fix: 'Store data as JSON (json.loads) and validate it; if objects must cross a trust boundary, sign them (django.core.signing) and never unpickle unsigned bytes.',
    references: [
      'https://cwe.mitre.org/data/definitions/502.html',
      'https://docs.python.org/3/library/pickle.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html',
    ],
  },
  visit: { call: check },
});
