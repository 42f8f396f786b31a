import { expect, test } from 'vitest';
import { publicUrl, site } from './site.ts';

test('a build without SITE_URL uses the default address; a trailing slash is dropped', () => {
  expect(publicUrl(undefined)).toBe(site.defaultUrl);
  expect(publicUrl('https://events.example.org/')).toBe('https://events.example.org');
});

test('an empty SITE_URL (an unset CI variable) stops the build and says what to set', () => {
  expect(() => publicUrl('')).toThrow(
    "SITE_URL is empty: the feeds, the sitemap and link previews need the site's public address. In the pipeline, set PRODUCTION_URL",
  );
});

test('a SITE_URL that is not an absolute http(s) address is refused', () => {
  expect(() => publicUrl('events.example.org')).toThrow(
    'SITE_URL is "events.example.org", not an absolute http(s) address',
  );
});
