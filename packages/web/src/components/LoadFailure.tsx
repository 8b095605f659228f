import type { ApiError } from '../api.js';
import { ForbiddenPage } from '../pages/ForbiddenPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { ServiceErrorPage } from '../pages/ServiceErrorPage.js';
import { Loading } from './Loading.js';

/** What a page shows instead of itself when the data it needs could not be loaded. */
export function LoadFailure({ error }: { error: ApiError }) {
  switch (error.code) {
    case 'forbidden':
      return <ForbiddenPage />;
    case 'not_found':
      return <NotFoundPage />;
    case 'unauthenticated':
      // The session is being refreshed; the page will redirect to sign in.
      return <Loading />;
    default:
      return <ServiceErrorPage />;
  }
}
