// Vite builds the app; Vitest runs the domain and script tests in Node, the component tests in jsdom.
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';
import { zoneTable } from './src/events/zoneOffset.ts';
import { site } from './src/site.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** index.html names the site with %SITE_TITLE% and %SITE_DESCRIPTION%: src/site.ts owns both. */
const siteSettingsInHtml: Plugin = {
  name: 'site-settings-in-html',
  transformIndexHtml: (html) =>
    html
      .replaceAll('%SITE_TITLE%', escapeHtml(site.title))
      .replaceAll('%SITE_DESCRIPTION%', escapeHtml(site.description)),
};

/**
 * The dev server answers /e/<address>.ics, which the build writes beside each event's page
 * (src/build/devCalendarFile.ts): the cards' "Add to calendar" links there.
 */
const eventCalendarFilesInDev: Plugin = {
  name: 'event-calendar-files-in-dev',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      const address = /^\/e\/([a-z0-9-]+)\.ics$/.exec(request.url?.split('?')[0] ?? '')?.[1];
      if (!address) return next();
      server
        .ssrLoadModule('/src/build/devCalendarFile.ts')
        .then((module) => {
          const { devCalendarFile } = module as typeof import('./src/build/devCalendarFile.ts');
          const text = devCalendarFile(address, `http://${request.headers.host ?? 'localhost'}`);
          response.statusCode = text === undefined ? 404 : 200;
          response.setHeader('Content-Type', text === undefined ? 'text/plain' : 'text/calendar');
          response.end(text ?? `No event has the address ${address} in public/events.json.\n`);
        })
        .catch(next);
    });
  },
};

type ModuleGraph = { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null };

/** The ids a module imports statically, and theirs, itself included. */
function staticImportsOf(root: string, graph: ModuleGraph): Set<string> {
  const found = new Set<string>();
  const next = [root];
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    next.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

/**
 * The app's chunk: every module that src/boot.tsx imports statically, but those the entry has
 * (src/main.tsx, painted first). Left to itself the bundler splits the modules that boot.tsx shares
 * with the pages loaded apart (src/app/routeParts.ts) into a chunk of their own, which the first view
 * then loads too, compressed worse; those pages import from this chunk instead.
 */
function appChunkName(): (id: string, graph: ModuleGraph) => string | null {
  let app: Set<string> | undefined;
  return (id, graph) => {
    if (!app) {
      const entry = staticImportsOf(path.resolve('src/main.tsx'), graph);
      const boot = staticImportsOf(path.resolve('src/boot.tsx'), graph);
      app = new Set([...boot].filter((id) => !entry.has(id)));
    }
    return app.has(id) ? 'boot' : null;
  };
}

/**
 * The data file's schema and zod, which the first view does without: a chunk of their own, named
 * for what they are, that the reader of events.json (src/events/load.ts) and the propose form load.
 */
const schemaChunkName = (id: string) =>
  /\/node_modules\/zod\/|\/src\/events\/schema(Message)?\.ts$/.test(id) ? 'schema' : null;

export default defineConfig({
  plugins: [react(), siteSettingsInHtml, eventCalendarFilesInDev],
  define: {
    // The revision the app says it runs (boot.tsx), so a page shows which release its code is from.
    'import.meta.env.VITE_REVISION': JSON.stringify(process.env.REVISION ?? 'dev'),
    // The site zone's offsets, found here so that a page needs no Intl (src/events/zoneOffset.ts);
    // an event outside these years is still placed right, by Intl.
    __SITE_ZONE_TABLE__: JSON.stringify(zoneTable(site.timeZone, 2000, 2070)),
  },
  build: {
    // DIST builds a second release beside dist/ (the rollout tests); postbuild reads it too.
    outDir: process.env.DIST ?? 'dist',
    // events.json stays in public/: fetched at run time, never bundled.
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: the build's postbuild step preloads the app chunk from it.
    manifest: true,
    // Every browser the site supports knows modulepreload; an older one only loads the app later.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: appChunkName(), includeDependenciesRecursively: false },
            { name: schemaChunkName },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    // Domain code and scripts run in Node; only components pay for jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          setupFiles: ['src/test/consoleGuard.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.{ts,tsx}', 'src/test/**'],
      reporter: ['text-summary', 'cobertura', 'html'],
    },
  },
});
