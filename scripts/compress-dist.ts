// `postbuild`: writes a .gz beside every compressible file of dist/, for nginx's gzip_static, as
// scripts/precompress.ts compresses each.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { precompress } from './precompress.ts';

async function* filesUnder(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

async function compressFolder(
  folder: string,
): Promise<{ files: number; before: number; after: number }> {
  const totals = { files: 0, before: 0, after: 0 };
  for await (const file of filesUnder(folder)) {
    const sizes = await precompress(file, folder);
    if (!sizes) continue;
    totals.files += 1;
    totals.before += sizes.before;
    totals.after += sizes.after;
  }
  return totals;
}

const folder = process.argv[2] ?? 'dist';
const { files, before, after } = await compressFolder(folder);
console.log(`${folder}: ${files} files precompressed, ${before} -> ${after} bytes`);
