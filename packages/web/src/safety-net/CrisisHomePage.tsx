import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { Table } from '../components/Table.js';
import { Tag } from '../components/Tag.js';
import { formatDateTime } from '../triage/localise.js';
import { hasRole, useSession } from '../session.js';
import { practiceName } from './crisis-types.js';
import { oldestFirst } from './unacknowledged.js';
import { useUnacknowledged } from './use-unacknowledged.js';

/**
 * /crisis (any staff) — the crisis and safeguarding requests no clinician has acknowledged, oldest
 * first (where the banner's "see all" goes), and the crisis pages the user may open.
 */
export function CrisisHomePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const session = useSession();
  const { pathname } = useLocation();
  const user = session.status === 'ready' ? session.user : null;
  const waiting = useUnacknowledged(user !== null, pathname);
  const canOpen = hasRole(user, 'ot') || hasRole(user, 'clinician');
  const lead = hasRole(user, 'lead');
  const admin = hasRole(user, 'admin');
  const links = [
    (lead || admin) && { to: '/crisis/log', text: t('crisis.home.log') },
    (lead || hasRole(user, 'ot')) && { to: '/crisis/rota', text: t('crisis.home.rota') },
    (lead || admin) && { to: '/crisis/settings', text: t('crisis.home.settings') },
  ].filter((link): link is { to: string; text: string } => Boolean(link));
  const items = oldestFirst(waiting?.items ?? []);

  return (
    <>
      <PageHeading>{t('crisis.home.title')}</PageHeading>
      {waiting === null ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="nhsuk-body" id="crisis-none-waiting">
          {t('crisis.home.noneWaiting')}
        </p>
      ) : (
        <Table
          id="crisis-waiting"
          caption={t('crisis.home.caption', { count: items.length })}
          responsive
          columns={[
            t('crisis.home.columns.reference'),
            t('crisis.home.columns.practice'),
            t('crisis.home.columns.received'),
            t('crisis.home.columns.due'),
          ]}
        >
          {items.map((item) => (
            <tr className="nhsuk-table__row" key={item.id}>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  {t('crisis.home.columns.reference')}{' '}
                </span>
                {canOpen ? (
                  <Link to={`/requests/${encodeURIComponent(item.id)}`}>{item.reference}</Link>
                ) : (
                  item.reference
                )}
              </td>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  {t('crisis.home.columns.practice')}{' '}
                </span>
                {practiceName(item.practice)}
              </td>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  {t('crisis.home.columns.received')}{' '}
                </span>
                {formatDateTime(item.receivedAt, language)}
              </td>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  {t('crisis.home.columns.due')}{' '}
                </span>
                {formatDateTime(item.dueAt, language)}
                {item.overdue && (
                  <>
                    {' '}
                    <Tag colour="red">{t('crisis.home.overdue')}</Tag>
                  </>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {links.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">{t('crisis.home.pages')}</h2>
          <ul className="nhsuk-list" id="crisis-pages">
            {links.map((link) => (
              <li key={link.to}>
                <Link to={link.to}>{link.text}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
