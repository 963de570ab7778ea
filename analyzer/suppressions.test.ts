// Suppression comments: which ids they name and the reason they give, as a person wrote it.
import { describe, expect, it } from 'vitest';
import { parseSuppressionComment } from './suppressions.js';

const parse = (text: string) => parseSuppressionComment(text, 7);

describe('parseSuppressionComment', () => {
  it('keeps the reason of `# nosec B602 -- reason` without the separator', () => {
    expect(parse('subprocess.run(cmd, shell=True)  # nosec B602 -- cmd is a constant')).toEqual({ line: 7, kind: 'nosec', ids: ['B602'], justification: 'cmd is a constant' });
    expect(parse('x()  # nosec B602, B607 - reviewed')?.justification).toBe('reviewed');
    expect(parse('x()  # nosec B602: reviewed')?.justification).toBe('reviewed');
    expect(parse('x()  # nosec -- no ids, a reason')).toMatchObject({ ids: [], justification: 'no ids, a reason' });
    expect(parse('x()  # nosec — em dash')?.justification).toBe('em dash');
  });

  it('a separator alone is no reason', () => {
    expect(parse('x()  # nosec B602 --')?.justification).toBeNull();
    expect(parse('x()  # nosec')?.justification).toBeNull();
    expect(parse('x()  # assay: ignore[PY-INJ-SQL] -- ')?.justification).toBeNull();
  });

  it('keeps dashes inside the reason, and strips the separator of assay: ignore too', () => {
    expect(parse('x()  # nosec B602 -- built-in list, re-checked')?.justification).toBe('built-in list, re-checked');
    expect(parse('x()  # assay: ignore[PY-INJ-SQL, PY-XSS] -- fixed query')).toEqual({ line: 7, kind: 'assay-ignore', ids: ['PY-INJ-SQL', 'PY-XSS'], justification: 'fixed query' });
    expect(parse('x()  # assay: ignore[PY-INJ-SQL] parameters are ints')?.justification).toBe('parameters are ints');
  });
});
