// Fingerprints follow a finding across scans: moving it (lines added above, unrelated edits in the
// file) keeps its identity; changing the flagged code gives a new one.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from './analyze-source.js';
import { yamlUnsafeLoad } from './rules/deserialization/yaml-unsafe-load.js';
import { errorDetailsInResponse } from './rules/sensitive-data/error-details-in-response.js';

const BASE = `import yaml

def load_config(request):
    data = yaml.load(request.body)
    return data

def other(request):
    return yaml.load(request.GET["q"])
`;

function fingerprints(source: string): string[] {
  return analyzeSources([{ path: 'app/views.py', source }], [yamlUnsafeLoad]).findings.map((f) => f.fingerprint);
}

describe('finding fingerprints', () => {
  const [first, second] = fingerprints(BASE);

  it('differ between two findings of one rule in one file', () => {
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(second).not.toBe(first);
  });

  it('survive lines inserted above and unrelated edits in the same file', () => {
    const shifted = BASE.replace('import yaml\n', 'import yaml\nimport os\n\n\nLIMIT = 10  # unrelated\n').replace('return data', 'return data or {}');
    expect(fingerprints(shifted)).toEqual([first, second]);
  });

  it('survive a comment added to the flagged line', () => {
    const commented = BASE.replace('yaml.load(request.body)', 'yaml.load(request.body)  # reviewed in #123');
    expect(fingerprints(commented)).toEqual([first, second]);
  });

  it('change when the flagged code changes', () => {
    const edited = BASE.replace('yaml.load(request.body)', 'yaml.load(request.body, Loader=yaml.Loader)');
    const [changed, unchanged] = fingerprints(edited);
    expect(changed).not.toBe(first);
    expect(unchanged).toBe(second);
  });

  it('change when the finding moves to another function or file', () => {
    const renamed = BASE.replace('def load_config', 'def read_config');
    expect(fingerprints(renamed)[0]).not.toBe(first);
    const other = analyzeSources([{ path: 'app/other.py', source: BASE }], [yamlUnsafeLoad]).findings[0]!.fingerprint;
    expect(other).not.toBe(first);
  });
});

describe('fingerprints of identical lines in one function', () => {
  // Horizon's rest/utils.py: two identical `return JsonResponse(…str(e)…)` lines, the first under an
  // except clause that stops being reported. The second keeps its own fingerprint.
  const source = (firstCatches: string) => `from django.http import JsonResponse

def handler(request):
    try:
        work()
    except ${firstCatches} as e:
        return JsonResponse({"error": str(e)}, status=500)
    try:
        work()
    except Exception as e:
        return JsonResponse({"error": str(e)}, status=500)
`;
  const errorFingerprints = (src: string) =>
    analyzeSources([{ path: 'app/views.py', source: src }], [errorDetailsInResponse]).findings.map((f) => [f.range.start.line, f.fingerprint] as const);

  it('tell identical lines apart', () => {
    const both = errorFingerprints(source('OSError'));
    expect(both.map(([line]) => line)).toEqual([7, 11]);
    expect(both[0]![1]).not.toBe(both[1]![1]);
  });

  it("keep the second line's fingerprint when the identical first line stops being a finding", () => {
    const [, second] = errorFingerprints(source('OSError'));
    const remaining = errorFingerprints(source('ValidationError'));
    expect(remaining).toEqual([second]);
  });
});
