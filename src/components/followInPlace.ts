// A link that the app follows in place on a plain click, and that opens as a link otherwise
// (new tab with Ctrl or Cmd, middle click): the URL stays the state.
import type { MouseEvent } from 'react';

export function followInPlace(onFollow: () => void) {
  return (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onFollow();
  };
}
