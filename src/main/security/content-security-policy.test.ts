import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseContentSecurityPolicy } from './content-security-policy';

const indexHtml = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8');

describe('CONTENT_SECURITY_POLICY', () => {
  it('says the same as the meta tag in the renderer page, less frame-ancestors', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml);
    expect(meta, 'index.html has a CSP meta tag').not.toBeNull();
    const fromMeta = parseContentSecurityPolicy(meta?.[1] ?? '');
    // Browsers ignore frame-ancestors in a <meta> policy and log a console error for it.
    expect(fromMeta.has('frame-ancestors')).toBe(false);
    const header = parseContentSecurityPolicy(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(header).toEqual(fromMeta);
  });

  it('allows no inline or evaluated script and no plugins, framing or base changes', () => {
    const policy = parseContentSecurityPolicy(CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });
});
