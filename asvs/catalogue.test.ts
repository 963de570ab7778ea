import { describe, expect, it } from 'vitest';
import { getCatalogue, requirementsInScope } from './catalogue.js';
import { isActive, readOfficial, type OfficialRequirement } from '../test/helpers/asvs-official.js';
import { ASVS_VERSIONS } from './types.js';

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\(\[[^\]]*\]\([^)]*\)\)/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

function grams(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

function officialLevel(r: OfficialRequirement): number {
  if (r.L !== undefined) return Number(r.L);
  return [r.L1?.Required, r.L2?.Required, r.L3?.Required].indexOf(true) + 1;
}

describe.each(ASVS_VERSIONS)('catalogue %s against the official export', (version) => {
  const official = readOfficial(version);
  const ours = getCatalogue(version);
  const officialReqs = official.Requirements.flatMap((c) => c.Items.flatMap((s) => s.Items.map((r) => ({ c, s, r })))).filter(({ r }) => isActive(r));

  it('has exactly the official chapters and sections with their names', () => {
    expect(ours.chapters.map((c) => [c.id, c.name])).toEqual(official.Requirements.map((c) => [c.Shortcode, c.Name]));
    expect(ours.sections.map((s) => [s.id, s.chapterId, s.name])).toEqual(
      official.Requirements.flatMap((c) => c.Items.map((s) => [s.Shortcode, c.Shortcode, s.Name])),
    );
  });

  it('has exactly the official active requirement ids, in order, with their sections and levels', () => {
    expect(ours.requirements.map((r) => [r.id, r.chapterId, r.sectionId, r.level])).toEqual(
      officialReqs.map(({ c, s, r }) => [r.Shortcode, c.Shortcode, s.Shortcode, officialLevel(r)]),
    );
  });

  it('has the official counts', () => {
    const expected = version === '5.0.0' ? { chapters: 17, sections: 80, reqs: 345, l1: 70, l2: 253 } : { chapters: 14, sections: 71, reqs: 278, l1: 128, l2: 259 };
    expect([ours.chapters.length, ours.sections.length, ours.requirements.length]).toEqual([expected.chapters, expected.sections, expected.reqs]);
    expect(requirementsInScope(ours, 1)).toHaveLength(expected.l1);
    expect(requirementsInScope(ours, 2)).toHaveLength(expected.l2);
    expect(requirementsInScope(ours, 3)).toHaveLength(expected.reqs);
  });

  if (version === '4.0.3') {
    it('keeps the official cumulative L1/L2/L3 flags and the CWE column', () => {
      const byId = new Map(ours.requirements.map((r) => [r.id, r]));
      for (const { r } of officialReqs) {
        const mine = byId.get(r.Shortcode)!;
        expect([mine.level <= 1, mine.level <= 2, mine.level <= 3], r.Shortcode).toEqual([r.L1!.Required, r.L2!.Required, r.L3!.Required]);
        expect(mine.cwe, r.Shortcode).toEqual(r.CWE);
      }
      expect(ours.requirements.filter((r) => r.cwe.length > 0)).toHaveLength(268);
    });
  }

  it('gives every requirement its own non-empty short summary that does not copy the official text', () => {
    const copied: string[] = [];
    for (const { r } of officialReqs) {
      const mine = ours.requirements.find((x) => x.id === r.Shortcode)!;
      expect(mine.summary.trim().length, r.Shortcode).toBeGreaterThan(15);
      expect(mine.summary.length, r.Shortcode).toBeLessThanOrEqual(115);
      const theirs = grams(r.Description, 8);
      for (const g of grams(mine.summary, 8)) if (theirs.has(g)) copied.push(`${r.Shortcode}: "${g}"`);
    }
    expect(copied).toEqual([]);
  });

  it('marks every requirement automatable, partial or manual with a reason', () => {
    for (const r of ours.requirements) {
      expect(['automatable', 'partial', 'manual']).toContain(r.automatable);
      expect(r.automatableReason.length, r.id).toBeGreaterThan(10);
    }
    // Honesty check: a static analyzer cannot speak to most of ASVS.
    const manual = ours.requirements.filter((r) => r.automatable === 'manual').length;
    expect(manual / ours.requirements.length).toBeGreaterThan(0.5);
  });
});
