import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { checkLogoFile, logoFilesIn, MAX_LOGO_BYTES, unusedLogos } from './logoCheck.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const svg = (body: string) =>
  encode(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`);
const messages = (fileName: string, bytes: Uint8Array) =>
  checkLogoFile({ fileName, bytes }).map((p) => p.message);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

test('a plain SVG, a real PNG and a real WebP pass', () => {
  expect(
    messages('Inria.svg', svg('<rect width="10" height="10" fill="url(#g)"/><use href="#a"/>')),
  ).toEqual([]);
  expect(messages('Acme.png', PNG)).toEqual([]);
  expect(messages('Acme.webp', encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toEqual([]);
});

test('a file that is not the image its name says is refused', () => {
  expect(messages('Acme.png', svg(''))).toEqual([
    'is not a PNG image despite its name: export it again as PNG',
  ]);
  expect(messages('Acme.webp', PNG)).toEqual([
    'is not a WebP image despite its name: export it again as WebP',
  ]);
  expect(messages('Acme.svg', encode('<html><body>hi</body></html>'))).toEqual([
    'is not an SVG image (its root element is not <svg>): export it again as SVG',
  ]);
});

const FIX =
  'a logo must be a plain drawing with nothing that runs or loads; export it again as plain SVG (Inkscape: Save as > Plain SVG; or run it through SVGO) and remove what is named';

// Hostile SVGs of the public filter-bypass literature (OWASP's XSS filter evasion sheet, the
// DOMPurify and svg-sanitizer test suites): each must be refused, and the message names what it
// found.
const hostile: [string, string, string][] = [
  ['a script', '<script>alert(1)</script>', 'a <script> element'],
  [
    'a script under another prefix',
    '<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>',
    'a <script> element',
  ],
  [
    'an XHTML script under a redefined default namespace',
    '<g xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></g>',
    'an element of another namespace (<g>, http://www.w3.org/1999/xhtml)',
  ],
  ['an event handler', '<rect onload="alert(1)"/>', 'an event handler (onload on <rect>)'],
  [
    'a javascript: link under a prefix other than xlink',
    '<use xmlns:q="http://www.w3.org/1999/xlink" q:href="javascript:alert(1)"/>',
    'an external reference (q:href="javascript:alert(1)" on <use>)',
  ],
  [
    'an animation that sets a link',
    '<animate attributeName="href" to="javascript:alert(1)"/>',
    'a <animate> element',
  ],
  ['a set that adds a handler', '<set attributeName="onclick" to="alert(1)"/>', 'a <set> element'],
  ['a link element', '<a href="javascript:alert(1)"><rect/></a>', 'a <a> element'],
  ['a foreignObject', '<foreignObject><div/></foreignObject>', 'a <foreignObject> element'],
  ['an SVG Tiny handler', '<handler>alert(1)</handler>', 'a <handler> element'],
  [
    'an external image',
    '<image href="https://tracker.example/p.png"/>',
    'an external reference (href="https://tracker.example/p.png" on <image>)',
  ],
  [
    'an external use',
    '<use href="https://evil.example/x.svg#a"/>',
    'an external reference (href="https://evil.example/x.svg#a" on <use>)',
  ],
  [
    'a filter image from elsewhere',
    '<filter><feImage href="https://evil.example/p.png"/></filter>',
    'a <feImage> element',
  ],
  [
    'an @import in a style element',
    '<style>@import url(https://x.example/a.css);</style>',
    'an @import in CSS (<style>)',
  ],
  [
    'a url() in a style element',
    '<style>rect { fill: url("https://x.example/p.png") }</style>',
    'a url(https://x.example/p.png) in CSS (<style>)',
  ],
  [
    'a url() in a style attribute',
    '<rect style="background:url(https://x.example/p.png)"/>',
    'a url(https://x.example/p.png) in CSS (style on <rect>)',
  ],
  [
    'a url() in a presentation attribute',
    '<rect fill="url(https://x.example/p.svg#g)"/>',
    'a url(https://x.example/p.svg#g) in CSS (fill on <rect>)',
  ],
  ['an iframe', '<iframe src="https://evil.example"/>', 'a <iframe> element'],
  [
    'an attribute the allow-list does not know',
    '<rect formaction="javascript:alert(1)"/>',
    'an unknown attribute (formaction)',
  ],
];

for (const [what, body, found] of hostile) {
  test(`an SVG logo with ${what} is refused, naming it`, () => {
    expect(messages('Evil.svg', svg(body))).toEqual([`holds ${found}: ${FIX}`]);
  });
}

test('a drawing with gradients, inner references, editor metadata and an embedded PNG passes', () => {
  const drawing = encode(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
      xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 10 10">
      <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
      <g inkscape:label="Layer 1" style="fill:url(#g)"><rect id="a" width="10" height="10" fill="url(#g)"/></g>
      <use xlink:href="#a"/><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
      <style>rect { fill: url(#g) }</style><text xml:space="preserve" font-size="3">A</text>
    </svg>`,
  );
  expect(messages('Clean.svg', drawing)).toEqual([]);
});

test('a logo over the size limit is refused', () => {
  const big = svg(`<!-- ${'x'.repeat(MAX_LOGO_BYTES)} -->`);
  expect(messages('Big.svg', big)).toEqual([
    'is 101 kB, over the 100 kB limit: export it smaller (an SVG, or a PNG of 240×96 px)',
  ]);
});

test('logos no event uses are warned about', () => {
  expect(unusedLogos(['Inria.svg', 'Old.png'], new Set(['Inria']))).toEqual([
    {
      fileName: 'Old.png',
      severity: 'warning',
      message: 'no event uses this logo: delete it, or check the sponsor names',
    },
  ]);
});

test('every logo in the repository passes the check', async () => {
  const folder = 'public/img/sponsors';
  const files = await logoFilesIn(folder);
  expect(files.length).toBeGreaterThan(0);
  for (const fileName of files) {
    const bytes = new Uint8Array(await readFile(`${folder}/${fileName}`));
    expect(checkLogoFile({ fileName, bytes }), fileName).toEqual([]);
  }
});
