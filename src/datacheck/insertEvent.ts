// Adds one event to the text of events.json at its place by start, leaving the rest byte for byte.
import {
  applyEdits,
  findNodeAtLocation,
  getNodeValue,
  modify,
  parseTree,
  type ParseError,
} from 'jsonc-parser';

/** The indentation the file uses (two spaces when it cannot tell). */
function indentOf(text: string): { insertSpaces: boolean; tabSize: number } {
  const match = /\n([ \t]+)"/.exec(text);
  if (match?.[1]?.startsWith('\t')) return { insertSpaces: false, tabSize: 1 };
  return { insertSpaces: true, tabSize: match?.[1]?.length ?? 2 };
}

export function insertEvent(
  text: string,
  event: Record<string, unknown> & { ts: string },
): { text: string; index: number } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const eventsNode = root ? findNodeAtLocation(root, ['events']) : undefined;
  if (!root || errors.length > 0 || eventsNode?.type !== 'array') {
    throw new Error(
      'the file is not valid JSON with an "events" list: run npm run validate and fix it first',
    );
  }
  const starts = (eventsNode.children ?? []).map((node) => {
    const value: unknown = getNodeValue(node);
    const ts = typeof value === 'object' && value !== null && 'ts' in value ? value.ts : undefined;
    return typeof ts === 'string' ? ts : '';
  });
  const later = starts.findIndex((ts) => ts > event.ts);
  const index = later === -1 ? starts.length : later;
  const { insertSpaces, tabSize } = indentOf(text);
  const edits = modify(text, ['events', index], event, {
    isArrayInsertion: true,
    formattingOptions: { insertSpaces, tabSize, eol: text.includes('\r\n') ? '\r\n' : '\n' },
  });
  return { text: applyEdits(text, edits), index };
}
