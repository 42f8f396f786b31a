// The app's start, loaded by main.tsx. It reads what the build left in the page once
// (pageContract.ts): when the page was prerendered, the app takes over with the same events and
// refreshes them from events.json; otherwise it mounts and loads events.json. A page whose code is
// apart (an event's page, the form) has it loaded first, so the app takes over without a flash.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { readPage } from './app/pageContract.ts';
import { routeOf } from './app/route.ts';
import { eventRoutePart, partOfRoute } from './app/routeParts.ts';
import { inIdleSlices } from './app/whenIdle.ts';
import { readFirstView } from './events/firstView.ts';
import { readEventsFile, type EventsFile } from './events/load.ts';
import { site } from './site.ts';

/** The events the build put in the page; on the list, its first page, with the list's counts. */
function prerenderedEvents(text: string | undefined): EventsFile | undefined {
  if (!text) return undefined;
  try {
    const firstView = readFirstView((JSON.parse(text) as { firstView?: unknown }).firstView);
    return { ...readEventsFile(text, site.timeZone), firstView };
  } catch {
    return undefined;
  }
}

/** Words typed into the prerendered search box before the app ran are kept, through the URL. */
function keepTypedSearch(root: HTMLElement): void {
  const typed = root.querySelector<HTMLInputElement>('input[type=search]')?.value;
  if (!typed) return;
  const url = new URL(window.location.href);
  url.searchParams.set('q', typed);
  window.history.replaceState(null, '', url);
}

// Which release this code is: the rollout tests check that a page's code and HTML agree.
document.documentElement.dataset.revision = String(import.meta.env.VITE_REVISION);

const page = readPage(document);
const prerendered = page.isPrerendered ? prerenderedEvents(page.prerenderedEventsText) : undefined;
if (prerendered) keepTypedSearch(page.root);
const render = () =>
  createRoot(page.root).render(
    <StrictMode>
      <App prerendered={prerendered} logoFiles={page.logoFiles} />
    </StrictMode>,
  );
const part = partOfRoute(routeOf(window.location.pathname));
if (part) {
  // A failed load renders too: the page then says so and offers to retry.
  part.load().then(render, render);
} else {
  render();
  // An event's page is the next page most visitors open: its code comes in idle time.
  inIdleSlices(() => {
    eventRoutePart.load().catch(() => {});
    return true;
  });
}
