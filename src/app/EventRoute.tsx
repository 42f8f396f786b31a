// An event's page, /e/<address>, in a chunk of its own (routeParts.ts): the event when events.json
// has it, upcoming or in the archive (once read), and otherwise the page that says no event has
// that address.
import { useState } from 'react';
import { EventPage } from '../components/EventPage.tsx';
import { LoadingNotice } from '../components/LoadingNotice.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import { NoSuchEvent } from '../components/NotFound.tsx';
import { eventAt } from '../events/address.ts';
import type { SiteEvent } from '../events/event.ts';
import { wordsOfAddress } from './route.ts';
import type { EventsState } from './useEventsFile.ts';

/**
 * The event at `address` in the loaded file; while the file's archive is read, the one found there
 * last (the page's own, or the one events.json brought before), which the archive may hold still:
 * the page does not go from the event to a loading notice and back.
 */
function useEventAt(load: EventsState, address: string): SiteEvent | undefined {
  const found = load.status === 'ready' ? eventAt(load.file.events, address) : undefined;
  const [last, setLast] = useState(found);
  if (found && found !== last) setLast(found);
  if (found || load.status !== 'ready' || !load.file.archive || !last) return found;
  return eventAt([last], address);
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
  const event = useEventAt(load, address);
  if (event) return <EventPage event={event} now={now} listHref={listHref} />;
  // Not found yet: events.json may still bring it (an event the build did not write a page for), or
  // the archive, read after the upcoming events.
  if (load.status !== 'ready' || load.file.archive) {
    return (
      <main className="event-page">
        {load.status === 'ready' && !load.refresh ? (
          <LoadingNotice />
        ) : (
          <LoadStatus load={load} onRetry={onRetry} />
        )}
      </main>
    );
  }
  return <NoSuchEvent words={wordsOfAddress(address)} />;
}
