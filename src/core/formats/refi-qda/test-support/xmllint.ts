// eslint-disable-next-line no-restricted-imports -- test support: runs the xmllint binary
import { spawnSync } from 'node:child_process';

/** The REFI-QDA schemas shared with the other tools' exports. */
export const PROJECT_XSD = new URL('../../../../../../shared/refi-qda/Project.xsd', import.meta.url)
  .pathname;
export const CODEBOOK_XSD = new URL(
  '../../../../../../shared/refi-qda/Codebook.xsd',
  import.meta.url,
).pathname;

/**
 * Validates XML text against a schema with `xmllint --noout --schema` (libxml2), reading the
 * document from stdin. Throws, rather than skipping, when xmllint is not installed: schema
 * validation of every export is a required check. Returns xmllint's complaints ('' when valid).
 */
export function xmllint(
  xml: string,
  schema: string,
  command = 'xmllint',
): { valid: boolean; output: string } {
  const run = spawnSync(command, ['--noout', '--schema', schema, '-'], {
    input: xml,
    encoding: 'utf8',
  });
  if (run.error || run.status === null) {
    throw new Error(
      `xmllint is not installed (${run.error?.message ?? 'it did not run'}); install libxml2-utils (apt-get install libxml2-utils) to validate REFI-QDA exports`,
    );
  }
  return {
    valid: run.status === 0,
    output: `${run.stderr}`.replace(/^- validates\n?$/m, '').trim(),
  };
}
