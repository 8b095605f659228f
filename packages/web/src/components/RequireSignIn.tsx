import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ServiceErrorPage } from '../pages/ServiceErrorPage.js';
import { useSession } from '../session.js';
import { Loading } from './Loading.js';

/** Staff pages: people who are not signed in go to the sign-in page, then come back. */
export function RequireSignIn() {
  const session = useSession();
  const location = useLocation();
  switch (session.status) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return <ServiceErrorPage />;
    case 'ready': {
      if (session.user) return <Outlet />;
      const next = encodeURIComponent(`${location.pathname}${location.search}`);
      return <Navigate to={`/sign-in?next=${next}`} replace />;
    }
  }
}
