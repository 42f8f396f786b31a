// Tells visitors that some events were left out because their data is invalid, and which.
import type { SkippedEvent } from '../events/eventsFile.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';

export function SkippedNotice({ skipped }: { skipped: readonly SkippedEvent[] }) {
  const t = useMessages();
  if (skipped.length === 0) return null;
  return (
    <details className="notice">
      <summary>{t.skipped(skipped.length)}</summary>
      <ul>
        {skipped.map((event) => (
          <li key={event.index}>
            {t.skippedDetail(
              event.index,
              event.title,
              event.field,
              t.schemaProblems[event.problem],
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
