// Says what became of an event that does not happen as announced (cancelled, postponed…), in words,
// so it does not rest on the struck-through title alone.
import type { EventStatus } from '../events/status.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';

export function StatusBadge({ status }: { status: EventStatus | undefined }) {
  const t = useMessages();
  if (!status) return null;
  return <strong className={`badge status status-${status}`}>{t.statuses[status]}</strong>;
}
