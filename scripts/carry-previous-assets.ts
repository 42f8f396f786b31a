// `tsx scripts/carry-previous-assets.ts PREVIOUS_SITE DIST`: copies the previous release's own
// /assets files (as its build-info.json lists them, with their .gz) into this build, so pages of
// the release being replaced keep loading from new replicas during a rolling update and in tabs
// left open after it (docs/operations.md). Only one release back: carried files are not carried on.
import { copyFile, readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const BuildInfo = z.object({ revision: z.string(), assets: z.array(z.string()).optional() });

/** The previous release's own asset files; all its files if its build-info.json predates the list. */
async function previousAssets(
  previousSite: string,
): Promise<{ revision: string; files: string[] }> {
  const infoFile = path.join(previousSite, 'build-info.json');
  if (!existsSync(infoFile)) return { revision: 'none', files: [] };
  const info = BuildInfo.parse(JSON.parse(await readFile(infoFile, 'utf8')));
  const files =
    info.assets ??
    (await readdir(path.join(previousSite, 'assets')).catch(() => [])).filter(
      (file) => !file.endsWith('.gz'),
    );
  // A name is a file of assets/, never a path out of it.
  return { revision: info.revision, files: files.filter((file) => path.basename(file) === file) };
}

async function carry(previousSite: string, dist: string): Promise<void> {
  const { revision, files } = await previousAssets(previousSite);
  let carried = 0;
  for (const file of files) {
    for (const name of [file, `${file}.gz`]) {
      const from = path.join(previousSite, 'assets', name);
      const to = path.join(dist, 'assets', name);
      if (!existsSync(from) || existsSync(to)) continue;
      await copyFile(from, to);
      if (name === file) carried += 1;
    }
  }
  console.log(
    revision === 'none'
      ? `carry-previous-assets: no previous release in ${previousSite}, nothing carried`
      : `carry-previous-assets: ${carried} asset files of revision ${revision} carried into ${dist}/assets`,
  );
}

const [previousSite, dist] = process.argv.slice(2);
if (!previousSite || !dist) {
  console.error('carry-previous-assets: usage: carry-previous-assets PREVIOUS_SITE DIST');
  process.exit(2);
}
await carry(previousSite, dist);
