import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { projectArbitrary } from '../../exchange/test-support/project-arbitrary';
import { checkRefiQda } from './check-export';
import { exportQdpx } from './export-qdpx';
import { CODEBOOK_XSD, PROJECT_XSD, xmllint } from './test-support/xmllint';
import { writeQdc } from './write-qdc';

describe('every generated export', () => {
  it('validates against the schemas and passes the checks the schema cannot make', () => {
    // The exchange tests' generator: tombstones, spans cutting surrogate pairs, odd names.
    fc.assert(
      fc.property(projectArbitrary, (input) => {
        const snapshot = { ...input, purged: input.purged ?? [] };
        const { bytes } = exportQdpx(snapshot);
        const qde = strFromU8(unzipSync(bytes)['project.qde'] as Uint8Array);
        expect(xmllint(qde, PROJECT_XSD)).toEqual({ valid: true, output: '' });
        expect(checkRefiQda(bytes, 'generated.qdpx')).toEqual([]);
        if (snapshot.codes.some((c) => !c.deleted)) {
          expect(xmllint(writeQdc(snapshot), CODEBOOK_XSD)).toEqual({ valid: true, output: '' });
        }
      }),
      { numRuns: 40, seed: 11 },
    );
  }, 60_000);
});
