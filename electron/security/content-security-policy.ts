// The renderer's Content-Security-Policy. Sent as a response header by the app protocol and
// repeated in renderer/index.html's meta tag (a test keeps the two identical). No inline script,
// no eval, no remote origin of any kind: everything the page needs ships in the app.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
].join('; ');
