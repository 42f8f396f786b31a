import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isHttpUrl } from './httpUrl.ts';

test('only absolute http and https addresses are links', () => {
  expect(isHttpUrl('https://example.org/a?b=c')).toBe(true);
  expect(isHttpUrl('HTTP://EXAMPLE.ORG')).toBe(true);
  for (const bad of [
    'javascript:alert(1)',
    'data:text/html,x',
    '//example.org',
    '/events',
    'ftp://x.org',
    'https://',
    ' https://example.org',
  ]) {
    expect(isHttpUrl(bad), bad).toBe(false);
  }
});

/** What isHttpUrl must answer: the URL parser's verdict, without its fast path. */
function parsesAsHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

test('the fast pattern for links agrees with the URL parser on every address', () => {
  const hostChar = fc.constantFrom(...'abcXYZ019-.ß_%@:[]'.split(''), 'xn--', 'Xn--', '..');
  const host = fc.array(hostChar, { maxLength: 12 }).map((parts) => parts.join(''));
  const address = fc
    .tuple(
      fc.constantFrom('http://', 'https://', 'HTTPS://', 'http:/', 'ftp://'),
      host,
      fc.oneof(
        fc.constant(''),
        fc.integer({ min: 0, max: 99_999 }).map((port) => `:${port}`),
      ),
      fc.oneof(
        fc.constant(''),
        fc.string({ maxLength: 12 }).map((rest) => `/${rest}`),
      ),
      fc.constantFrom('', '?q=1', '#top', ' ', '\\x'),
    )
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(
      fc.oneof(address, fc.webUrl({ withQueryParameters: true, withFragments: true })),
      (value) => {
        expect(isHttpUrl(value), value).toBe(parsesAsHttpUrl(value));
      },
    ),
    { numRuns: 3000 },
  );
  for (const tricky of [
    'http://1.2.3.999/',
    'http://xn--a.com/',
    'http://a..b/',
    'http://a:99999/',
  ]) {
    expect(isHttpUrl(tricky), tricky).toBe(parsesAsHttpUrl(tricky));
  }
});
