// The web app's one way to fetch data for a page (ADR 0012): GET a path with the API client,
// optionally checking the answer with a contract's response schema.
import { useCallback, useEffect, useState } from 'react';
import type { ResponseSchema } from '@everyday/core';
import { api, ApiError } from '../api.js';

/** Where a fetch stands, for pages that show loading, the data, or why it failed. */
export type Loadable<T> =
  | { status: 'loading'; data: T | null; error: ApiError | null }
  | { status: 'loaded'; data: T; error: null }
  | { status: 'failed'; data: T | null; error: ApiError };

export type Resource<T> = Loadable<T> & {
  /** A fetch of this path is under way (a reload keeps the last answer meanwhile). */
  loading: boolean;
  reload: () => void;
};

interface Fetched<T> {
  path: string;
  version: number;
  data: T | null;
  error: ApiError | null;
}

function state<T>(data: T | null, error: ApiError | null, loading: boolean): Loadable<T> {
  if (error !== null && !loading) return { status: 'failed', data, error };
  if (data !== null && error === null) return { status: 'loaded', data, error: null };
  return { status: 'loading', data, error };
}

/**
 * GETs `path` (again whenever it changes, or on reload()); null means nothing to fetch yet. A
 * reload keeps the page as it was until the new answer comes, so focus and banners are not lost
 * after an action. With `schema`, the answer is checked and typed by it.
 */
export function useResource<T>(path: string | null, schema?: ResponseSchema<T>): Resource<T> {
  const [version, setVersion] = useState(0);
  const [fetched, setFetched] = useState<Fetched<T> | null>(null);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    api.get<T>(path, controller.signal, schema).then(
      (data) => {
        setFetched({ path, version, data, error: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(0, 'internal', String(error));
        setFetched((last) => ({
          path,
          version,
          data: last?.path === path ? last.data : null,
          error: apiError,
        }));
      },
    );
    return () => {
      controller.abort();
    };
  }, [path, version, schema]);

  const reload = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);
  const same = fetched !== null && fetched.path === path;
  const loading = path !== null && (!same || fetched.version !== version);
  return {
    ...state(same ? fetched.data : null, same ? fetched.error : null, loading),
    loading,
    reload,
  };
}
