// Says what failed when events.json could not be loaded, and offers to try again.
import { useMessages } from '../i18n/MessagesContext.tsx';
import type { EventsLoadError } from '../events/fetchEventsJson.ts';

export function LoadFailure({
  kind,
  onRetry,
}: {
  kind: EventsLoadError['kind'];
  onRetry: () => void;
}) {
  const t = useMessages();
  return (
    <div className="failure" role="alert">
      <p>{t.loadFailed(t.reasons[kind])}</p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
