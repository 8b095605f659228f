// Vite build for the web app. Styles come from nhsuk-frontend's Sass; its images are bundled
// from the package so the app needs nothing from outside its own origin (strict CSP).
// Every text file of the build is written compressed as well (name.br, name.gz), so the server
// sends it without compressing per request (ADR 0010).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);
const nhsukImages = join(
  dirname(require.resolve('nhsuk-frontend/package.json')),
  'dist/nhsuk/assets/images',
);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const TEXT_FILE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest|map)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : Promise.resolve([path]);
    }),
  );
  return nested.flat();
}

/**
 * Writes name.br (brotli, best quality) and name.gz (gzip, level 9) beside each text file of
 * the build, when smaller. Done once here, so the server spends no CPU on it per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'everyday:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await filesUnder(outDir)).filter((file) => TEXT_FILE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const body = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: (await stat(file)).size,
              },
            }),
            gzipAsync(body, { level: 9 }),
          ]);
          if (br.length < body.length) await writeFile(`${file}.br`, br);
          if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/** The domain package is pure (no module does anything on import), so unused parts are dropped. */
const CORE_SOURCE = /[\\/]packages[\\/]core[\\/]src[\\/]/;

export default defineConfig({
  plugins: [react(), precompress()],
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
    rolldownOptions: {
      // Without this, importing one function from @everyday/core keeps every core module with
      // top-level tables (instruments, rule sets) in the chunk every page shares.
      treeshake: { moduleSideEffects: (id: string) => (CORE_SOURCE.test(id) ? false : undefined) },
    },
  },
});
