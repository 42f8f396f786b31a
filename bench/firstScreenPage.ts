// A page cut after its first events, for bench:first-screen: the least that a page with its head
// and its markup could paint its first screen from.

const CARD_END = '</article>';

/**
 * `html` up to the end of its `events`-th event card: its head, and its body as far as that card.
 * What comes after (the other cards, the scripts, the data blocks, the JSON-LD) is left out; the
 * browser closes the elements left open, as at the end of any document. Throws, naming `name`,
 * when the page has fewer cards.
 */
export function cutAfterEvents(html: string, events: number, name: string): string {
  let end = 0;
  for (let card = 1; card <= events; card += 1) {
    const at = html.indexOf(CARD_END, end);
    if (at === -1) {
      throw new Error(
        `${name} has ${card - 1} event cards, and its first screen is measured with ${events}: build it from data with more upcoming events`,
      );
    }
    end = at + CARD_END.length;
  }
  return `${html.slice(0, end)}\n`;
}
