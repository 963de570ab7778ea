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
  aiohttp: 0.82, // TPR 0.91 FPR 0.09 (20/22, 2/23), modelled; raise HTTPFound seen
  bottle: 0.85, // TPR 1.00 FPR 0.14 (7/7, 1/7), modelled
  connexion: 0.90, // TPR 0.95 FPR 0.05 (19/20, 1/20), modelled
  django: 0.58, // TPR 0.68 FPR 0.10 (21/31, 3/31): was 0.77 on 9/9; re-measured after the library cases (Django forms, psycopg2, pymongo, redis) and the upload cases (434, 770, 22) were added
  falcon: 0.66, // TPR 0.78 FPR 0.11 (7/9, 1/9): was 0.87 on 7/8 cases; re-measured on the unchanged engine after the CWE-113 review added three Falcon header cases
  flask: 0.46, // TPR 0.61 FPR 0.14 (43/71, 10/73): was 0.51 on 35/35; re-measured on the unchanged engine after the library cases (WTForms, SQLAlchemy, psycopg2, pymongo, redis, marshmallow, pydantic) and the upload cases (434, 770, 22) were added
  flask_restful: 1.00, // TPR 1.00 FPR 0.00 (11/11, 0/11), modelled; reqparse types and choices neutral
  flask_restx: 0.76, // TPR 1.00 FPR 0.23 (11/11, 3/13): was 0.83 on 12/12; re-measured on the unchanged engine after the CWE-113 review relabelled resource-header.py safe (Werkzeug refuses CR/LF)
  graphql: 0.95, // TPR 0.95 FPR 0.00 (19/20, 0/22), modelled
  http_server: 0.75, // TPR 0.80 FPR 0.05 (16/20, 1/21), modelled
  starlette: 0.91, // TPR 0.91 FPR 0.00 (21/23, 0/24), modelled
  tornado: 0.69, // TPR 0.74 FPR 0.04 (17/23, 1/24), modelled
  wsgi: 0.76, // TPR 0.76 FPR 0.00 (16/21, 0/20): was 0.80 on 20/20; re-measured on the unchanged engine after the CWE-113 review added a WSGI middleware header case
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
