// Entry point, kept tiny: a prerendered page is painted first (its events are in the HTML), then the
// app is loaded and takes over; without a prerendered page the app loads at once.
import './styles.css';
// Only the page's contract is imported here: a module the app's chunks share with the entry would
// make each of them fetch the entry's stylesheet, which the page already has inside.
import { PAGE_CONTRACT } from './app/pageContract.ts';

const startApp = () => void import('./boot.tsx');

const root = document.getElementById(PAGE_CONTRACT.rootId);
if (root?.hasAttribute(PAGE_CONTRACT.prerenderedAttribute)) {
  // After the next frame: the browser paints the page before the app's code runs.
  requestAnimationFrame(() => setTimeout(startApp, 0));
} else {
  startApp();
}
