// No secret, token or webhook URL anywhere in the repository or in what the image serves (dist/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const SECRET_PATTERNS: [string, RegExp][] = [
  ['a GitLab token', /\bgl(pat|rt|dt|ptt|cbt|soat)-[A-Za-z0-9_-]{20,}/],
  [
    'a Portainer webhook URL',
    /\/api\/webhooks\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
  ],
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['an AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
  ['a password in clear', /\b(password|passwd|secret)\s*[:=]\s*["'][^"'\s$]{8,}["']/i],
];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function findSecrets(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (/\.(png|jpe?g|webp|gz)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const [what, pattern] of SECRET_PATTERNS)
      if (pattern.test(text)) found.push(`${file}: ${what}`);
  }
  return found;
}

test('@local no secret in the files of the repository', () => {
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  expect(tracked.length).toBeGreaterThan(50);
  expect(findSecrets(tracked)).toEqual([]);
});

test('@local no secret in the build the image serves', () => {
  const built = filesUnder('dist');
  expect(built.some((file) => file.endsWith('index.html'))).toBe(true);
  expect(findSecrets(built)).toEqual([]);
});

test('@local the secret check finds a planted token (it can fail)', () => {
  const planted = path.join('test-results', 'planted-secret.txt');
  mkdirSync('test-results', { recursive: true });
  const fakeToken = ['glpat', 'abcdefghij0123456789XY'].join('-');
  writeFileSync(planted, `token = ${fakeToken}\n`);
  expect(findSecrets([planted])).toEqual([`${planted}: a GitLab token`]);
});
