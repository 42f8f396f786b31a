// `postbuild`: writes a .gz beside every compressible file of dist/, for nginx's gzip_static. The
// app's code and styles (assets/, a few files that every visitor downloads) are compressed with
// Zopfli, whose gzip is about 3% smaller than zlib's best and any browser reads; the rest (thousands
// of pages at 10,000 events) with zlib's best, a hundred times faster.
import { gzip as zopfliGzip } from '@gfx/zopfli';
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|json|svg|ics|xml|webmanifest|txt|map)$/;
const MIN_BYTES = 256;

async function* filesUnder(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

const zopfli = promisify(zopfliGzip);

async function compressed(file: string, content: Buffer, folder: string): Promise<Uint8Array> {
  const isAsset = path.relative(folder, file).split(path.sep)[0] === 'assets';
  return isAsset
    ? zopfli(content, { numiterations: 15 })
    : gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
}

async function compressFolder(
  folder: string,
): Promise<{ files: number; before: number; after: number }> {
  const totals = { files: 0, before: 0, after: 0 };
  for await (const file of filesUnder(folder)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const content = await readFile(file);
    if (content.length < MIN_BYTES) continue;
    const gzipped = await compressed(file, content, folder);
    if (gzipped.length >= content.length) continue;
    await writeFile(`${file}.gz`, gzipped);
    // Same modification time as the original, so Last-Modified agrees whichever nginx sends.
    const { atime, mtime } = await stat(file);
    await utimes(`${file}.gz`, atime, mtime);
    totals.files += 1;
    totals.before += content.length;
    totals.after += gzipped.length;
  }
  return totals;
}

const folder = process.argv[2] ?? 'dist';
const { files, before, after } = await compressFolder(folder);
console.log(`${folder}: ${files} files precompressed, ${before} -> ${after} bytes`);
