import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { cspHashOf } from '../src/build/inlineStyle.ts';
import { nginxConfFor } from './prodServer.ts';

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test("a build is served with a policy that allows its own pages' styles, not the last build's", () => {
  folder = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
  writeFileSync(path.join(folder, 'index.html'), '<head><style>p{color:red}</style></head>');
  writeFileSync(path.join(folder, 'static.html'), '<head><style>p{color:blue}</style></head>');
  const conf = nginxConfFor(folder);
  const policy = /default "default-src 'self'; [^"]*"/.exec(conf)?.[0] ?? '';
  expect(policy).toContain(
    `style-src 'self' ${cspHashOf('p{color:red}')} ${cspHashOf('p{color:blue}')}`,
  );
  // The rest of the project's nginx.conf is kept as it is.
  const project = readFileSync('nginx.conf', 'utf8');
  expect(conf.replace(policy, '')).toBe(project.replace(/default "default-src 'self'; [^"]*"/, ''));
});
