import { Outlet } from 'react-router-dom';
import type { Role } from '../api-types.js';
import { ForbiddenPage } from '../pages/ForbiddenPage.js';
import { hasRole, useSession } from '../session.js';

/** Pages for one role; anyone else sees "You do not have permission to view this page". */
export function RequireRole({ requiredRole }: { requiredRole: Role }) {
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  return hasRole(user, requiredRole) ? <Outlet /> : <ForbiddenPage />;
}
