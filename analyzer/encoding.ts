// Turning a Python file's bytes into text the way CPython would (PEP 263): a UTF-8 BOM wins, else a
// `coding` declaration on line 1 or 2, else UTF-8. Decoding is strict: a file CPython would refuse
// to import is skipped with a reason, never silently mangled into replacement characters.

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: 'binary' | 'decode-error'; detail: string };

// PEP 263's regular expression, applied to the raw bytes read as latin-1 (the declaration itself is ASCII).
const CODING_LINE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

// Python codec names (after normalising case and `_` → `-`) mapped to WHATWG TextDecoder labels.
// Python's latin-1 is true ISO-8859-1, which WHATWG folds into windows-1252, so it is decoded by hand.
const CODECS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-8-sig': 'utf-8',
  u8: 'utf-8',
  'cp65001': 'utf-8',
  cp1250: 'windows-1250',
  'windows-1250': 'windows-1250',
  cp1251: 'windows-1251',
  'windows-1251': 'windows-1251',
  cp1253: 'windows-1253',
  cp1254: 'windows-1254',
  cp1255: 'windows-1255',
  cp1256: 'windows-1256',
  cp1257: 'windows-1257',
  cp1258: 'windows-1258',
  'iso-8859-2': 'iso-8859-2',
  'iso8859-2': 'iso-8859-2',
  latin2: 'iso-8859-2',
  'iso-8859-5': 'iso-8859-5',
  'iso8859-5': 'iso-8859-5',
  'iso-8859-7': 'iso-8859-7',
  'iso-8859-15': 'iso-8859-15',
  'iso8859-15': 'iso-8859-15',
  latin9: 'iso-8859-15',
  'koi8-r': 'koi8-r',
  'koi8-u': 'koi8-u',
  'shift-jis': 'shift_jis',
  shiftjis: 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  'euc-jp': 'euc-jp',
  eucjp: 'euc-jp',
  'iso-2022-jp': 'iso-2022-jp',
  'euc-kr': 'euc-kr',
  euckr: 'euc-kr',
  cp949: 'euc-kr',
  gbk: 'gbk',
  gb2312: 'gbk',
  cp936: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  cp950: 'big5',
};

const CP1252 = new Set(['cp1252', 'windows-1252']);
// cp1252's 0x80-0x9f (Node 20's TextDecoder wrongly decodes windows-1252 as latin-1). -1 marks the
// five bytes Python's codec refuses.
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

function cp1252(bytes: Uint8Array): string | null {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const u = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    if (u < 0) return null;
    units[i] = u;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

const LATIN1 = new Set(['latin-1', 'latin1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso-latin-1', '8859', 'cp819', 'latin']);
const ASCII = new Set(['ascii', 'us-ascii', '646']);

function normaliseCodec(name: string): string {
  return name.toLowerCase().replace(/_/g, '-');
}

/** The codec named by a PEP 263 declaration in the first two lines, or null when there is none. */
export function declaredCodec(bytes: Uint8Array): string | null {
  let lineStart = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let lineNo = 0; lineNo < 2 && lineStart < bytes.length; lineNo++) {
    let end = bytes.indexOf(0x0a, lineStart);
    if (end < 0) end = bytes.length;
    const line = latin1(bytes.subarray(lineStart, Math.min(end, lineStart + 512)));
    const m = CODING_LINE.exec(line);
    if (m) return m[1]!;
    // PEP 263: the second line counts only when the first is blank or a comment.
    if (lineNo === 0 && !/^[ \t\f]*(#.*)?\r?$/.test(line)) return null;
    lineStart = end + 1;
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  // Chunked: String.fromCharCode with a huge spread would overflow the argument limit.
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function strict(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
}

/** Decode a Python (or template) file. NUL bytes mean binary: no Python source contains one. */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'binary', detail: 'contains NUL bytes: not a text file' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = declaredCodec(bytes);
  let codec = bom ? 'utf-8-sig' : 'utf-8';
  if (declared) {
    const name = normaliseCodec(declared);
    // CPython refuses a BOM together with a declaration of anything but UTF-8.
    if (bom && CODECS[name] !== 'utf-8') {
      return { ok: false, reason: 'decode-error', detail: `UTF-8 byte-order mark contradicts the coding declaration "${declared}"` };
    }
    if (!bom) codec = name;
  }
  try {
    if (LATIN1.has(codec)) return { ok: true, text: latin1(bytes), encoding: 'latin-1' };
    if (CP1252.has(codec)) {
      const text = cp1252(bytes);
      if (text === null) return { ok: false, reason: 'decode-error', detail: `not valid cp1252 (declared "${declared}"): a byte has no character in that code page` };
      return { ok: true, text, encoding: 'cp1252' };
    }
    if (ASCII.has(codec)) {
      const bad = bytes.findIndex((b) => b > 0x7f);
      if (bad >= 0) return { ok: false, reason: 'decode-error', detail: `byte 0x${bytes[bad]!.toString(16)} at offset ${bad} is not ASCII (declared "${declared}")` };
      return { ok: true, text: latin1(bytes), encoding: 'ascii' };
    }
    const label = CODECS[codec];
    if (!label) return { ok: false, reason: 'decode-error', detail: `unknown or unsupported coding declaration "${declared}"` };
    // TextDecoder drops a leading UTF-8 BOM itself (ignoreBOM: false).
    return { ok: true, text: strict(label, bytes), encoding: codec === 'utf-8-sig' ? 'utf-8-sig' : codec };
  } catch {
    return { ok: false, reason: 'decode-error', detail: `not valid ${codec}${declared ? ` (declared "${declared}")` : ' (no coding declaration, so UTF-8 is required)'}` };
  }
}
