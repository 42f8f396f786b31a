import { readdirSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { logoSprite, sponsorsInOrder, type LogoSource } from './logoSprite.ts';

const box = { width: 120, height: 48 };
const plenty = 1024 * 1024;
const logo = (name: string, text: string): LogoSource => ({ name, text });
const square = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="${fill}"/></svg>`;

test('the sample logos go into one well-formed file, each framed by a view of its own size', () => {
  const folder = 'public/img/sponsors';
  const logos = readdirSync(folder)
    .filter((file) => file.endsWith('.svg'))
    .map((file) => logo(file.slice(0, -4), readFileSync(`${folder}/${file}`, 'utf8')));
  const sprite = logoSprite(logos, box, plenty);
  expect(sprite.leftOut).toEqual([]);
  expect(Object.keys(sprite.views)).toEqual(logos.map((l) => l.name));
  expect(() => new XMLParser().parse(sprite.svg, true)).not.toThrow();
  // Each sample logo is 120 x 48: the views stack them, one under the other.
  logos.forEach((l, i) => {
    expect(sprite.svg).toContain(
      `<view id="${sprite.views[l.name]}" viewBox="0 ${48 * i} 120 48"/>`,
    );
  });
  // Its own frame, without a view, is the empty band above the first logo.
  expect(sprite.svg).toMatch(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="120" height="48" viewBox="0 -48 120 48">/,
  );
  expect(sprite.fileName).toMatch(/^logos-[0-9a-f]{10}\.svg$/);
});

test('a logo keeps its own viewBox, fitting and namespaces, and is placed where its view looks', () => {
  const tall = logo(
    'Tall',
    `<?xml version="1.0"?>\n<!-- by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20px" height="40" x="5" y="7" viewBox="0 0 2 4" preserveAspectRatio="xMinYMin slice"><path d="M0 0h2v4z" stroke-width="3"/></svg>\n`,
  );
  const sprite = logoSprite([logo('First', square('red')), tall], box, plenty);
  expect(sprite.svg).toContain(
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 2 4" preserveAspectRatio="xMinYMin slice" x="0" y="10" width="20" height="40"><path d="M0 0h2v4z" stroke-width="3"/></svg>',
  );
  expect(sprite.svg).toContain('<view id="v1" viewBox="0 10 20 40"/>');
  expect(sprite.views).toEqual({ First: 'v0', Tall: 'v1' });
});

test('logos whose ids or styles would reach the others, or whose size is unknown, keep their own file', () => {
  const sprite = logoSprite(
    [
      logo(
        'Gradient',
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="1" height="1"/></svg>`,
      ),
      logo(
        'Styled',
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><style>rect{fill:red}</style><rect width="1" height="1"/></svg>`,
      ),
      logo(
        'Sizeless',
        `<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>`,
      ),
      logo(
        'Percent',
        `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%"><rect width="1" height="1"/></svg>`,
      ),
      logo(
        'Overflowing',
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" overflow="visible"><rect width="2" height="2"/></svg>`,
      ),
      logo(
        'Styled root',
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" style="overflow: visible"><rect width="2" height="2"/></svg>`,
      ),
      logo(
        'Named root',
        `<svg xmlns="http://www.w3.org/2000/svg" id="logo" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>`,
      ),
      logo('Doctype', `<!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>`),
      logo(
        'Prefixed',
        `<s:svg xmlns:s="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><s:rect width="1" height="1"/></s:svg>`,
      ),
      logo('Broken', `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect>`),
      logo('Plain', square('blue')),
    ],
    box,
    plenty,
  );
  expect(sprite.views).toEqual({ Plain: 'v0' });
  expect(Object.fromEntries(sprite.leftOut.map(({ name, reason }) => [name, reason]))).toEqual({
    Gradient: 'it has an id ("g"), which would reach the other logos',
    Styled: 'it has a <style> element, which would reach the other logos',
    Sizeless: 'its size cannot be read (no width and height, no viewBox)',
    Percent: 'its size cannot be read (no width and height, no viewBox)',
    Overflowing: 'its root sets overflow, and it could draw over the other logos',
    'Styled root': 'its root sets overflow, and it could draw over the other logos',
    'Named root': 'it has an id ("logo"), which would reach the other logos',
    Doctype: 'it has a DOCTYPE',
    Prefixed: 'its root is not a plain <svg> element',
    Broken: 'it is not well-formed XML',
  });
  expect(sprite.svg).not.toContain('linearGradient');
});

test('the file holds logos up to its limit; the next ones keep their own file', () => {
  const logos = ['A', 'B', 'C'].map((name) => logo(name, square('#123456')));
  const one = square('#123456').length;
  const sprite = logoSprite(logos, box, one * 2);
  expect(Object.keys(sprite.views)).toEqual(['A', 'B']);
  expect(sprite.leftOut.map((l) => l.name)).toEqual(['C']);
});

test('the file is named by its content', () => {
  const red = logoSprite([logo('A', square('red'))], box, plenty);
  expect(logoSprite([logo('A', square('red'))], box, plenty).fileName).toBe(red.fileName);
  expect(logoSprite([logo('A', square('blue'))], box, plenty).fileName).not.toBe(red.fileName);
});

test('sponsors come in the order the events show them, once each', () => {
  expect(
    sponsorsInOrder([
      { sponsors: [{ name: 'B' }, { name: 'A' }] },
      {},
      { sponsors: [{ name: 'A' }, { name: 'C' }] },
    ]),
  ).toEqual(['B', 'A', 'C']);
});
