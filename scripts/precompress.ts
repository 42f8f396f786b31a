// How the build compresses a file beforehand, for nginx's gzip_static: the app's code and styles
// (assets/, a few files that every visitor downloads) with Zopfli, whose gzip is about 3% smaller
// than zlib's best and any browser reads; the rest (thousands of pages at 10,000 events) with
// zlib's best, a hundred times faster. Used by scripts/compress-dist.ts, and by the benches for a
// page they add to a build, so that it is served as the build's pages are.
import { gzip as zopfliGzip } from '@gfx/zopfli';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|json|svg|ics|xml|webmanifest|txt|map)$/;
const MIN_BYTES = 256;

const zopfli = promisify(zopfliGzip);

async function compressed(file: string, content: Buffer, folder: string): Promise<Uint8Array> {
  const isAsset = path.relative(folder, file).split(path.sep)[0] === 'assets';
  return isAsset
    ? zopfli(content, { numiterations: 15 })
    : gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
}

/**
 * Writes `file.gz` beside `file` of the build in `folder`, when compressing pays; returns the sizes
 * before and after, or undefined when the file is left as it is.
 */
export async function precompress(
  file: string,
  folder: string,
): Promise<{ before: number; after: number } | undefined> {
  if (!COMPRESSIBLE.test(file)) return undefined;
  const content = await readFile(file);
  if (content.length < MIN_BYTES) return undefined;
  const gzipped = await compressed(file, content, folder);
  if (gzipped.length >= content.length) return undefined;
  await writeFile(`${file}.gz`, gzipped);
  // Same modification time as the original, so Last-Modified agrees whichever nginx sends.
  const { atime, mtime } = await stat(file);
  await utimes(`${file}.gz`, atime, mtime);
  return { before: content.length, after: gzipped.length };
}
