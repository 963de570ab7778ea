// The access-control suite (issue 15): endpoints without authentication, privileged endpoints without
// authorization, object-level authorization (IDOR), unthrottled authentication endpoints, whole-model
// exposure, mass assignment and debug/traceback exposure, in django, drf, flask and fastapi. The cases
// were written before the rules, by an author who did not read analyzer/. Held here: the labels are well
// formed, and a ratchet — per CWE and per framework, TPR − FPR never drops below what it measured when
// the suite landed. The access-control rules raise the floors as they land; nobody lowers one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../domain/index.js';
import { evaluate, readLabels, score, scoreFrameworks } from './eval.js';
import { labelProblems, oneSidedClasses } from './suite-labels.js';

const DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'access');

/** The access-control classes of issue 15; every case is labelled with one of them. */
const CLASSES = [306, 862, 285, 639, 307, 213, 915, 209];

/** TPR − FPR per CWE: what the suite measured when it landed, raised where the inventory rules now score. */
const FLOORS: Readonly<Record<number, number>> = {
  209: 1.00, // TPR 1.00 FPR 0.00 (27/27, 0/27), s13-acc
  213: 1.00, // TPR 1.00 FPR 0.00 (26/26, 0/27), s13-acc
  306: 1.00, // TPR 1.00 FPR 0.00 (45/45, 0/49), s13-acc
  307: 1.00, // TPR 1.00 FPR 0.00 (27/27, 0/27), s11-307
  639: 1.00, // TPR 1.00 FPR 0.00 (39/39, 0/40), s13-acc
  862: 1.00, // TPR 1.00 FPR 0.00 (33/33, 0/34), s13-acc
  915: 1.00, // TPR 1.00 FPR 0.00 (26/26, 0/26), s13-acc
};

/** TPR − FPR per framework, pooled over the classes, as measured when the suite landed. */
const FRAMEWORK_FLOORS: Readonly<Record<string, number>> = {
  django: 1.00, // TPR 1.00 FPR 0.00 (30/30, 0/32), s11-307
  drf: 1.00, // TPR 1.00 FPR 0.00 (27/27, 0/29), s13-acc
  fastapi: 1.00, // TPR 1.00 FPR 0.00 (26/26, 0/28), s11-307
  flask: 1.00, // TPR 1.00 FPR 0.00 (30/30, 0/30), s11-307
  flask_restful: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/10), s12-acc
  tornado: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/10), s12-acc
  // Session 6 (306 / 862 / 639 in each framework's own guards), measured on the unchanged engine:
  aiohttp: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/10), s13-acc
  bottle: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/10), s13-acc
  connexion: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/11), s13-acc
  falcon: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/10), s12-acc
  flask_restx: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/10), s11-exp
  graphql: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/10), s13-acc
  http_server: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/10), s12-acc
  starlette: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/10), s13-acc
  wsgi: 1.00, // TPR 1.00 FPR 0.00 (10/10, 0/10), s13-acc
};

describe('access suite labels', () => {
  const labels = readLabels(join(DIR, 'labels.csv'));

  it('match the cases on disk one to one', () => {
    expect(labelProblems(labels, join(DIR, 'cases'), FRAMEWORKS)).toEqual([]);
  });

  it('label only the access-control classes, each both ways', () => {
    expect(labels.filter((l) => !CLASSES.includes(l.cwe)).map((l) => l.case)).toEqual([]);
    expect(oneSidedClasses(labels)).toEqual([]);
  });

  it('has a floor for every class and framework it labels', () => {
    expect(existsSync(join(DIR, 'README.md'))).toBe(true);
    expect([...new Set(labels.map((l) => l.cwe))].filter((c) => !(c in FLOORS)).sort()).toEqual([]);
    expect([...new Set(labels.map((l) => l.framework))].filter((f) => !(f in FRAMEWORK_FLOORS)).sort()).toEqual([]);
  });
});

describe('access suite ratchet', () => {
  const results = evaluate(join(DIR, 'cases'), readLabels(join(DIR, 'labels.csv')));

  it('holds every class at or above its floor of TPR − FPR', () => {
    const below = score(results)
      .classes.filter((c) => c.diff < (FLOORS[c.cwe] ?? 0) - 1e-9)
      .map((c) => `CWE-${c.cwe}: ${c.diff.toFixed(2)} < ${FLOORS[c.cwe]}`);
    expect(below).toEqual([]);
  });

  it('holds every framework at or above its floor of TPR − FPR', () => {
    const below = scoreFrameworks(results)
      .filter((r) => r.diff < (FRAMEWORK_FLOORS[r.framework] ?? 0) - 1e-9)
      .map((r) => `${r.framework}: ${r.diff.toFixed(2)} < ${FRAMEWORK_FLOORS[r.framework]}`);
    expect(below).toEqual([]);
  });
});
