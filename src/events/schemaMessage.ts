// What a schema issue says to a person, in the data check's words: the data check and the propose
// form both say it, so a contributor reads the same sentence in either.
import type { z } from 'zod';

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
