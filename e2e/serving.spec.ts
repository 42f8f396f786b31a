// The production server as the container runs it: nginx with our nginx.conf over the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  expect,
  expectConsoleErrors,
  expectNoAxeViolations,
  test,
  waitForApp,
} from './fixtures.ts';
import { ACCESS_LOG } from './localServer.ts';
import { expectServedAs, rawGet, type RawResponse } from './rawHttp.ts';
import { LANGUAGES, site } from '../src/site.ts';

async function hashedAssets(): Promise<{ script: string; stylesheet: string }> {
  const html = (await rawGet('/')).body.toString('utf8');
  const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  // The stylesheet is inside the page; its file stays in assets/ for pages of earlier releases.
  const css = readdirSync('dist/assets').find((file) => file.endsWith('.css'));
  const stylesheet = css && `/assets/${css}`;
  if (!script || !stylesheet)
    throw new Error(`index.html names no hashed script or stylesheet:\n${html}`);
  return { script, stylesheet };
}

/** The file name of an event page the build wrote (`<address>.html`). */
function anEventPageFile(): string {
  const file = readdirSync('dist/e').find((name) => name.endsWith('.html'));
  if (!file) throw new Error('dist/e holds no event page: run npm run build');
  return file;
}

function expectSecurityHeaders(response: RawResponse, what: string) {
  const headers = response.headers;
  const policy = String(headers['content-security-policy']);
  expect(policy, what).toContain("frame-ancestors 'none'");
  const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
  expect(scriptSources, what).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['x-frame-options'], what).toBe('DENY');
  // server_tokens off: no version number.
  expect(headers.server, what).toBe('nginx');
}

/** A real 404: never cached, with the security headers. */
function expectNotFound(response: RawResponse, what: string) {
  expect(response.status, what).toBe(404);
  expect(response.headers['cache-control'], what).toBe('no-store');
  expectSecurityHeaders(response, what);
}

test('the page and the data are revalidated on every visit, and answer 304 when unchanged', async () => {
  for (const [url, type] of [
    ['/', 'text/html'],
    ['/events.json', 'application/json'],
  ] as const) {
    const first = await rawGet(url);
    expect(first.status, url).toBe(200);
    expect(first.headers['content-type'], url).toBe(`${type}; charset=utf-8`);
    expect(first.headers['cache-control'], url).toBe('no-cache');
    const etag = first.headers.etag;
    expect(etag, url).toBeTruthy();
    const again = await rawGet(url, { 'If-None-Match': String(etag) });
    expect(again.status, url).toBe(304);
    expectSecurityHeaders(first, url);
  }
});

test('hashed build assets are cached for a year, logos for a day', async () => {
  const { script, stylesheet } = await hashedAssets();
  const js = await rawGet(script);
  expect(js.status).toBe(200);
  expect(js.headers['content-type']).toBe('application/javascript; charset=utf-8');
  expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const css = await rawGet(stylesheet);
  expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const logo = await rawGet('/img/sponsors/Inria.svg');
  expect(logo.status).toBe(200);
  expect(logo.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
  expect(logo.headers['cache-control']).toBe('public, max-age=86400');
  expectSecurityHeaders(js, script);
});

test('an SVG opened on its own is sandboxed, so a script inside it cannot run', async () => {
  const logo = await rawGet('/img/sponsors/Inria.svg');
  expect(logo.headers['content-security-policy']).toBe(
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
  );
});

test('the first view’s file of logos is an SVG, sandboxed, and kept for a year', async () => {
  const html = (await rawGet('/')).body.toString('utf8');
  const file = /src="(\/assets\/logos-[0-9a-f]{10}\.svg)#v0"/.exec(html)?.[1];
  expect(file, 'index.html shows no logo from the first view’s file of logos').toBeDefined();
  const logos = await rawGet(file!);
  expect(logos.status).toBe(200);
  expect(logos.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
  expect(logos.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(logos.headers['content-security-policy']).toBe(
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
  );
});

test('the site files have the right MIME types', async () => {
  const expected: Record<string, string> = {
    '/events.json': 'application/json; charset=utf-8',
    '/favicon.svg': 'image/svg+xml; charset=utf-8',
    '/site.webmanifest': 'application/manifest+json; charset=utf-8',
  };
  await expectServedAs(expected);
});

test('compressed when asked: precompressed files and gzip on the fly', async () => {
  const { script } = await hashedAssets();
  for (const url of ['/', '/events.json', script, '/site.webmanifest']) {
    const plain = await rawGet(url);
    expect(plain.headers['content-encoding'], url).toBeUndefined();
    const zipped = await rawGet(url, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding'], url).toBe('gzip');
    expect(zipped.headers.vary, url).toContain('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(plain.body), url).toBe(true);
    expect(zipped.body.length, url).toBeLessThan(plain.body.length);
  }
});

test("a file's .gz is how nginx sends the file, never an address of its own", async () => {
  const { script } = await hashedAssets();
  const eventPage = anEventPageFile();
  const sent = { '/': '/index.html', '/events.json': '/events.json', [script]: script };
  for (const [url, file] of Object.entries(sent)) {
    const zipped = await rawGet(url, { 'Accept-Encoding': 'gzip' });
    expect(zipped.body.equals(readFileSync(`dist${file}.gz`)), `${url} sends dist${file}.gz`).toBe(
      true,
    );
  }
  for (const file of [...Object.values(sent), `/e/${eventPage}`, '/favicon.svg']) {
    const url = `${file}.gz`;
    expect(existsSync(`dist${url}`), `the build wrote dist${url}`).toBe(true);
    expectNotFound(await rawGet(url, { 'Accept-Encoding': 'gzip' }), url);
  }
});

test('a missing file is a real 404, with the security headers, and never cached', async () => {
  // Never cached: during a rolling update both releases answer behind one address, and a 404
  // stored for a year would break the page for good once the file exists everywhere.
  for (const url of [
    '/img/sponsors/nope.svg',
    '/assets/old-1234.js',
    '/assets/index-NEWHASH.css',
    '/nope.json',
    '/favicon.png',
  ]) {
    const response = await rawGet(url);
    expectNotFound(response, url);
    expect(response.headers['content-type'], url).not.toContain('javascript');
  }
});

test('a redirect names no host or port: the one nginx listens on inside the container is internal', async () => {
  const response = await rawGet('/propose.html?lang=en', { Host: 'events.example' });
  expect(response.status).toBe(301);
  expect(response.headers.location).toBe('/propose?lang=en');
});

test('@smoke the site serves the revision under test, and says which replica answered', async () => {
  const response = await rawGet('/build-info.json');
  expect(response.status).toBe(200);
  expect(response.headers['x-served-by'], 'nginx.conf sends X-Served-By').toBeTruthy();
  const { revision } = JSON.parse(response.body.toString('utf8')) as { revision: string };
  // The pipeline's smoke run passes its commit: another pipeline's deploy in between fails here.
  expect(revision, 'the revision this run is meant to test').toBe(
    process.env.EXPECTED_REVISION ?? revision,
  );
  expect(revision).toMatch(/^\S+$/);
});

test('@local build-info.json says which replica answered, from the host name', async () => {
  const response = await rawGet('/build-info.json');
  expect(response.status).toBe(200);
  expect(response.headers['x-served-by']).toBe(hostname());
  expect(response.headers['cache-control']).toBe('no-cache');
});

/** The hashes a directive of the page's policy allows. */
function hashesOf(policy: unknown, directive: string): string[] {
  const sources = new RegExp(`${directive} ([^;]*)`).exec(String(policy))?.[1] ?? '';
  return [...sources.matchAll(/'sha256-([^']+)'/g)].map((match) => match[1]!);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

test('the Content-Security-Policy allows exactly the inline scripts and styles of the page, by their hash', async () => {
  for (const path of ['/', '/propose', '/e/no-such-event']) {
    const page = await rawGet(path);
    const html = page.body.toString('utf8');
    const policy = page.headers['content-security-policy'];
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts.length, `${path} has its recovery script`).toBe(1);
    expect(
      hashesOf(policy, 'script-src'),
      'update script-src in nginx.conf to the hash of the script in index.html',
    ).toEqual(scripts.map(sha256));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles.length, `${path} carries its stylesheet`).toBe(1);
    expect(
      hashesOf(policy, 'style-src'),
      'npm run build writes the hash of the stylesheet into nginx.conf',
    ).toEqual(styles.map(sha256));
    expect(String(policy)).not.toContain('unsafe-inline');
  }
});

test('a page comes in the address’s language, else the one the visitor picked, else the site’s', async () => {
  const event = anEventPageFile().slice(0, -'.html'.length);
  const languageOf = (response: RawResponse) =>
    /<html lang="([a-z]+)"/.exec(response.body.toString('utf8'))?.[1];
  const home = site.defaultLanguage;
  // Every language of the interface (src/site.ts): one added there needs its pages in nginx.conf.
  for (const other of LANGUAGES.filter((language) => language !== home)) {
    for (const [address, status] of [
      ['/', 200],
      ['/propose', 200],
      [`/e/${event}`, 200],
      ['/e/no-such-event', 404],
      ['/no/such/page', 404],
    ] as const) {
      for (const [query, cookie, language] of [
        ['', undefined, home],
        [`?lang=${other}`, undefined, other],
        [`?q=java&lang=${other}`, undefined, other],
        [`?lang=${home}`, undefined, home],
        ['', `lang=${other}`, other],
        [`?lang=${home}`, `lang=${other}`, home],
        [`?lang=${other}`, `lang=${home}`, other],
        ['?lang=xx', undefined, home],
      ]) {
        const what = `${address}${query} with ${cookie ?? 'no cookie'}`;
        const response = await rawGet(`${address}${query}`, cookie ? { Cookie: cookie } : {});
        expect(response.status, what).toBe(status);
        expect(languageOf(response), what).toBe(language);
        // A cache keeps one copy per cookie: never one visitor's language for another.
        expect(String(response.headers.vary), what).toMatch(/\bCookie\b/);
      }
    }
    // The files of the other language are no addresses of their own.
    for (const file of ['index.html', `e/${event}.html`, 'propose.html', '']) {
      const url = `/${other}/${file}`;
      expectNotFound(await rawGet(url), url);
    }
  }
  expect(String((await rawGet('/events.json')).headers.vary)).not.toMatch(/Cookie/);
});

test('an address that names no page is a 404 that says so, and leads to the list', async ({
  page,
}) => {
  expectConsoleErrors(/status of 404/);
  for (const url of ['/events/2026/some-route', '/calendars/', '/e', '/404', '/events.json/']) {
    const response = await rawGet(url);
    expectNotFound(response, url);
    expect(response.body.toString('utf8'), url).toContain('Aucune page à cette adresse');
  }
  const english = await rawGet('/events/2026/some-route?lang=en');
  expectNotFound(english, '/events/2026/some-route?lang=en');
  expect(english.body.toString('utf8')).toContain('No page at this address');
  // The pages a 404 shows are not pages of their own.
  for (const url of ['/404.html', '/not-found.html']) {
    expect((await rawGet(url)).status, url).toBe(404);
  }
  await page.goto('/events/2026/some-route');
  await waitForApp(page);
  await expect(page.getByRole('heading', { name: 'Aucune page à cette adresse' })).toBeVisible();
  await expectNoAxeViolations(page, 'the page of an address that names nothing');
  await page.getByRole('link', { name: 'Voir les événements à venir' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('article').first()).toBeVisible();
});

test('@local /healthz answers 200 and is not logged; other requests are logged as JSON lines', async () => {
  const marker = `probe-${Date.now()}`;
  const health = await rawGet(`/healthz?${marker}`);
  expect(health.status).toBe(200);
  expect(health.body.toString()).toBe('ok\n');
  expect(health.headers['cache-control']).toBe('no-store');
  await rawGet(`/events.json?${marker}`);

  await expect
    .poll(() => readFileSync(ACCESS_LOG, 'utf8').includes(`/events.json?${marker}`), {
      message: `the access log ${ACCESS_LOG} should get the request`,
    })
    .toBe(true);
  const lines = readFileSync(ACCESS_LOG, 'utf8').trim().split('\n');
  const entries = lines.map(
    (line) => JSON.parse(line) as { uri: string; status: number; method: string },
  );
  expect(entries.find((entry) => entry.uri === `/events.json?${marker}`)).toMatchObject({
    status: 200,
    method: 'GET',
  });
  expect(entries.some((entry) => entry.uri.startsWith('/healthz'))).toBe(false);
});

test('the app works under the Content-Security-Policy, with no violation', async ({
  page,
  pinClock: _,
}) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto('/');
  await waitForApp(page);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.getByRole('article').last().scrollIntoViewIfNeeded();
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});

test('@local nginx -t accepts nginx.conf', () => {
  const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-t-'));
  try {
    mkdirSync(path.join(prefix, 'tmp'));
    symlinkSync(path.resolve('dist'), path.join(prefix, 'html'));
    const nginx = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
    // nginx opens /dev/stdout for the access log: give it a file, not the socket Node would.
    const stdout = openSync(path.join(prefix, 'stdout.log'), 'w');
    const result = spawnSync(
      nginx,
      ['-t', '-p', `${prefix}/`, '-c', path.resolve('nginx.conf'), '-e', 'stderr'],
      {
        encoding: 'utf8',
        stdio: ['ignore', stdout, 'pipe'],
      },
    );
    closeSync(stdout);
    expect(result.error, 'nginx must be installed: apt-get install -y nginx-light').toBeUndefined();
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
});
