import { expect, test } from 'vitest';
import { withLanguage } from './AppLink.tsx';

test('a link names the page’s language once, before its fragment, and only when the page does', () => {
  expect(withLanguage('/e/lab', 'en')).toBe('/e/lab?lang=en');
  expect(withLanguage('/?tag=java', 'en')).toBe('/?tag=java&lang=en');
  expect(withLanguage('/?q=a#top', 'en')).toBe('/?q=a&lang=en#top');
  // The way back to a list that named its language already.
  expect(withLanguage('/?tag=java&lang=en', 'en')).toBe('/?tag=java&lang=en');
  expect(withLanguage('/?lang=fr', 'en')).toBe('/?lang=fr');
  expect(withLanguage('/propose', undefined)).toBe('/propose');
});
