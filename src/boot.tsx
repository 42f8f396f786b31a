// The app's start, loaded by main.tsx. It reads what the build left in the page once
// (pageContract.ts): when the page was prerendered, the app takes over with the same events and
// refreshes them from events.json; otherwise it mounts and loads events.json. A page whose code is
// apart (an event's page, the form) has it loaded first, so the app takes over without a flash.
// Taking over hydrates the build's markup when the first render would be the same (takeover.ts),
// and runs as a transition: React renders in slices, and the page stays responsive meanwhile.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { pickLanguage } from './app/language.ts';
import { readPage } from './app/pageContract.ts';
import { routeOf } from './app/route.ts';
import { eventRoutePart, partOfRoute } from './app/routeParts.ts';
import { addressNamingLanguage, eventsOfPage, hydrationInputs } from './app/takeover.ts';
import { readViewState } from './app/viewState.ts';
import { inIdleSlices } from './app/whenIdle.ts';

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

/**
 * Takes over the page, in a task of its own: the module's evaluation is a long task already.
 * `partLoaded`: the code of the page's own part is there (when it failed, the page says so).
 */
function start(partLoaded = true): void {
  const prerendered = eventsOfPage(page);
  if (prerendered) keepTypedSearch(page.root);
  const { location } = window;
  const language = pickLanguage(readViewState(location.search).lang);
  const named = addressNamingLanguage(page, location, language);
  if (named) window.history.replaceState(window.history.state, '', named);
  const hydrating = hydrationInputs(page, {
    location,
    language,
    pageEvents: prerendered,
    partLoaded,
  });
  const app = (
    <StrictMode>
      <App prerendered={prerendered} logoAddresses={page.logoAddresses} hydrating={hydrating} />
    </StrictMode>
  );
  startTransition(() => {
    if (hydrating) hydrateRoot(page.root, app);
    else createRoot(page.root).render(app);
  });
}

const part = partOfRoute(routeOf(window.location.pathname));
if (part) {
  // A failed load renders too: the page then says so and offers to retry.
  part.load().then(
    () => start(),
    () => start(false),
  );
} else {
  setTimeout(() => start(), 0);
  // An event's page is the next page most visitors open: its code comes in idle time.
  inIdleSlices(() => {
    eventRoutePart.load().catch(() => {});
    return true;
  });
}
