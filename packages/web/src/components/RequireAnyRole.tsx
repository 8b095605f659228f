import { Outlet } from 'react-router-dom';
import type { Role } from '../api-types.js';
import { ForbiddenPage } from '../pages/ForbiddenPage.js';
import { hasRole, useSession } from '../session.js';

/** Like RequireRole, for pages open to several roles: anyone with none of them is refused. */
export function RequireAnyRole({ roles }: { roles: readonly Role[] }) {
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  return roles.some((role) => hasRole(user, role)) ? <Outlet /> : <ForbiddenPage />;
}
