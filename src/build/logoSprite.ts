// One SVG file for the logos of the list's first view. A browser builds a document of its own for
// every SVG file an <img> shows, on the page's main thread; a file that holds them all, each logo
// shown through a <view> of its own (`logos.svg#v3`), is one document for all of them, and one
// request. A logo goes in as it is, inside an <svg> of its own: only a logo whose ids or <style>
// rules could reach the others stays a file of its own, as does one whose size cannot be read.
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';

export type LogoSource = { name: string; text: string };

/** At most this much of logos in the first view's file: more loads at once than lazy files would. */
export const MAX_FIRST_VIEW_LOGO_BYTES = 32 * 1024;

export type LogoSprite = {
  /** The file's name, by its content: `logos-<hash>.svg`. */
  fileName: string;
  svg: string;
  /** Sponsor name -> the id of the logo's <view> in the file. */
  views: Record<string, string>;
  /** The logos that stay files of their own, and why. */
  leftOut: { name: string; reason: string }[];
};

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  allowBooleanAttributes: true,
  processEntities: true,
});

const ROOT_START = /<svg(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*\s*>/;
const ROOT_END = /<\/svg>\s*$/;
/** What may come before the root: an XML declaration, comments, white space. */
const PROLOG = /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*$/;
/** The attributes the file sets on each logo's own <svg>: where it is and how big. */
const PLACED = /\s+(?:x|y|width|height)\s*=\s*(?:"[^"]*"|'[^']*')/g;

/** A length in user units (a number, or px), else undefined. */
function userUnits(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*(px)?\s*$/i.exec(value);
  const number = match ? Number(match[1]) : NaN;
  return number > 0 && Number.isFinite(number) ? number : undefined;
}

/** The logo's size: its width and height in user units, else its viewBox's. */
function sizeOf(attributes: Record<string, string>): { width: number; height: number } | undefined {
  const width = userUnits(attributes.width);
  const height = userUnits(attributes.height);
  if (width !== undefined && height !== undefined) return { width, height };
  const box = (attributes.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) {
    return { width: box[2]!, height: box[3]! };
  }
  return undefined;
}

/** Does any element of `nodes`, or below them, have an id, or is any of them a <style>? */
function reachesOthers(nodes: XmlNode[]): string | undefined {
  for (const node of nodes) {
    const attributes = (node[':@'] ?? {}) as Record<string, string>;
    if ('id' in attributes) return `an id ("${attributes.id}")`;
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name === undefined || name.startsWith('#') || name.startsWith('?')) continue;
    if (name.split(':').pop() === 'style') return 'a <style> element';
    const children = node[name];
    if (Array.isArray(children)) {
      const found = reachesOthers(children as XmlNode[]);
      if (found) return found;
    }
  }
  return undefined;
}

type Placed = { name: string; start: string; body: string; width: number; height: number };

function place(logo: LogoSource): Placed | string {
  if (/<!DOCTYPE/i.test(logo.text)) return 'it has a DOCTYPE';
  let tree: XmlNode[];
  try {
    tree = parser.parse(logo.text, true) as XmlNode[];
  } catch {
    return 'it is not well-formed XML';
  }
  const root = tree.find((node) => 'svg' in node);
  const start = ROOT_START.exec(logo.text);
  const prolog = start ? logo.text.slice(0, start.index) : '';
  if (!root || !start || !PROLOG.test(prolog) || !ROOT_END.test(logo.text)) {
    return 'its root is not a plain <svg> element';
  }
  const attributes = (root[':@'] ?? {}) as Record<string, string>;
  // A logo drawn past its own box would show in its neighbours' views.
  if ('overflow' in attributes || /overflow/i.test(attributes.style ?? '')) {
    return 'its root sets overflow, and it could draw over the other logos';
  }
  const reach = reachesOthers([root]);
  if (reach) return `it has ${reach}, which would reach the other logos`;
  const size = sizeOf(attributes);
  if (!size) return 'its size cannot be read (no width and height, no viewBox)';
  // The root's own attributes, as written (its namespaces, viewBox, fitting, label), less its place.
  const kept = start[0].slice('<svg'.length, -1).replace(PLACED, '').trimEnd();
  const body = logo.text.slice(start.index + start[0].length).replace(ROOT_END, '');
  return { name: logo.name, start: kept, body, ...size };
}

/** Numbers as SVG writes them: no exponent, no trailing zeros. */
const n = (value: number) => String(Number(value.toFixed(4)));

/** The sponsors of `events`, in the order the events show them, each once. */
export function sponsorsInOrder(
  events: readonly { sponsors?: readonly { name: string }[] }[],
): string[] {
  return [...new Set(events.flatMap((event) => (event.sponsors ?? []).map(({ name }) => name)))];
}

/**
 * The file holding `logos` (in their order, up to `maxBytes` of them), each at its own height,
 * and a <view> per logo that frames it, fitted like an <img> of it (`xMidYMid meet`). Its
 * intrinsic size is the logos' box on the page (`box`), so that an <img> of that size shows the
 * view whole.
 */
export function logoSprite(
  logos: readonly LogoSource[],
  box: { width: number; height: number },
  maxBytes: number,
): LogoSprite {
  const leftOut: LogoSprite['leftOut'] = [];
  const views: Record<string, string> = {};
  const parts: string[] = [];
  const frames: string[] = [];
  let top = 0;
  let bytes = 0;
  for (const logo of logos) {
    const placed = place(logo);
    if (typeof placed === 'string') {
      leftOut.push({ name: logo.name, reason: placed });
      continue;
    }
    const size = Buffer.byteLength(logo.text);
    if (bytes + size > maxBytes) {
      leftOut.push({
        name: logo.name,
        reason: `the file holds ${maxBytes / 1024} kB of logos at most`,
      });
      continue;
    }
    bytes += size;
    const id = `v${Object.keys(views).length}`;
    views[logo.name] = id;
    frames.push(`<view id="${id}" viewBox="0 ${n(top)} ${n(placed.width)} ${n(placed.height)}"/>`);
    parts.push(
      `<svg${placed.start} x="0" y="${n(top)}" width="${n(placed.width)}" height="${n(placed.height)}">${placed.body}</svg>`,
    );
    top += placed.height;
  }
  // Without a view, the file shows the empty band above the logos: a browser that knew no <view>
  // would show a blank logo, never another sponsor's.
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="0 -${box.height} ${box.width} ${box.height}">` +
    `${frames.join('')}${parts.join('\n')}</svg>\n`;
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
  return { fileName: `logos-${hash}.svg`, svg, views, leftOut };
}
