import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { formatDateTime } from '../triage/localise.js';
import { hasRole, useSession } from '../session.js';
import { practiceName } from './crisis-types.js';
import { oldestFirst } from './unacknowledged.js';
import { useUnacknowledged } from './use-unacknowledged.js';

/**
 * On every staff page while a crisis or safeguarding request waits for a clinician: how many, the
 * oldest and whether any is overdue, with links to the oldest and to them all. The live region is
 * always in the page, so a banner that appears while someone is on a page is announced.
 */
export function CrisisBanner() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const user = session.status === 'ready' ? session.user : null;
  const staff = user !== null && user.roles.length > 0;
  const waiting = useUnacknowledged(staff, pathname);
  const canOpen = hasRole(user, 'ot') || hasRole(user, 'clinician');
  const items = oldestFirst(waiting?.items ?? []);
  const oldest = items[0];
  const overdue = items.filter((item) => item.overdue).length;
  const count = waiting?.count ?? 0;
  const oldestAt = oldest?.receivedAt ?? waiting?.oldestReceivedAt ?? null;

  return (
    <div aria-live="polite" className="everyday-crisis-banner">
      {count > 0 && (
        <div
          className="nhsuk-notification-banner nhsuk-u-margin-top-4 nhsuk-u-margin-bottom-0"
          role="region"
          aria-labelledby="crisis-banner-title"
          id="crisis-banner"
        >
          <div className="nhsuk-notification-banner__header">
            <h2 className="nhsuk-notification-banner__title" id="crisis-banner-title">
              {t('crisis.banner.title')}
            </h2>
          </div>
          <div className="nhsuk-notification-banner__content">
            <p className="nhsuk-notification-banner__heading">
              {t('crisis.banner.count', { count })}
            </p>
            {oldestAt && (
              <p className="nhsuk-body">
                {t('crisis.banner.oldest', {
                  when: formatDateTime(oldestAt, i18n.resolvedLanguage),
                  practice: practiceName(oldest?.practice),
                })}
                {overdue > 0 && <strong> {t('crisis.banner.overdue', { count: overdue })}</strong>}
              </p>
            )}
            <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
              {oldest && canOpen && (
                <li>
                  <Link
                    className="nhsuk-notification-banner__link"
                    to={`/requests/${encodeURIComponent(oldest.id)}`}
                  >
                    {t('crisis.banner.openOldest', { reference: oldest.reference })}
                  </Link>
                </li>
              )}
              <li>
                <Link className="nhsuk-notification-banner__link" to="/crisis">
                  {t('crisis.banner.seeAll', { count })}
                </Link>
              </li>
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
