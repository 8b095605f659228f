import { useEffect, useState } from 'react';
import { api } from '../api.js';
import type { Unacknowledged } from './crisis-types.js';
import { onCrisisChanged } from './crisis-events.js';

/** How often every staff page looks again for crisis requests no one has acted on. */
export const UNACKNOWLEDGED_REFRESH_MS = 30_000;

/**
 * `GET /api/crisis/unacknowledged` while `enabled`: fetched at once, whenever `refreshKey` changes
 * (a new page), when the tab is shown again, after an acknowledgement, and every 30 seconds. A
 * failed look keeps what was last known, so a banner never vanishes because the network did.
 */
export function useUnacknowledged(enabled: boolean, refreshKey: string): Unacknowledged | null {
  const [data, setData] = useState<Unacknowledged | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    const again = (): void => {
      setTick((n) => n + 1);
    };
    const timer = window.setInterval(again, UNACKNOWLEDGED_REFRESH_MS);
    const visible = (): void => {
      if (document.visibilityState === 'visible') again();
    };
    document.addEventListener('visibilitychange', visible);
    const off = onCrisisChanged(again);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', visible);
      off();
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    api.get<Unacknowledged>('/api/crisis/unacknowledged', controller.signal).then(
      (next) => {
        setData(next);
      },
      () => undefined,
    );
    return () => {
      controller.abort();
    };
  }, [enabled, refreshKey, tick]);

  return enabled ? data : null;
}
