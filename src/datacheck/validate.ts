// The data check: every problem in events.json at once, each with its line, column, event, field and
// fix. The JSON text is read with positions (jsonText.ts), then every rule runs (eventRules.ts).
import { findNodeAtLocation, getNodeValue, parseTree, type ParseError } from 'jsonc-parser';
import { blankByteOrderMark } from '../events/text.ts';
import {
  duplicateAddressProblems,
  duplicateEventProblems,
  gapProblems,
  logoProblems,
  missingAddedWarnings,
  oldEventWarnings,
  orderWarnings,
  schemaProblems,
  schemeProblems,
  unknownFieldProblems,
} from './eventRules.ts';
import { duplicateKeyMessage, duplicateKeys, syntaxProblems } from './jsonText.ts';
import {
  positionFinder,
  valueAt,
  type CheckContext,
  type EventContext,
  type Problem,
} from './problem.ts';

export { formatProblem, type CheckContext, type Problem } from './problem.ts';

/** Checks the text of an events file and returns every problem found, in file order. */
export function validateEventsFile(text: string, context: CheckContext): Problem[] {
  if (text.trim() === '') {
    return [
      {
        severity: 'error',
        line: 1,
        column: 1,
        message: 'the file is empty: it must hold {"events": [...]}',
      },
    ];
  }
  const at = positionFinder(text);
  const errors: ParseError[] = [];
  const source = blankByteOrderMark(text);
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) return syntaxProblems(errors, at);
  const problems: Problem[] = [];
  const eventsNode = root.type === 'object' ? findNodeAtLocation(root, ['events']) : undefined;
  if (!eventsNode || eventsNode.type !== 'array') {
    problems.push({
      severity: 'error',
      ...at((eventsNode ?? root).offset),
      message: 'the file must be an object with an "events" list: {"events": [ ... ]}',
    });
    return problems;
  }
  const events: EventContext[] = (eventsNode.children ?? []).map((node, index) => {
    const raw: unknown = getNodeValue(node);
    const title = valueAt(raw, ['title']);
    return { index, node, raw, at, title: typeof title === 'string' ? title : undefined };
  });
  for (const key of duplicateKeys(root)) {
    const event = events.find(
      (e) => key.offset >= e.node.offset && key.offset < e.node.offset + e.node.length,
    );
    problems.push({
      severity: 'error',
      ...at(key.offset),
      ...(event ? { eventIndex: event.index, eventTitle: event.title } : {}),
      message: duplicateKeyMessage(key),
    });
  }
  for (const event of events) {
    problems.push(
      ...schemaProblems(event),
      ...unknownFieldProblems(event),
      ...logoProblems(event, context),
      ...gapProblems(event, context),
      ...schemeProblems(event),
      ...oldEventWarnings(event, context),
      ...missingAddedWarnings(event, context),
    );
  }
  const duplicates = duplicateEventProblems(events);
  // A duplicated event shares its address too: saying so again would only repeat "remove one".
  const isDuplicate = (problem: Problem) =>
    duplicates.some((duplicate) => duplicate.eventIndex === problem.eventIndex);
  problems.push(
    ...duplicates,
    ...duplicateAddressProblems(events).filter((problem) => !isDuplicate(problem)),
    ...orderWarnings(events),
  );
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
