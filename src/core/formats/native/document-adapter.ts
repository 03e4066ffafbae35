import { parseFile } from '../../corpus/parse-file';
import { FormatReadError, type FormatAdapter } from '../registry-types';
import { oneDocumentProject } from './one-document-project';

/**
 * A single corpus document (`.txt`, `.md`) read as a project holding only that document, parsed
 * exactly as the workbench parses it, so `marginalia convert interview.txt interview.qdpx` hands
 * an uncoded text to another QDA tool and `stats` works on a bare document. `validate` reports
 * what would stop it being read.
 */
export const documentAdapter: FormatAdapter = {
  name: 'document',
  summary: 'a plain-text or Markdown document (read only): a project of that one document',
  extensions: ['.txt', '.md', '.markdown'],
  async read(bytes, context) {
    const name = context.fileName.replace(/\\/g, '/').split('/').pop() ?? context.fileName;
    const outcome = await parseFile({ name, bytes });
    if (!outcome.ok) {
      // The refusal names the file (with its path) once; the parser's message starts with it.
      const message = outcome.error.startsWith(`${name}: `)
        ? outcome.error.slice(name.length + 2)
        : outcome.error;
      throw new FormatReadError(context.fileName, [{ path: '', message }]);
    }
    return { snapshot: oneDocumentProject(outcome.document, context), notes: outcome.warnings };
  },
  async validate(bytes, context) {
    try {
      await documentAdapter.read?.(bytes, context);
      return [];
    } catch (e) {
      if (e instanceof FormatReadError) return e.problems;
      throw e;
    }
  },
};
