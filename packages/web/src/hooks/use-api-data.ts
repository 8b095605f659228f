import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api.js';

export type Loadable<T> =
  { status: 'loading' } | { status: 'loaded'; data: T } | { status: 'failed'; error: ApiError };

interface Result<T> {
  key: string;
  value: Loadable<T>;
}

/** GETs `path` (again whenever it changes, or on reload()); null means nothing to fetch yet. */
export function useApiData<T>(path: string | null): [Loadable<T>, () => void] {
  const [version, setVersion] = useState(0);
  const [result, setResult] = useState<Result<T> | null>(null);
  const key = `${String(version)} ${path ?? ''}`;

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    api.get<T>(path, controller.signal).then(
      (data) => {
        setResult({ key, value: { status: 'loaded', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(0, 'internal', String(error));
        setResult({ key, value: { status: 'failed', error: apiError } });
      },
    );
    return () => {
      controller.abort();
    };
  }, [key, path]);

  const reload = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);
  const value: Loadable<T> = result?.key === key ? result.value : { status: 'loading' };
  return [value, reload];
}
