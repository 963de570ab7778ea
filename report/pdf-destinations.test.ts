import { describe, expect, it } from 'vitest';
import { namedDestinationPages } from './pdf-destinations.js';

// The shape Skia writes: a catalog with /Dests, a page tree, destination arrays naming page objects.
const PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R /Dests 9 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R 7 0 R] /Count 3 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R >> endobj
7 0 obj << /Type /Pages /Kids [5 0 R 4 0 R] /Count 2 >> endobj
5 0 obj << /Type /Page /Parent 7 0 R >> endobj
4 0 obj << /Type /Page /Parent 7 0 R >> endobj
9 0 obj << /summary [5 0 R /XYZ 0 800 0] /req-V1#2E2 [4 0 R /XYZ 0 700 0] >> endobj
trailer << /Root 1 0 R >>
%%EOF`;

describe('namedDestinationPages', () => {
  it('maps each destination to its page in page-tree order', () => {
    const pages = namedDestinationPages(new TextEncoder().encode(PDF));
    expect(pages.get('summary')).toBe(2);
    expect(pages.get('req-V1.2')).toBe(3);
  });

  it('gives an empty map for a PDF without destinations', () => {
    expect(namedDestinationPages(new TextEncoder().encode('%PDF-1.4\n%%EOF')).size).toBe(0);
  });
});
