// Checks of the sponsor logo files: a real image of its type, small, and an SVG that cannot run code
// or fetch anything. Each rule returns the problems of one file.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { svgRefusals } from './svgAllowList.ts';

const LOGO_EXTENSIONS = ['svg', 'png', 'webp'];

/** The logo files of a folder (svg, png or webp), sorted; none when the folder is missing. */
export async function logoFilesIn(folder: string): Promise<string[]> {
  const files = await readdir(folder).catch(() => [] as string[]);
  return files
    .filter((file) => LOGO_EXTENSIONS.includes(path.extname(file).slice(1).toLowerCase()))
    .sort();
}

/** A logo file's sponsor name: the file name without its extension. */
export const sponsorOfLogo = (file: string) =>
  file.slice(0, file.length - path.extname(file).length);
export const MAX_LOGO_BYTES = 100 * 1024;

export type LogoFile = { fileName: string; bytes: Uint8Array };
export type LogoProblem = { fileName: string; severity: 'error' | 'warning'; message: string };

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) =>
  prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function extensionOf(fileName: string): string {
  return fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
}

function sizeProblem(logo: LogoFile): string | undefined {
  if (logo.bytes.length <= MAX_LOGO_BYTES) return undefined;
  return `is ${Math.ceil(logo.bytes.length / 1024)} kB, over the ${MAX_LOGO_BYTES / 1024} kB limit: export it smaller (an SVG, or a PNG of 240×96 px)`;
}

function typeProblem(logo: LogoFile): string | undefined {
  const extension = extensionOf(logo.fileName);
  if (extension === 'png' && !startsWith(logo.bytes, [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a])) {
    return 'is not a PNG image despite its name: export it again as PNG';
  }
  if (
    extension === 'webp' &&
    !(startsWith(logo.bytes, ascii('RIFF')) && startsWith(logo.bytes, ascii('WEBP'), 8))
  ) {
    return 'is not a WebP image despite its name: export it again as WebP';
  }
  return undefined;
}

type XmlNode = Record<string, unknown>;

function svgProblem(logo: LogoFile): string | undefined {
  if (extensionOf(logo.fileName) !== 'svg') return undefined;
  const text = new TextDecoder().decode(logo.bytes);
  let tree: unknown;
  try {
    tree = new XMLParser({
      ignoreAttributes: false,
      preserveOrder: true,
      allowBooleanAttributes: true,
    }).parse(text, true);
  } catch (error) {
    return `is not a well-formed SVG (${(error as Error).message.split('\n')[0]}): export it again`;
  }
  const root = (tree as XmlNode[]).find((node) => !('?xml' in node) && !('#comment' in node));
  if (!root || !('svg' in root))
    return 'is not an SVG image (its root element is not <svg>): export it again as SVG';
  if (/<!ENTITY/i.test(text)) return 'declares XML entities: remove the DOCTYPE';
  const found = svgRefusals(tree);
  if (found.size === 0) return undefined;
  return `holds ${[...found].join(', ')}: a logo must be a plain drawing with nothing that runs or loads; export it again as plain SVG (Inkscape: Save as > Plain SVG; or run it through SVGO) and remove what is named`;
}

/** Every problem of one logo file. */
export function checkLogoFile(logo: LogoFile): LogoProblem[] {
  return [sizeProblem, typeProblem, svgProblem]
    .map((rule) => rule(logo))
    .filter((message): message is string => message !== undefined)
    .map((message) => ({ fileName: logo.fileName, severity: 'error' as const, message }));
}

/** Logos that no event names: they can go. */
export function unusedLogos(
  logoFileNames: readonly string[],
  usedNames: ReadonlySet<string>,
): LogoProblem[] {
  return logoFileNames
    .filter((fileName) => !usedNames.has(fileName.slice(0, fileName.lastIndexOf('.'))))
    .map((fileName) => ({
      fileName,
      severity: 'warning' as const,
      message: 'no event uses this logo: delete it, or check the sponsor names',
    }));
}
