import { describe, expect, it } from 'vitest';
import { exchangeJsonSchema } from './schema';

const SCHEMA_FILE = new URL('../../../docs/exchange-schema.json', import.meta.url);
const REGENERATE =
  'UPDATE_EXCHANGE_SCHEMA=1 npx vitest run --project unit src/core/exchange/exchange-schema-file.test.ts' +
  ' && npx prettier --write docs/exchange-schema.json';

describe('docs/exchange-schema.json', () => {
  it('matches the zod schema (the published schema is never stale)', async () => {
    // Test-only file access; the module under test stays pure.
    const fs = await import('node:fs');
    const generated = exchangeJsonSchema();
    if (process.env.UPDATE_EXCHANGE_SCHEMA === '1') {
      fs.writeFileSync(SCHEMA_FILE, `${JSON.stringify(generated, null, 2)}\n`);
    }
    const committed: unknown = fs.existsSync(SCHEMA_FILE)
      ? JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'))
      : null;
    // Compared as data, not bytes, so reformatting the file (prettier) does not matter.
    expect(
      committed,
      `docs/exchange-schema.json is missing or stale. Regenerate it with:\n  ${REGENERATE}\n`,
    ).toEqual(generated);
  });

  it('describes the file strictly (no unknown fields) with shared definitions', () => {
    const schema = exchangeJsonSchema() as {
      additionalProperties?: boolean;
      required?: string[];
      $defs?: Record<string, unknown>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'project', 'documents', 'annotations']),
    );
    expect(Object.keys(schema.$defs ?? {})).toEqual(
      expect.arrayContaining(['Annotation', 'Code', 'Document', 'Coder', 'Project', 'Id']),
    );
  });
});
