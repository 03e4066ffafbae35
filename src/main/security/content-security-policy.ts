/**
 * The Content-Security-Policy sent with every `app://` response. It is the same policy as the
 * `<meta>` tag in `src/renderer/index.html` (a test keeps the two equal) plus `frame-ancestors`,
 * which only works as a header (in a meta tag browsers ignore it and log a console error); the
 * header also covers responses the meta tag cannot.
 * `style-src 'unsafe-inline'` is needed for React's style attributes; blob: workers are
 * for parsing off the UI thread.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Splits a policy into a map of directive → sorted sources, so two policies compare by meaning. */
export function parseContentSecurityPolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources.sort());
  }
  return directives;
}
