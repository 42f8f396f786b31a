// The scripts of a built page's first view, as the budget test and bench:downloads count them: the
// page's entry script, and the chunks the entry imports after the first paint, whose file names
// Vite writes into the entry's code. Paths are under the build folder, like `assets/boot-1a2b.js`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function firstViewScripts(
  dist: string,
  html: string,
): { entries: string[]; imported: string[] } {
  const entries = [
    ...new Set([...html.matchAll(/<script[^>]+src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)),
  ];
  const assets = new Set(readdirSync(path.join(dist, 'assets')));
  const imported = entries.flatMap((entry) =>
    [...new Set(readFileSync(path.join(dist, entry), 'utf8').match(/[\w.-]+\.js\b/g) ?? [])]
      .map((name) => `assets/${name}`)
      .filter((file) => assets.has(path.basename(file)) && !entries.includes(file)),
  );
  return { entries, imported: [...new Set(imported)] };
}
