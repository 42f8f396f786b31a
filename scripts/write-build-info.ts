// `postbuild`: writes dist/build-info.json, so anyone (the deploy check first) can see which revision
// a site serves, and the next release's image knows which files of /assets are this release's own.
import { readdir, writeFile } from 'node:fs/promises';

const dist = process.env.DIST ?? 'dist';

const info = {
  revision: process.env.REVISION ?? process.env.CI_COMMIT_SHA ?? 'dev',
  builtAt: new Date().toISOString(),
  assets: (await readdir(`${dist}/assets`)).filter((file) => !file.endsWith('.gz')).sort(),
};
await writeFile(`${dist}/build-info.json`, `${JSON.stringify(info, null, 2)}\n`);
console.log(`${dist}/build-info.json: revision ${info.revision}, ${info.assets.length} assets`);
