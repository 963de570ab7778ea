// The small security pieces of the shell: CSP kept identical in header and page, the app origin
// check, the link registry, and path containment of the renderer server.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../app-protocol-paths.js';
import { isAppUrl } from './app-origin.js';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import { GeneratedLinks } from './generated-links.js';

describe('content security policy', () => {
  it('is the same in renderer/index.html as in the response header', () => {
    const html = readFileSync(fileURLToPath(new URL('../../renderer/index.html', import.meta.url)), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no inline script, no eval and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});

describe('app origin', () => {
  it('accepts only the bundle', () => {
    expect(isAppUrl('assay://app/index.html')).toBe(true);
    for (const u of ['https://app/index.html', 'assay://evil/index.html', 'file:///index.html', 'not a url', 'assay://app.evil/']) expect(isAppUrl(u)).toBe(false);
  });
});

describe('generated links', () => {
  it('opens only https links the app registered', () => {
    const links = new GeneratedLinks();
    links.register(['https://cwe.mitre.org/data/definitions/89.html', 'http://insecure.example', 'javascript:alert(1)']);
    expect(links.allows('https://cwe.mitre.org/data/definitions/89.html')).toBe(true);
    expect(links.allows('https://cwe.mitre.org/data/definitions/79.html')).toBe(false);
    expect(links.allows('http://insecure.example')).toBe(false);
    expect(links.allows('javascript:alert(1)')).toBe(false);
    expect(links.allows('https://user:pw@cwe.mitre.org/data/definitions/89.html')).toBe(false);
  });
});

describe('renderer path containment', () => {
  it('never leaves the renderer directory', () => {
    expect(resolveInside('/app/renderer', '/')).toBe('/app/renderer/index.html');
    expect(resolveInside('/app/renderer', '/assets/a.js')).toBe('/app/renderer/assets/a.js');
    for (const p of ['/../secret', '/%2e%2e/secret', '/assets/../../x', '/%00', '/%E0%A4%A']) expect(resolveInside('/app/renderer', p)).toBeNull();
  });
});
