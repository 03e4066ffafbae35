import { describe, expect, it } from 'vitest';
import { htmlText } from './html-text';

const text = (html: string) => {
  const read = htmlText(html);
  if (!read.ok) throw new Error(read.problem);
  return read.text;
};

describe('htmlText', () => {
  it('takes the content element, else <main>, else <body>, keeping whitespace as it is', () => {
    const page = '<!doctype html><body><p>menu</p><main> a\n  <b>b</b> </main>';
    expect(text(page)).toBe(' a\n  b ');
    expect(text(`${page}<div id="content">c<i>d</i></div>`)).toBe('cd');
    expect(text('<!doctype html><title>t</title><p>x</p>y')).toBe('xy');
  });

  it('leaves out not-annotatable parts, scripts, styles and noscript, and decodes references', () => {
    expect(
      text(
        '<!doctype html><div id=content>a<span class="x not-annotatable">no<b>pe</b></span>' +
          '<script>var s</script><style>p{}</style><noscript>n</noscript>b&amp;c&eacute;</div>',
      ),
    ).toBe('ab&cé');
    // A page without a doctype is in quirks mode: class names match whatever their case.
    expect(text('<div id=content>a<span class=NOT-Annotatable>b</span></div>')).toBe('a');
    expect(text('<!doctype html><div id=content>a<span class=NOT-Annotatable>b</span></div>')).toBe(
      'ab',
    );
  });

  it('builds the tree a browser builds from broken markup', () => {
    // <p> closes an open <p>; table text is foster-parented before the table; <pre> drops its
    // first newline.
    expect(
      text('<!doctype html><div id=content><p>a<p>b<table>c<tr><td>d</table><pre>\ne</pre>'),
    ).toBe('abcde');
  });

  it('refuses a page nested too deep, quickly, and one with too many elements', () => {
    const deep = '<div>'.repeat(200_000);
    const started = Date.now();
    expect(htmlText(deep)).toEqual({
      ok: false,
      problem: 'the page nests elements more than 256 deep',
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(htmlText('<p>x</p>'.repeat(20), { maxDepth: 256, maxElements: 10 })).toEqual({
      ok: false,
      problem: 'the page has more than 10 elements',
    });
    // Siblings are not nesting.
    expect(htmlText('<b>x</b>'.repeat(300), { maxDepth: 8, maxElements: 1000 }).ok).toBe(true);
  });
});
