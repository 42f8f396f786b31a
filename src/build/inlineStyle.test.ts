import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { cspHashOf, inlineStylesOf, withInlineStylesheet, withStyleHashes } from './inlineStyle.ts';

const page =
  '<head><link rel="stylesheet" crossorigin href="/assets/index-1a2b.css"></head><body></body>';

test('the stylesheet link becomes the stylesheet, inside the page', () => {
  const read: string[] = [];
  const html = withInlineStylesheet(page, (file) => {
    read.push(file);
    return 'body{margin:0}';
  });
  expect(read).toEqual(['assets/index-1a2b.css']);
  expect(html).toBe('<head><style>body{margin:0}</style></head><body></body>');
  expect(inlineStylesOf(html)).toEqual(['body{margin:0}']);
});

test('a page without a stylesheet, or a stylesheet that would close its element, is refused', () => {
  expect(() => withInlineStylesheet('<head></head>', () => '')).toThrow(
    'index.html links no stylesheet of /assets/ to inline',
  );
  expect(() => withInlineStylesheet(page, () => 'a::after{content:"</style>"}')).toThrow(
    'assets/index-1a2b.css holds "</style": it cannot be inlined',
  );
});

test("the hash is the browser's: sha256 of the element's text, in base64", () => {
  const css = 'body{margin:0}';
  expect(cspHashOf(css)).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
});

test("nginx.conf's app policy gets the hashes, and the SVG policy is left as it is", () => {
  const conf = readFileSync('nginx.conf', 'utf8');
  const written = withStyleHashes(conf, ['body{margin:0}', 'body{margin:0}']);
  const appPolicy = /default "default-src 'self'; script-src[^"]*"/.exec(written)?.[0];
  expect(appPolicy).toContain(`style-src 'self' ${cspHashOf('body{margin:0}')};`);
  expect(written).toContain(`~\\.svg$ "default-src 'none'; style-src 'unsafe-inline';`);
  expect(written.replace(appPolicy!, '')).toBe(
    conf.replace(/default "default-src 'self'; script-src[^"]*"/.exec(conf)![0], ''),
  );
  expect(() => withStyleHashes('http {}', [])).toThrow(
    'nginx.conf has no Content-Security-Policy line',
  );
});
