/**
 * Serves the built web app from the same origin as the API. Hashed assets are cached for a
 * year; any other GET that is not under /api gets index.html so the app's router can answer.
 * Text files are sent as the build compressed them (`name.br`, `name.gz` beside `name`), chosen
 * by the request's Accept-Encoding, with `Vary: Accept-Encoding` (ADR 0010); the API's larger
 * JSON answers are compressed as they go (`compression.ts`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError, errorBody } from './app-error.js';
import { registerResponseCompression } from './compression.js';

export async function registerWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const hasWeb = existsSync(join(webDir, 'index.html'));
  registerResponseCompression(app);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      // Look files up per request, so a rebuilt web app is served without a restart.
      wildcard: true,
      index: false,
      // Serve name.br or name.gz (written by the build) to clients that accept them.
      preCompressed: true,
      setHeaders(res, path) {
        void res.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  // The static plugin's wildcard does not answer a bare directory, so the root page is a route.
  app.get('/', { schema: { hide: true } }, (request, reply) => {
    reply.callNotFound();
  });
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // A page is a GET outside /api whose last segment has no file extension; a missing file
    // (say an asset from an older build) is a plain 404, not the app's index.html.
    const lastSegment = path.split('/').pop() ?? '';
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      path !== '/api' &&
      // Signed links (/book/<body>.<mac>) carry a dot but are pages.
      (!lastSegment.includes('.') || path.startsWith('/book/'));
    if (!wantsPage) {
      return reply
        .status(404)
        .send(errorBody(new AppError('not_found', `No such endpoint: ${request.method} ${path}`)));
    }
    if (!hasWeb) {
      return reply
        .status(503)
        .type('text/plain')
        .send(
          'The web app has not been built. Run `npm run build`, or `npm start`, which builds it.',
        );
    }
    void reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
