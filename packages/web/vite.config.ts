// Vite build for the web app. Styles come from nhsuk-frontend's Sass; its images are bundled
// from the package so the app needs nothing from outside its own origin (strict CSP).
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const require = createRequire(import.meta.url);
const nhsukImages = join(
  dirname(require.resolve('nhsuk-frontend/package.json')),
  'dist/nhsuk/assets/images',
);

export default defineConfig({
  plugins: [react()],
  resolve: {
    conditions: ['source', ...defaultClientConditions],
    alias: [{ find: /^@nhsuk-images\//, replacement: `${nhsukImages}/` }],
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // CSP allows images from 'self' only, so none may be inlined as data: URLs.
    assetsInlineLimit: 0,
  },
});
