import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api.js';

export interface Resource<T> {
  /** The data of this path: while it is fetched again (reload), the last answer stays. */
  data: T | null;
  /** Why the last fetch failed, if it did. */
  error: ApiError | null;
  /** A fetch of this path is under way. */
  loading: boolean;
  reload: () => void;
}

interface Fetched<T> {
  path: string;
  version: number;
  data: T | null;
  error: ApiError | null;
}

/**
 * GETs `path` (again whenever it changes, or on reload()). Unlike useApiData, a reload keeps the
 * page as it was until the new answer comes, so focus and banners are not lost after an action.
 */
export function useResource<T>(path: string | null): Resource<T> {
  const [version, setVersion] = useState(0);
  const [fetched, setFetched] = useState<Fetched<T> | null>(null);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    api.get<T>(path, controller.signal).then(
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
  }, [path, version]);

  const reload = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);
  const same = fetched !== null && fetched.path === path;
  return {
    data: same ? fetched.data : null,
    error: same ? fetched.error : null,
    loading: path !== null && (!same || fetched.version !== version),
    reload,
  };
}
