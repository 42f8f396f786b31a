// Entry point, kept tiny: a prerendered page is painted first (its events are in the HTML), then the
// app is loaded and takes over; without a prerendered page the app loads at once.
import './styles.css';
import { PAGE_CONTRACT } from './app/pageContract.ts';
import { site } from './site.ts';

const startApp = () => void import('./boot.tsx');

/**
 * The first use of Intl in a page loads the platform's locale and time-zone data: on a phone, a
 * long task of its own. Done while the app's code downloads, the takeover does not wait for it.
 */
const loadIntlData = () =>
  void new Intl.DateTimeFormat(site.defaultLanguage, { timeZone: site.timeZone }).format(0);

const root = document.getElementById(PAGE_CONTRACT.rootId);
if (root?.hasAttribute(PAGE_CONTRACT.prerenderedAttribute)) {
  // After the next frame: the browser paints the page before the app's code runs.
  requestAnimationFrame(() => {
    setTimeout(startApp, 0);
    setTimeout(loadIntlData, 0);
  });
} else {
  startApp();
}
