import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportQdpx } from './refi-qda/export-qdpx';
import { sampleSnapshot } from './refi-qda/test-support/sample-snapshot';
import { FORMATS, formatByName, formatByPath, formatForReading } from './registry';

describe('format registry', () => {
  it('names are unique and every format reads or writes', () => {
    expect(new Set(FORMATS.map((f) => f.name)).size).toBe(FORMATS.length);
    for (const f of FORMATS) expect(Boolean(f.read || f.write)).toBe(true);
    expect(formatByName('QDPX')?.name).toBe('qdpx');
    expect(formatByName('docx')).toBeUndefined();
  });

  it('picks a format by the longest matching extension', () => {
    expect(formatByPath('a/b/Project.QDPX')?.name).toBe('qdpx');
    expect(formatByPath('x.qde')?.name).toBe('qdpx');
    expect(formatByPath('x.qdc')?.name).toBe('qdc');
    expect(formatByPath('x.json')?.name).toBe('native');
    expect(formatByPath('starter.codebook.json')?.name).toBe('codebook');
    expect(formatByPath('interview.TXT')?.name).toBe('document');
    expect(formatByPath('x.pdf')).toBeUndefined();
  });

  it('reads files with an unknown extension by their content', () => {
    expect(formatForReading('download', exportQdpx(sampleSnapshot()).bytes)?.name).toBe('qdpx');
    expect(formatForReading('project.xml', strToU8('<?xml version="1.0"?><CodeBook/>'))?.name).toBe(
      'qdc',
    );
    expect(formatForReading('export.dat', strToU8('{"format":"marginalia-exchange"}'))?.name).toBe(
      'native',
    );
    expect(formatForReading('blob', new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});
