// The requirement-level families must say the same thing in both versions: a 4.0.3 upload
// requirement maps (through the official crosswalk) to a 5.0.0 requirement with the same families,
// and back, except where the crosswalk moves it to a requirement that is not about uploads only.
import { describe, expect, it } from 'vitest';
import { ASVS_VERSIONS, emptyScanFacts, type ScanFacts } from '../domain/index.js';
import { isRequirementId } from './catalogue.js';
import { mapRequirementIds } from './crosswalk.js';
import { judgeRule, REQUIREMENT_FAMILIES } from './preconditions.js';

// 4.0.3 V12.5.2 (uploaded files never run as HTML/JS) moved into 5.0.0 V3.2.1, which covers every response.
const WIDER_IN_THE_OTHER_VERSION = new Set(['4.0.3 V12.5.2']);

describe('requirement families', () => {
  it('name requirements that exist', () => {
    for (const v of ASVS_VERSIONS) for (const id of Object.keys(REQUIREMENT_FAMILIES[v])) expect(isRequirementId(v, id), `${v} ${id}`).toBe(true);
  });

  it('agree across the crosswalk', () => {
    const mismatches: string[] = [];
    for (const from of ASVS_VERSIONS) {
      const to = from === '5.0.0' ? '4.0.3' : '5.0.0';
      for (const [id, families] of Object.entries(REQUIREMENT_FAMILIES[from])) {
        if (WIDER_IN_THE_OTHER_VERSION.has(`${from} ${id}`)) continue;
        for (const other of mapRequirementIds([id], from, to)) {
          const there = REQUIREMENT_FAMILIES[to][other];
          if (!there || [...there].sort().join() !== [...families].sort().join()) mismatches.push(`${from} ${id} → ${to} ${other}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

// Templates the views render but Assay could not look at: the template rules cannot vouch for a
// missing file (nor call "no templates" evidence of absence), and the dataflow into rendered
// templates cannot vouch for a missing file or one chosen at run time. Other rules are not concerned.
describe('template names not examined', () => {
  const facts = (extra: Partial<ScanFacts>): ScanFacts => ({ ...emptyScanFacts(), pythonFiles: 3, templates: 2, handlers: { flask: 2 }, sinks: { xss: 4, sql: 1 }, ...extra });
  const templateRule = { id: 'PY-TMPL-SAFE-FILTER', needs: [{ kind: 'templates' as const }] };
  const xssRule = { id: 'PY-INJ-XSS', needs: [{ kind: 'request_handlers' as const }], sinkKinds: ['xss', 'script-url'] };
  const sqlRule = { id: 'PY-INJ-SQL', needs: [{ kind: 'request_handlers' as const }], sinkKinds: ['sql'] };

  it('examined when every rendered template was found', () => {
    for (const r of [templateRule, xssRule, sqlRule]) expect(judgeRule(r, facts({})).state).toBe('examined');
  });

  it('a missing template blocks the template rules and the dataflow into templates, also with no template files at all', () => {
    const why = /^1 template name the views render resolves to no template file in the repository, so what it writes is not examined$/;
    expect(judgeRule(templateRule, facts({ unresolvedTemplates: 1 }))).toEqual({ state: 'blocked', why: expect.stringMatching(why) });
    expect(judgeRule(templateRule, facts({ unresolvedTemplates: 1, templates: 0 }))).toEqual({ state: 'blocked', why: expect.stringMatching(why) });
    expect(judgeRule(xssRule, facts({ unresolvedTemplates: 1 }))).toEqual({ state: 'blocked', why: expect.stringMatching(why) });
    expect(judgeRule(sqlRule, facts({ unresolvedTemplates: 1 })).state).toBe('examined');
  });

  it('a template chosen at run time blocks the dataflow into templates only', () => {
    expect(judgeRule(xssRule, facts({ runtimeTemplates: 3 }))).toEqual({ state: 'blocked', why: '3 render calls with the template chosen at run time, so what they render is not examined' });
    expect(judgeRule(templateRule, facts({ runtimeTemplates: 3 })).state).toBe('examined');
    expect(judgeRule(xssRule, facts({ unresolvedTemplates: 2, runtimeTemplates: 1 }))).toEqual({
      state: 'blocked',
      why: '2 template names the views render resolve to no template file in the repository, so what they write is not examined; 1 render call with the template chosen at run time, so what it renders is not examined',
    });
  });
});
