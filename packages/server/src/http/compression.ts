/**
 * Compression of what the server sends (ADR 0010). The web app's text files are compressed once,
 * at build time, and served as they are (`web.ts`, @fastify/static's `preCompressed`); this file
 * compresses the API's larger JSON answers as they go, with brotli at a low quality (cheap on the
 * CPU, still far smaller than gzip's default for JSON) or gzip, whichever the client prefers.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Answers smaller than this go as they are: compressing them saves less than a packet. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

export type Encoding = 'br' | 'gzip';
const ENCODINGS: Encoding[] = ['br', 'gzip'];

/** The encoding to use for a request's Accept-Encoding, or undefined for none (identity). */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): Encoding | undefined {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  if (header === undefined || header.trim() === '') return undefined;
  return negotiate(header, ENCODINGS) ?? undefined;
}

const COMPRESSIBLE = /^(application\/(json|problem\+json|xml)|text\/|image\/svg\+xml)/i;

export function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 4,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 6 });
}

/** Adds Accept-Encoding to the response's Vary header, once. */
export function varyOnAcceptEncoding(reply: FastifyReply): void {
  const current = reply.getHeader('vary');
  const values = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (values.some((v) => v === '*' || v.toLowerCase() === 'accept-encoding')) return;
  void reply.header('vary', [...values, 'Accept-Encoding'].join(', '));
}

function shouldConsider(request: FastifyRequest, reply: FastifyReply, size: number): boolean {
  if (size < COMPRESSION_THRESHOLD_BYTES) return false;
  if (request.method === 'HEAD') return false;
  if (reply.statusCode === 204 || reply.statusCode === 206 || reply.statusCode === 304) return false;
  if (reply.hasHeader('content-encoding')) return false;
  if (reply.hasHeader('content-range')) return false;
  // A response that sets a cookie or hands over the CSRF token carries a secret: it is never
  // compressed, so its length cannot be used to guess the secret (BREACH).
  if (reply.hasHeader('set-cookie')) return false;
  if (request.url.startsWith('/api/session')) return false;
  const type = reply.getHeader('content-type');
  return typeof type === 'string' && COMPRESSIBLE.test(type);
}

/**
 * Compresses buffered answers (JSON above all) of every route, those registered before this is
 * called too: Fastify gathers a context's hooks when the server becomes ready. Streams (files)
 * are left alone: the web app's are already compressed on disk.
 */
export function registerResponseCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (!shouldConsider(request, reply, body.length)) return payload;
    varyOnAcceptEncoding(reply);
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (encoding === undefined) return payload;
    const compressed = compress(body, encoding);
    void reply.header('content-encoding', encoding);
    void reply.header('content-length', compressed.length);
    return compressed;
  });
}
