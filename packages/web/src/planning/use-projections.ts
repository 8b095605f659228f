// The finished projections the comparison shows, fetched once each (GET
// /api/planning/projections/:id) unless the page already has them from running them.
import { ZProjection, type ProjectionResponse } from '@everyday/core';
import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api.js';

export type FetchedProjection = ProjectionResponse | ApiError;

/** Each id's projection (or why it could not be had); ids not yet fetched are missing. */
export function useProjections(
  ids: readonly string[],
  known: ReadonlyMap<string, ProjectionResponse>,
): ReadonlyMap<string, FetchedProjection> {
  const [fetched, setFetched] = useState<ReadonlyMap<string, FetchedProjection>>(new Map());
  const seen = useRef(fetched);
  useEffect(() => {
    seen.current = fetched;
  }, [fetched]);
  const key = ids.join(',');

  useEffect(() => {
    const controller = new AbortController();
    for (const id of key === '' ? [] : key.split(',')) {
      if (known.has(id) || seen.current.has(id)) continue;
      api.get(`/api/planning/projections/${id}`, controller.signal, ZProjection).then(
        (projection) => {
          setFetched((m) => new Map(m).set(id, projection));
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const failure =
            error instanceof ApiError ? error : new ApiError(0, 'internal', String(error));
          setFetched((m) => new Map(m).set(id, failure));
        },
      );
    }
    return () => {
      controller.abort();
    };
  }, [key, known]);

  const all = new Map<string, FetchedProjection>();
  for (const id of ids) {
    const projection = known.get(id) ?? fetched.get(id);
    if (projection !== undefined) all.set(id, projection);
  }
  return all;
}
