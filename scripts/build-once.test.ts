import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce, sourceStamp, type BuildResult } from './build-once.mjs';

/** A throwaway project: a few sources and a builder that writes the outputs and counts its runs. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'marginalia-build-once-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('src/main.ts', 'export const a = 1;');
  write('src/main.test.ts', 'test');
  write('resources/codebook.json', '{}');
  write('package.json', '{"name":"x"}');
  let runs = 0;
  const lines: string[] = [];
  const build = (at: string): BuildResult => {
    runs++;
    mkdirSync(join(at, 'out', 'renderer'), { recursive: true });
    writeFileSync(join(at, 'out', 'renderer', 'index.html'), '<html>');
    return { status: 0, output: 'a long bundler warning' };
  };
  const options = {
    build,
    log: (line: string) => lines.push(line),
    outputs: ['out/renderer/index.html'],
  };
  return { root, write, options, lines, runs: () => runs };
}

describe('sourceStamp', () => {
  it('changes with a source, a resource or a new file, and not with a test', () => {
    const p = project();
    const first = sourceStamp(p.root);
    expect(sourceStamp(p.root)).toBe(first);
    p.write('src/main.test.ts', 'another test');
    expect(sourceStamp(p.root)).toBe(first);
    p.write('src/main.ts', 'export const a = 2;');
    const second = sourceStamp(p.root);
    expect(second).not.toBe(first);
    p.write('resources/codebook.json', '{"codes":[]}');
    expect(sourceStamp(p.root)).not.toBe(second);
    const third = sourceStamp(p.root);
    p.write('src/new.ts', '');
    expect(sourceStamp(p.root)).not.toBe(third);
  });
});

describe('buildOnce', () => {
  it('builds the first time, reuses the build while sources are unchanged, rebuilds after', () => {
    const p = project();
    expect(buildOnce(p.root, p.options)).toBe(true);
    expect(buildOnce(p.root, p.options)).toBe(false);
    expect(p.runs()).toBe(1);
    p.write('src/main.ts', 'export const a = 3;');
    expect(buildOnce(p.root, p.options)).toBe(true);
    expect(p.runs()).toBe(2);
  });

  it('rebuilds when out/ was rebuilt some other way since (from other sources)', () => {
    const p = project();
    buildOnce(p.root, p.options);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(p.root, 'out', 'renderer', 'index.html'), later, later);
    expect(buildOnce(p.root, p.options)).toBe(true);
    expect(buildOnce(p.root, p.options)).toBe(false);
  });

  it('rebuilds when an output is missing even if the stamp matches', () => {
    const p = project();
    buildOnce(p.root, p.options);
    const outputs = ['out/renderer/index.html', 'out/main/index.js'];
    expect(buildOnce(p.root, { ...p.options, outputs })).toBe(true);
  });

  it("keeps the bundler's output to itself when the build succeeds", () => {
    const p = project();
    buildOnce(p.root, p.options);
    expect(p.lines.join('\n')).not.toContain('bundler warning');
    expect(p.lines.length).toBeLessThanOrEqual(2);
  });

  it('shows the output and stamps nothing when the build fails', () => {
    const p = project();
    const failing = {
      ...p.options,
      build: () => ({ status: 1, output: 'src/main.ts: syntax error' }),
    };
    expect(() => buildOnce(p.root, failing)).toThrow(/syntax error/);
    expect(buildOnce(p.root, p.options)).toBe(true);
  });
});
