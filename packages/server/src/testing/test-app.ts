/**
 * Test support: the real app on a test database, and a client that signs in and carries the
 * session cookie and CSRF token the way the web app does.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { DatabaseHandle } from '../db/database.js';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ EVERYDAY_WEB_DIR: '/nonexistent-web-dir' }, '0.0.0-test'),
    ...overrides,
  };
}

export async function makeApp(
  database: DatabaseHandle,
  overrides: Partial<Config> = {},
  now?: () => Date,
  logStream?: NodeJS.WritableStream,
): Promise<FastifyInstance> {
  return buildApp({
    config: testConfig(overrides),
    database,
    logLevel: logStream ? 'info' : 'silent',
    ...(now ? { now } : {}),
    ...(logStream ? { logStream } : {}),
  });
}

/** Cookies in a jar, a CSRF token, and inject() calls that send both. */
export class TestClient {
  readonly #cookies = new Map<string, string>();
  csrfToken = '';

  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = '127.0.0.1',
  ) {}

  async request(
    options: InjectOptions & { method: string; url: string },
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {
      ...(options.headers as Record<string, string> | undefined),
    };
    if (this.#cookies.size > 0)
      headers.cookie = [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrfToken && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({ ...options, headers, remoteAddress: this.ip });
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()))
        this.#cookies.delete(c.name);
      else this.#cookies.set(c.name, c.value);
    }
    return response;
  }

  async refreshSession(): Promise<LightMyRequestResponse> {
    const response = await this.request({ method: 'GET', url: '/api/session' });
    this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return response;
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    if (!this.csrfToken) await this.refreshSession();
    const response = await this.request({
      method: 'POST',
      url: '/api/session',
      payload: { email, password },
    });
    await this.refreshSession();
    return response;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) =>
    this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  put = (url: string, payload?: unknown) =>
    this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });
  patch = (url: string, payload?: unknown) =>
    this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });

  cookie(name: string): string | undefined {
    return this.#cookies.get(name);
  }
}
