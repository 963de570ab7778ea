import { describe, expect, it } from 'vitest';
import { isSafeEntryName } from './pack-manifest.js';

describe('isSafeEntryName', () => {
  it.each(['report.html', 'manifest.json', 'extra/notes.txt'])('accepts %s', (name) => expect(isSafeEntryName(name)).toBe(true));
  it.each(['../evil.txt', 'a/../../evil', '/etc/passwd', 'C:/windows/x', 'a\\..\\b', 'dir/', './x', 'a//b', 'bad\u0000name', 'new\nline', ''])(
    'rejects %j',
    (name) => expect(isSafeEntryName(name)).toBe(false),
  );
});
