import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZFieldError } from '@everyday/core';
import { api, ApiError } from './api.js';

function answer(status: number, body: unknown): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('reads the error shape with the contract, dropping malformed field errors', async () => {
    answer(400, {
      error: {
        code: 'validation',
        message: 'Check the answers',
        fields: [{ path: 'answers.goals', code: 'too_long' }, { code: 'no_path' }],
      },
    });
    const error = await api.post('/api/x', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation',
      fields: [{ path: 'answers.goals', code: 'too_long', message: '' }],
    });
  });

  it('checks a GET answer with a response schema', async () => {
    answer(200, { path: 'a', code: 'b', message: 'c' });
    await expect(api.get('/api/x', undefined, ZFieldError)).resolves.toEqual({
      path: 'a',
      code: 'b',
      message: 'c',
    });
    answer(200, { path: 1 });
    await expect(api.get('/api/x', undefined, ZFieldError)).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });
});
