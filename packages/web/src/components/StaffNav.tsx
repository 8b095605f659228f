import { ZNavigationCounts, type NavigationCounts } from '@everyday/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useResource } from '../hooks/use-resource.js';
import { useUnacknowledged } from '../safety-net/use-unacknowledged.js';
import { hasRole, useSession } from '../session.js';
import { sectionsForRoles, type StaffSectionId } from '../staff-sections.js';

/** Which count goes beside which section (issue 16 item 8); the others show none. */
function countFor(
  id: StaffSectionId,
  counts: NavigationCounts | null,
  crisis: number | null,
): number | null {
  const shown: Partial<Record<StaffSectionId, number | null>> = {
    triage: counts?.newRequests ?? null,
    waitingList: counts?.waiting ?? null,
    diary: counts?.diaryToday ?? null,
    crisis,
  };
  return shown[id] ?? null;
}

/**
 * The header's navigation for signed-in staff, on every page: the sections of their roles (as the
 * staff home lists them), each with the count that matters there (new requests, people waiting,
 * today's appointments, crisis requests to acknowledge), refreshed on each new page.
 */
export function StaffNav() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const user = session.status === 'ready' ? session.user : null;
  const staff = user !== null && user.roles.length > 0;
  const isOt = hasRole(user, 'ot');
  const counts = useResource(isOt ? '/api/navigation/counts' : null, ZNavigationCounts);
  const crisis = useUnacknowledged(staff, location.pathname);
  const { reload } = counts;
  useEffect(() => {
    if (isOt) reload();
  }, [location.pathname, isOt, reload]);
  if (!staff) return null;
  const sections = sectionsForRoles(user.roles).filter(
    (s): s is typeof s & { href: string } => s.href !== null,
  );
  // The section the page is in: the longest address it is at or under (/planning/staff is the
  // staff register's, not the planning page's).
  const currentId = sections
    .filter((s) => location.pathname === s.href || location.pathname.startsWith(`${s.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.id;
  return (
    <nav className="nhsuk-header__navigation" aria-label={t('nav.label')} id="staff-nav">
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list">
          {sections.map((section) => {
            const current = section.id === currentId;
            const count = countFor(section.id, counts.data, crisis?.count ?? null);
            const text = (
              <>
                {t(`sections.${section.id}.title`)}
                {count !== null && count > 0 && (
                  <span className="everyday-nav-count" data-count={count}>
                    {' '}
                    {t(`nav.count.${section.id}`, { count })}
                  </span>
                )}
              </>
            );
            return (
              <li
                key={section.id}
                className={`nhsuk-header__navigation-item${current ? ' nhsuk-header__navigation-item--current' : ''}`}
              >
                <Link
                  className="nhsuk-header__navigation-link"
                  to={section.href}
                  aria-current={current ? 'page' : undefined}
                  id={`nav-${section.id}`}
                >
                  {current ? (
                    <strong className="nhsuk-header__navigation-item-current-fallback">
                      {text}
                    </strong>
                  ) : (
                    text
                  )}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
