import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlText } from './html-text';
import { domHtmlText } from './test-support/dom-html-text';

/** Pieces of broken, nested, quirky markup: what hostile or careless pages are made of. */
const piece = fc.constantFrom(
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<div id=content>',
  '<main>',
  '</main>',
  '<span class="a not-annotatable">',
  '<span class=NOT-ANNOTATABLE>',
  '</span>',
  '<b>',
  '</b>',
  '<i>',
  '<table>',
  '<tr><td>',
  '</table>',
  '<pre>\n',
  '</pre>',
  '<script>x<y</script>',
  '<style>p{}</style>',
  '<noscript><p>n</noscript>',
  '<template>t</template>',
  '<textarea>a<b></textarea>',
  '<select><option>o</select>',
  '<svg><main>m</main><foreignObject>f</foreignObject></svg>',
  '<math><mi>x</mi></math>',
  '<!-- c -->',
  '<!doctype html>',
  '<frameset>',
  '<body>',
  '&amp;',
  '&eacute',
  '&#x1F600;',
  '&notin;',
  ' ',
  '\n',
  '\t',
  'text',
  'é😀',
  '\0',
  '<',
  '>',
);

describe('htmlText (parse5) against the DOM in Chromium', () => {
  it('gives exactly the text DOMParser and a TreeWalker give, for any tag soup', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        const cli = htmlText(html);
        // A NUL or a frameset is refused: there Chromium departs from the standard parse5 follows.
        if (/\0|<frameset>/.test(html)) expect(cli.ok).toBe(false);
        else expect(cli.ok ? cli.text : cli.problem).toBe(domHtmlText(html));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
