// Vite builds the app; Vitest runs the domain and script tests in Node, the component tests in jsdom.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';
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

export default defineConfig({
  plugins: [react(), siteSettingsInHtml],
  // The revision the app says it runs (boot.tsx), so a page shows which release its code is from.
  define: { 'import.meta.env.VITE_REVISION': JSON.stringify(process.env.REVISION ?? 'dev') },
  build: {
    // DIST builds a second release beside dist/ (the rollout tests); postbuild reads it too.
    outDir: process.env.DIST ?? 'dist',
    // events.json stays in public/: fetched at run time, never bundled.
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: the build's postbuild step preloads the app chunk from it.
    manifest: true,
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
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
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
