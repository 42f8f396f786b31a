import { expect, test } from 'vitest';
import { checkLogoFile, MAX_LOGO_BYTES, unusedLogos } from './logoCheck.ts';

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

test('an SVG with a script, an event handler or an external reference is refused', () => {
  expect(messages('Evil.svg', svg('<script>alert(1)</script>'))).toEqual([
    'holds a <script> element: a logo must be a plain drawing; remove it (for example with SVGO) or export it again',
  ]);
  expect(messages('Evil.svg', svg('<rect onload="alert(1)"/>'))).toEqual([
    'holds an event handler (onload): a logo must be a plain drawing; remove it (for example with SVGO) or export it again',
  ]);
  expect(messages('Evil.svg', svg('<image href="https://tracker.example/p.png"/>'))).toEqual([
    'holds an external reference (href="https://tracker.example/p.png"): a logo must be a plain drawing; remove it (for example with SVGO) or export it again',
  ]);
  expect(
    messages('Evil.svg', svg('<style>@import url(https://x.example/a.css);</style>'))[0],
  ).toContain('an external reference (in <style>)');
  expect(messages('Evil.svg', svg('<foreignObject><div/></foreignObject>'))[0]).toContain(
    'a <foreignObject> element',
  );
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
