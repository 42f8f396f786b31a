// The carry step as the image build runs it: a real process over real folders.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';

// Each test starts real processes: on a busy machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A site folder: build-info.json (when `info` is given) and the named files under assets/. */
function aSite(files: string[], info?: object): string {
  const site = mkdtempSync(path.join(tmpdir(), 'carry-'));
  folders.push(site);
  mkdirSync(path.join(site, 'assets'));
  for (const file of files) writeFileSync(path.join(site, 'assets', file), `/* ${file} */`);
  if (info) writeFileSync(path.join(site, 'build-info.json'), JSON.stringify(info));
  return site;
}

function carry(previous: string, dist: string): string {
  return execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/carry-previous-assets.ts', previous, dist],
    { encoding: 'utf8', timeout: 30_000 },
  );
}

const assetsOf = (site: string) => readdirSync(path.join(site, 'assets')).sort();

test("the previous release's own assets are carried, with their .gz; what it carried is not", () => {
  const previous = aSite(['index-OLD.js', 'index-OLD.js.gz', 'boot-OLD.js', 'index-OLDER.js'], {
    revision: 'old-sha',
    assets: ['boot-OLD.js', 'index-OLD.js'],
  });
  const dist = aSite(['index-NEW.js']);
  expect(carry(previous, dist)).toBe(
    `carry-previous-assets: 2 asset files of revision old-sha carried into ${dist}/assets\n`,
  );
  expect(assetsOf(dist)).toEqual([
    'boot-OLD.js',
    'index-NEW.js',
    'index-OLD.js',
    'index-OLD.js.gz',
  ]);
}, 60_000);

test('a previous release built before the list existed has all its assets carried', () => {
  const previous = aSite(['index-OLD.js', 'index-OLD.js.gz'], { revision: 'old-sha' });
  const dist = aSite(['index-NEW.js']);
  carry(previous, dist);
  expect(assetsOf(dist)).toEqual(['index-NEW.js', 'index-OLD.js', 'index-OLD.js.gz']);
}, 60_000);

test('no previous release (the first image): nothing is carried, and the build goes on', () => {
  const previous = aSite([]);
  const dist = aSite(['index-NEW.js']);
  expect(carry(previous, dist)).toContain('no previous release');
  expect(assetsOf(dist)).toEqual(['index-NEW.js']);
}, 60_000);

test('a listed name that leaves assets/ is not followed', () => {
  const previous = aSite(['index-OLD.js'], { revision: 'old', assets: ['../build-info.json'] });
  const dist = aSite([]);
  carry(previous, dist);
  expect(readdirSync(dist)).toEqual(['assets']);
}, 60_000);
