// Reads the named destinations of a PDF written by Chromium (Skia): name → 1-based page number.
// Only what Skia writes is handled: uncompressed objects, a /Dests dictionary in the catalog (or
// a /Names tree), destination arrays [page-ref /XYZ ...], pages listed by /Kids of the page tree.
export function namedDestinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const pageOrder = pageNumbersByObject(text);
  const out = new Map<string, number>();
  // `/name [12 0 R /XYZ x y z]` inside a /Dests dictionary, or `(name) [12 0 R ...]` in a name tree.
  const entry = /(?:\/([^\s/[\]()<>{}%]+)|\(((?:[^()\\]|\\.)*)\))\s*\[\s*(\d+)\s+0\s+R\s*\/(?:XYZ|Fit|FitH|FitR)/g;
  for (const m of text.matchAll(entry)) {
    const name = m[1] !== undefined ? decodeName(m[1]) : m[2]!.replace(/\\(.)/g, '$1');
    const page = pageOrder.get(Number(m[3]));
    if (page !== undefined && !out.has(name)) out.set(name, page);
  }
  return out;
}

function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Page object number → 1-based page number, by walking the page tree from the root's /Pages. */
function pageNumbersByObject(text: string): Map<number, number> {
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+)\s+0\s+obj\b([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
  const root = /\/Root\s+(\d+)\s+0\s+R/.exec(text);
  const catalog = root ? objects.get(Number(root[1])) : undefined;
  const pagesRef = catalog ? /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog) : null;
  const order = new Map<number, number>();
  const walk = (id: number, depth: number): void => {
    const body = objects.get(id);
    if (!body || depth > 64) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (kids && /\/Type\s*\/Pages\b/.test(body)) {
      for (const k of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
    } else {
      order.set(id, order.size + 1);
    }
  };
  if (pagesRef) walk(Number(pagesRef[1]), 0);
  return order;
}
