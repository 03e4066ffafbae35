import { describe, expect, it } from 'vitest';
import { readEnvelope, type EnvelopeKind } from './read-envelope';

const kind: EnvelopeKind = {
  format: 'marginalia-codebook',
  what: 'codebook file',
  versions: [1, 2],
};
const read = (value: unknown, k: EnvelopeKind = kind) => readEnvelope(JSON.stringify(value), k);

describe('readEnvelope', () => {
  it('gives the root of a file of the right format and a version it reads', () => {
    const result = read({ format: 'marginalia-codebook', version: 1, codes: [] });
    expect(result).toEqual({
      ok: true,
      root: { format: 'marginalia-codebook', version: 1, codes: [] },
    });
  });

  it('names another Marginalia file and says what to do with it', () => {
    const result = read({ format: 'marginalia-exchange', version: 2 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.path).toBe('format');
    expect(result.problem.message).toMatch(
      /^Not a Marginalia codebook file: .*import it as a project\)$/,
    );
  });

  it('tells a newer file from an unknown version', () => {
    const newer = read({ format: 'marginalia-codebook', version: 3 });
    const odd = read({ format: 'marginalia-codebook', version: '1' });
    expect(newer.ok || newer.problem.message).toMatch(
      /newer version of Marginalia .*reads version 2/,
    );
    expect(odd.ok || odd.problem.message).toMatch(
      /^Unknown codebook file version .*expected 1 or 2$/,
    );
  });

  it('upgrades before checking, so an old version can be read as the current one', () => {
    const upgraded = read(
      { format: 'old-name', version: 1 },
      { ...kind, upgrade: (root) => ({ ...root, format: 'marginalia-codebook' }) },
    );
    expect(upgraded.ok).toBe(true);
  });

  it('reports invalid JSON with its place', () => {
    const result = readEnvelope('{"format": ', kind);
    expect(result.ok || result.problem.message).toMatch(/^Not valid JSON at line 1/);
  });
});
