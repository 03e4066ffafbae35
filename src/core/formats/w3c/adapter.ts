import type { FormatAdapter } from '../registry-types';
import { exportW3c } from './export-w3c';

/**
 * W3C Web Annotation (JSON-LD) as a target of `convert`. Reading needs the documents' texts to
 * place the annotations, so it happens in the workbench (or a command given the project), not here.
 */
export const w3cAdapter: FormatAdapter = {
  name: 'w3c',
  summary:
    'W3C Web Annotation JSON-LD (one annotation per coded segment), for web annotation tools',
  extensions: ['.w3c.json', '.jsonld'],
  write(snapshot) {
    const missing = snapshot.documents.filter((d) => !d.deleted && d.text === undefined).length;
    return {
      data: `${JSON.stringify(exportW3c(snapshot), null, 2)}\n`,
      warnings: missing
        ? [
            `${missing} document(s) have no text in the input: their segments carry quotes but no positions.`,
          ]
        : [],
    };
  },
};
