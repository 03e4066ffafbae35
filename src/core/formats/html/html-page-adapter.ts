import { documentAdapter } from '../native/document-adapter';
import type { FormatAdapter } from '../registry-types';

/**
 * An HTML page (`.html`, `.htm`) read as a project of one plain-text document, parsed exactly as
 * the workbench opens it (`parseFile`): the text of its content element as annotation tools
 * count it (`htmlText`, parse5), so W3C annotations made on the page in a browser (recogito's
 * text-annotator) are merged onto the same characters. Markup is not kept; scripts and styles
 * never become text. A hostile page is refused whole, naming the file: over the document size
 * limit, binary, nested too deep or with too many elements.
 */
export const htmlPageAdapter: FormatAdapter = {
  ...documentAdapter,
  name: 'html',
  summary: "an HTML page (read only): a project of its content element's text",
  extensions: ['.html', '.htm'],
};
