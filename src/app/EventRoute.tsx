// An event's page, /e/<address>, in a chunk of its own (routeParts.ts): the event when events.json
// has it, upcoming or in the archive, and otherwise the page that says no event has that address.
import { EventPage } from '../components/EventPage.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import { NoSuchEvent } from '../components/NotFound.tsx';
import { eventAt } from '../events/address.ts';
import { readArchive, type EventsFile } from '../events/eventsFile.ts';
import { wordsOfAddress } from './route.ts';
import type { EventsState } from './useEventsFile.ts';

function findEvent(file: EventsFile, address: string) {
  return eventAt(file.events, address) ?? eventAt(readArchive(file).events, address);
}

export function EventRoute({
  address,
  load,
  now,
  listHref,
  onRetry,
}: {
  address: string;
  load: EventsState;
  now: Date;
  listHref: string | undefined;
  onRetry: () => void;
}) {
  const event = load.status === 'ready' ? findEvent(load.file, address) : undefined;
  if (event) return <EventPage event={event} now={now} listHref={listHref} />;
  // Not found yet: events.json may still bring it (an event the build did not write a page for).
  if (load.status !== 'ready') {
    return (
      <main className="event-page">
        <LoadStatus load={load} onRetry={onRetry} />
      </main>
    );
  }
  return <NoSuchEvent words={wordsOfAddress(address)} />;
}
