import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Role } from '../api-types.js';
import { PageHeading } from '../components/PageHeading.js';
import { hasRole, useSession } from '../session.js';

/** Each clinic page and who may use it (the same roles as routes/booking-routes.tsx). */
const PAGES: readonly { id: string; href: string; roles: readonly Role[] }[] = [
  { id: 'waitingList', href: '/clinics/waiting-list', roles: ['ot'] },
  { id: 'diary', href: '/clinics/diary', roles: ['ot'] },
  { id: 'caseload', href: '/clinics/caseload', roles: ['ot'] },
  { id: 'templates', href: '/clinics/templates', roles: ['ot', 'admin'] },
  { id: 'capacity', href: '/clinics/capacity', roles: ['ot', 'lead', 'admin'] },
  { id: 'waitingFigures', href: '/clinics/waiting-figures', roles: ['ot', 'lead', 'admin'] },
  { id: 'messages', href: '/clinics/messages', roles: ['ot', 'admin'] },
];

/** /clinics — the clinic and booking pages this member of staff can use. */
export function ClinicsHomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  const pages = PAGES.filter((page) => page.roles.some((role) => hasRole(user, role)));
  return (
    <>
      <PageHeading>{t('clinics.home.title')}</PageHeading>
      {pages.length === 0 ? (
        <p className="nhsuk-body">{t('clinics.home.none')}</p>
      ) : (
        <ul className="nhsuk-list">
          {pages.map((page) => (
            <li key={page.id}>
              <Link to={page.href}>{t(`clinics.home.links.${page.id}`)}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
