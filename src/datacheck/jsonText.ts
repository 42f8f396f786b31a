// Problems of the JSON text itself: syntax errors with a hint, and fields written twice (which
// JSON.parse silently resolves by keeping the last).
import { printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { positionFinder, Problem } from './problem.ts';

const syntaxHints: Partial<Record<string, string>> = {
  CommaExpected: 'a comma is missing between two items',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  ColonExpected: 'a colon is missing after the field name',
  PropertyNameExpected:
    'expected a field name in double quotes (is there a comma after the last field?)',
  ValueExpected: 'expected a value (is there a comma after the last item?)',
  InvalidSymbol: 'unexpected character: strings need double quotes',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed: add the closing double quote',
  EndOfFileExpected: 'unexpected text after the end of the data',
  InvalidEscapeCharacter: 'invalid escape in a string: write \\\\ for a backslash',
  InvalidCharacter: 'invalid character in a string: write a line break as \\n',
};

export function syntaxProblems(
  errors: ParseError[],
  at: ReturnType<typeof positionFinder>,
): Problem[] {
  // One mistake often yields several errors at the same place: report the first.
  const firstAtEachOffset = errors.filter(
    (error, i) => errors.findIndex((other) => other.offset === error.offset) === i,
  );
  return firstAtEachOffset.map((error) => {
    const code = printParseErrorCode(error.error);
    return {
      severity: 'error',
      ...at(error.offset),
      message: `JSON syntax error: ${syntaxHints[code] ?? code}`,
    };
  });
}

/** The key nodes of fields written twice in one object, anywhere in the tree. */
export function duplicateKeys(root: Node): Node[] {
  const duplicates: Node[] = [];
  const visit = (node: Node) => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key || typeof key.value !== 'string') continue;
        if (seen.has(key.value)) duplicates.push(key);
        seen.add(key.value);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return duplicates;
}

export function duplicateKeyMessage(key: Node): string {
  return `the field "${String(key.value)}" is written twice in the same object; JSON keeps only the last one: remove one`;
}
