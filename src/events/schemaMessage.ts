// What a schema issue says to a person: in the data check's words (English, as contributors read
// it), or as a kind of mistake, which the site's notice of skipped events and the propose form say
// in the visitor's language.
import type { z } from 'zod/mini';
import { SCHEMA_MESSAGES } from './schema.ts';

/** The value at a path inside parsed JSON, or undefined where the path leads nowhere. */
export function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

export function schemaMessage(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'invalid_type') {
    const value = valueAt(raw, issue.path);
    if (value === undefined) return `is required: add it`;
    const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
    const got = Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'null'
        : withArticle(typeof value);
    const expected = issue.expected === 'array' ? 'a list [...]' : withArticle(issue.expected);
    return `must be ${expected}, not ${got}`;
  }
  return issue.message;
}

/** A schema issue named as a kind of mistake, for people who read the site in any language. */
export type SchemaProblem = keyof typeof SCHEMA_MESSAGES | 'missing' | 'wrongType' | 'invalid';

export function schemaProblemOf(issue: z.core.$ZodIssue, raw: unknown): SchemaProblem {
  if (issue.code === 'invalid_type') {
    return valueAt(raw, issue.path) === undefined ? 'missing' : 'wrongType';
  }
  const known = Object.entries(SCHEMA_MESSAGES).find(([, message]) => message === issue.message);
  return known ? (known[0] as keyof typeof SCHEMA_MESSAGES) : 'invalid';
}
