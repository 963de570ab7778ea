import { describe, expect, it } from 'vitest';
import { checkAgainstCatalogue, OfficialExportError, parseOfficialExport } from './official-import.js';
import { readOfficial, readOfficialText } from '../test/helpers/asvs-official.js';

describe('parseOfficialExport', () => {
  it('reads the official 5.0.0 export', () => {
    const p = parseOfficialExport(readOfficial('5.0.0'));
    expect([p.version, p.requirements.size, p.chapters, p.sections, p.skipped]).toEqual(['5.0.0', 345, 17, 80, []]);
    expect(p.requirements.get('V1.2.5')).toMatch(/^Verify that the application protects against OS command injection/);
    expect(checkAgainstCatalogue(p)).toEqual({ known: true, missing: [], extra: [], levelMismatch: [] });
  });

  it('reads the official 4.0.3 export and leaves out the deleted placeholders', () => {
    const p = parseOfficialExport(readOfficial('4.0.3'));
    expect([p.version, p.requirements.size, p.chapters, p.sections]).toEqual(['4.0.3', 278, 14, 71]);
    expect(p.skipped).toEqual(['V1.4.2', 'V1.4.3', 'V1.12.1', 'V4.1.4', 'V7.3.2', 'V13.1.2', 'V13.2.4', 'V14.3.1']);
    expect(checkAgainstCatalogue(p)).toEqual({ known: true, missing: [], extra: [], levelMismatch: [] });
  });

  it('accepts a later version with the same shape', () => {
    const doc = readOfficial('5.0.0') as unknown as { Version: string };
    doc.Version = '5.1.0';
    const p = parseOfficialExport(doc);
    expect(p.version).toBe('5.1.0');
    expect(checkAgainstCatalogue(p).known).toBe(false);
  });

  it('says which field is wrong and where', () => {
    const bad = (mutate: (d: { Requirements: { Items: { Items: Record<string, unknown>[] }[] }[] }) => void) => {
      const d = readOfficial('5.0.0') as unknown as Parameters<typeof mutate>[0];
      mutate(d);
      return () => parseOfficialExport(d);
    };
    expect(bad((d) => { d.Requirements[0]!.Items[1]!.Items[3]!.L = '4'; })).toThrow('Requirements[0].Items[1].Items[3].L: "L" should be "1", "2" or "3", got the string "4"');
    expect(bad((d) => { delete d.Requirements[2]!.Items[0]!.Items[0]!.Description; })).toThrow('Requirements[2].Items[0].Items[0]: missing field "Description"');
    expect(bad((d) => { d.Requirements[0]!.Items[0]!.Items[0]!.Shortcode = 'V2.1.1'; })).toThrow('Shortcode "V2.1.1" is not inside V1.1');
    expect(bad((d) => { delete d.Requirements[0]!.Items[0]!.Items[0]!.L; })).toThrow(/no level: expected "L"/);
    expect(() => parseOfficialExport([1, 2])).toThrow('expected a JSON object (the official ASVS export), got an array');
    expect(() => parseOfficialExport({ Version: '5.0.0' })).toThrow('missing field "Requirements"');
    expect(() => parseOfficialExport({ Version: 'latest', Requirements: [] })).toThrow('Version: "Version" should look like "5.0.0"');
    expect(() => parseOfficialExport(JSON.parse(readOfficialText('OWASP_Application_Security_Verification_Standard_5.0.0_en.flat.json')))).toThrow(/flat export/);
    expect(() => parseOfficialExport(JSON.parse(readOfficialText('OWASP_Application_Security_Verification_Standard_5.0.0_en.cdx.json')))).toThrow(/CycloneDX/);
    try {
      parseOfficialExport({ Version: '5.0.0', Requirements: [{ Shortcode: 'V1', Items: 'x' }] });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(OfficialExportError);
      expect((err as OfficialExportError).path).toBe('Requirements[0]');
    }
  });

  it('notices a 5.0.0 file whose content differs from the official one', () => {
    const doc = readOfficial('5.0.0');
    doc.Requirements[0]!.Items[0]!.Items.pop();
    doc.Requirements[1]!.Items[0]!.Items[0]!.L = '3';
    const check = checkAgainstCatalogue(parseOfficialExport(doc));
    expect(check).toEqual({ known: true, missing: ['V1.1.2'], extra: [], levelMismatch: ['V2.1.1'] });
  });
});
