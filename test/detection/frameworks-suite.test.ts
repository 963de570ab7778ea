// The frameworks suite (issue 14): request handling beyond the four modelled frameworks, and the
// libraries inside flask/django apps. The cases were written before the models, by an author who did
// not read analyzer/, so its labels never adapt to the engine. Two things are held here: the labels are
// well formed, and a ratchet — per framework, TPR − FPR never drops below what it measured when the
// suite landed. The frameworks engineer raises a floor as a framework is modelled; nobody lowers one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../domain/index.js';
import { evaluate, readLabels, scoreFrameworks } from './eval.js';
import { labelProblems, oneSidedClasses } from './suite-labels.js';

const DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'frameworks');

/**
 * The framework ids agreed in the team brief that domain FRAMEWORKS does not list yet (it lists only
 * what the analyzer models). The frameworks engineer moves each id into domain FRAMEWORKS when its
 * model lands, and deletes it here.
 */
const NOT_YET_MODELLED: string[] = [];
const ACCEPTED = [...new Set<string>([...FRAMEWORKS, ...NOT_YET_MODELLED])];

/** TPR − FPR per framework: as measured when the suite landed, raised to what a model measures when it lands. */
const FLOORS: Readonly<Record<string, number>> = {
  // Raised at stop 22 to what the merged engine measures on the 700-case suite (after the CWE-113
  // review, the library and upload cases, and that stop's library models).
  aiohttp: 0.96, // raised to TPR 1.00 FPR 0.04 (25/25, 1/28) (Location in a Response's headers, aiohttp_jinja2 set up with autoescape off), session 10 s10-fn; raised to TPR 0.88 FPR 0.04 (22/25, 1/28) with template files, main 8fabe3e; lowered from 0.83 for the session-6 template-file pairs (TPR 0.80 FPR 0.04, 20/25, 1/28 on the engine of main 22fe5d5); lowered from 0.86 for the session-6 second-order pair, scored at the hotspot tier (TPR 0.87 FPR 0.04, 20/23, 1/26 on the unchanged engine); TPR 0.91 FPR 0.04 (20/22, 1/25) with the marshmallow/pydantic loaders
  bottle: 0.95, // TPR 1.00 FPR 0.05 (21/21, 1/21)
  connexion: 0.95, // raised to TPR 1.00 FPR 0.05 (20/20, 1/21) with returned header tuples judged by App/AsyncApp, session 7; TPR 0.95 FPR 0.05 (19/20, 1/21)
  django: 0.73, // raised to TPR 0.84 FPR 0.11 (32/38, 4/38), main 8fabe3e; lowered from 0.68 for the session-6 template-file pairs (TPR 0.74 FPR 0.11, 28/38, 4/38 on the engine of main 22fe5d5); lowered from 0.70 for the session-6 second-order pair, scored at the hotspot tier (TPR 0.80 FPR 0.11, 28/35, 4/35 on the unchanged engine); TPR 0.82 FPR 0.12 (28/34, 4/34); lowered from 0.74 for the session-5 marshmallow/pydantic/template cases
  falcon: 0.90, // raised to TPR 1.00 FPR 0.10 (21/21, 2/21) with Falcon header sinks (downloadable_as, raised redirects), session 7; TPR 0.90 FPR 0.10 (19/21, 2/21)
  flask: 0.80, // raised to TPR 0.88 FPR 0.08 (90/102, 8/104), main 8fabe3e; lowered from 0.78 for the session-6 template-file and Flask-WTF CSRF cases (TPR 0.81 FPR 0.09, 82/101, 9/103 on the unchanged engine); lowered from 0.79 for the session-6 second-order pair, scored at the hotspot tier (TPR 0.86 FPR 0.07, 80/93, 7/95 on the unchanged engine); TPR 0.87 FPR 0.07 (80/92, 7/94) with the marshmallow/pydantic loaders and template contexts
  flask_restful: 1.00, // TPR 1.00 FPR 0.00 (21/21, 0/21)
  flask_restx: 0.95, // TPR 1.00 FPR 0.04 (21/21, 1/23)
  graphql: 1.00, // raised to TPR 1.00 FPR 0.00 (20/20, 0/22) with strawberry's info.context response, session 7; TPR 0.95 FPR 0.00 (19/20, 0/22)
  http_server: 0.95, // raised to TPR 0.95 FPR 0.00 (20/21, 0/21) (send_header Location redirects, a written page judged by the text it was built as), session 10 s10-fn; raised to TPR 0.86 FPR 0.05 (18/21, 1/21) with raw header lines in wfile.write, session 7; TPR 0.81 FPR 0.05 (17/21, 1/21)
  starlette: 0.96, // raised to TPR 1.00 FPR 0.04 (25/25, 1/25) (a BackgroundTask judged as the call it makes), session 10 s10-fn; lowered from 0.95 for the session-6 second-order pair at the hotspot tier (TPR 0.96 FPR 0.04, 24/25, 1/25 on the engine of main 22fe5d5: the safe twin's validation in a helper is missed); TPR 0.96 FPR 0.00 (23/24, 0/24)
  tornado: 0.96, // raised to TPR 1.00 FPR 0.04 (25/25, 1/28) (AsyncHTTPClient.fetch, Subprocess through a shell, Motor, set_header Location, Application autoescape=None), session 10 s10-fn; raised to TPR 0.80 FPR 0.04 (20/25, 1/28), s7-tmpl (media src is no URL context); TPR 0.80 FPR 0.07 (20/25, 2/28), main 8fabe3e; lowered from 0.73 for the session-6 template-file and second-order pairs (TPR 0.72 FPR 0.04, 18/25, 1/28 on the engine of main 22fe5d5); TPR 0.77 FPR 0.04 (17/22, 1/25)
  wsgi: 1.00, // raised to TPR 1.00 FPR 0.00 (21/21, 0/20) (start_response Location pair, returned body items that build markup), session 10 s10-fn; raised to TPR 0.86 FPR 0.00 (18/21, 0/20) with start_response header sinks, main 8fabe3e; TPR 0.76 FPR 0.00 (16/21, 0/20)
};

describe('frameworks suite labels', () => {
  const labels = readLabels(join(DIR, 'labels.csv'));

  it('match the cases on disk one to one, with agreed framework ids', () => {
    expect(labelProblems(labels, join(DIR, 'cases'), ACCEPTED)).toEqual([]);
  });

  it('have vulnerable and safe cases in every class', () => {
    expect(oneSidedClasses(labels)).toEqual([]);
  });

  it('give every connexion case its OpenAPI document beside the handlers', () => {
    const withoutSpec = labels
      .filter((l) => l.framework === 'connexion')
      .filter((l) => {
        const abs = join(DIR, 'cases', l.case);
        return !statSync(abs).isDirectory() || !readdirSync(abs).some((f) => /^openapi\.(ya?ml|json)$/.test(f));
      })
      .map((l) => l.case);
    expect(withoutSpec).toEqual([]);
  });

  it('has a floor for every framework it labels', () => {
    expect(existsSync(join(DIR, 'README.md'))).toBe(true);
    expect([...new Set(labels.map((l) => l.framework))].filter((f) => !(f in FLOORS)).sort()).toEqual([]);
  });
});

describe('frameworks suite ratchet', () => {
  const results = evaluate(join(DIR, 'cases'), readLabels(join(DIR, 'labels.csv')));

  it('holds every framework at or above its floor of TPR − FPR', () => {
    const below = scoreFrameworks(results)
      .filter((r) => r.diff < (FLOORS[r.framework] ?? 0) - 1e-9)
      .map((r) => `${r.framework}: ${r.diff.toFixed(2)} < ${FLOORS[r.framework]}`);
    expect(below).toEqual([]);
  });
});
