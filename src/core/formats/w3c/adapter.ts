import { provenanceWarnings } from '../../model/provenance';
import { FormatReadError, type FormatAdapter } from '../registry-types';
import { checkW3c } from './check-w3c';
import { exportW3c } from './export-w3c';

/**
 * W3C Web Annotation (JSON-LD) as a target of `convert`. Reading needs the documents' texts to
 * place the annotations, so it happens against a project (the workbench's Import, or
 * `marginalia merge PROJECT FILE`); read alone, the file is refused with a message saying so.
 */
export const w3cAdapter: FormatAdapter = {
  name: 'w3c',
  summary:
    'W3C Web Annotation JSON-LD (one annotation per coded segment); read into a project by merge',
  extensions: ['.w3c.json', '.jsonld'],
  async read(_bytes, context) {
    throw new FormatReadError(context.fileName, [
      {
        path: '',
        message: `W3C annotations are placed on a project's texts, so they are read into a project: marginalia merge PROJECT ${context.fileName} -o OUT.json`,
      },
    ]);
  },
  async validate(bytes) {
    return checkW3c(new TextDecoder().decode(bytes));
  },
  write(snapshot, context) {
    const missing = snapshot.documents.filter((d) => !d.deleted && d.text === undefined).length;
    return {
      data: `${JSON.stringify(exportW3c(snapshot, undefined, context.onProgress), null, 2)}\n`,
      warnings: [
        ...(missing
          ? [
              `${missing} document(s) have no text in the input: their segments carry quotes but no positions.`,
            ]
          : []),
        ...provenanceWarnings(snapshot.annotations, 'W3C'),
      ],
    };
  },
};
