// The app's start, loaded by main.tsx. When the build prerendered the page, the app takes over with
// the same events (a JSON block in the page) and refreshes them from events.json; otherwise it
// mounts and loads events.json.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { PRERENDERED_EVENTS_ID } from './app/useEventsFile.ts';
import { readEventsFile, type EventsFile } from './events/load.ts';
import { site } from './site.ts';

function prerenderedEvents(): EventsFile | undefined {
  const block = document.getElementById(PRERENDERED_EVENTS_ID);
  if (!block?.textContent) return undefined;
  try {
    return readEventsFile(block.textContent, site.timeZone);
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const prerendered = root.hasAttribute('data-prerendered') ? prerenderedEvents() : undefined;
if (prerendered) keepTypedSearch(root);
createRoot(root).render(
  <StrictMode>
    <App prerendered={prerendered} />
  </StrictMode>,
);
