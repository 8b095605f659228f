import { lazy, Suspense } from 'react';
import { useSession } from '../session.js';

// Loaded only once someone is signed in: the public pages never fetch it.
const CrisisBanner = lazy(async () => ({
  default: (await import('./CrisisBanner.js')).CrisisBanner,
}));

/** Where the crisis banner goes on every page (the layout's): for signed-in staff only. */
export function CrisisBannerSlot() {
  const session = useSession();
  if (session.status !== 'ready' || session.user === null) return null;
  return (
    <Suspense fallback={null}>
      <CrisisBanner />
    </Suspense>
  );
}
