import type { ProjectSnapshot } from '../../model/snapshot';
import type { ParsedDocument } from '../../model/types';
import type { FormatContext } from '../registry-types';

/**
 * A project holding one parsed document and nothing else, named after the file: what a bare
 * document (text, Markdown, an HTML page) is when the CLI reads it as a project. Its coder is
 * "marginalia", so merging it into a team's project adds no person.
 */
export function oneDocumentProject(
  document: ParsedDocument,
  context: FormatContext,
): ProjectSnapshot {
  const coder = context.newId();
  const projectId = context.newId();
  const stamps = {
    createdBy: coder,
    createdAt: context.now,
    updatedBy: coder,
    updatedAt: context.now,
    deleted: false,
  };
  const { name } = document;
  return {
    project: { id: projectId, ...stamps, name: name.replace(/\.[^.]*$/, '') || name, memo: '' },
    coders: [{ id: coder, name: 'marginalia', createdAt: context.now }],
    documents: [
      { ...document, id: context.newId(), projectId, ...stamps, importedAt: context.now, memo: '' },
    ],
    codes: [],
    annotations: [],
    purged: [],
  };
}
