import { ZStaffRegister, type StaffRegister } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocale } from '../booking/format.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { Table } from '../components/Table.js';
import { formatDay } from '../dates/format-date.js';
import { useResource } from '../hooks/use-resource.js';
import { HcpcStanding, LeaveSummary, SupervisionStanding } from './StandingTags.js';

/** /planning/staff — the register for leads and administrators: who is due, then everyone. */
export function StaffRegisterPage() {
  const { t } = useTranslation();
  const register = useResource('/api/planning/staff', ZStaffRegister);
  return (
    <>
      <PageHeading>{t('planning.register.title')}</PageHeading>
      <p className="nhsuk-body">{t('planning.register.intro')}</p>
      <p className="nhsuk-body">
        <Link to="/planning/norm" id="staffing-norm-link">
          {t('planning.register.normLink')}
        </Link>
      </p>
      {register.status === 'failed' ? (
        <LoadFailure error={register.error} />
      ) : register.data === null ? (
        <Loading />
      ) : (
        <Register register={register.data} />
      )}
    </>
  );
}

function Register({ register }: { register: StaffRegister }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <h2 id="who-is-due">{t('planning.due.title')}</h2>
      {register.due.length === 0 ? (
        <p className="nhsuk-body">{t('planning.due.none')}</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet" aria-labelledby="who-is-due">
          {register.due.map((d) => (
            <li key={d.userId}>
              <Link to={`/planning/staff/${d.userId}`}>{d.name}</Link>
              {': '}
              {d.reasons.map((r) => t(`planning.due.reasons.${r}`)).join(', ')}
            </li>
          ))}
        </ul>
      )}
      {register.staff.length === 0 ? (
        <p className="nhsuk-body">{t('planning.register.empty')}</p>
      ) : (
        <Table
          id="staff-register"
          caption={t('planning.register.caption', {
            date: formatDay(register.today, locale, 'long'),
          })}
          captionSize="m"
          columns={[
            t('planning.register.columns.name'),
            t('planning.register.columns.role'),
            t('planning.register.columns.sessions'),
            t('planning.register.columns.leave'),
            t('planning.register.columns.supervision'),
            t('planning.register.columns.hcpc'),
          ]}
        >
          {register.staff.map((s) => (
            <tr className="nhsuk-table__row" key={s.userId} data-user-id={s.userId}>
              <th className="nhsuk-table__header" scope="row">
                <Link to={`/planning/staff/${s.userId}`}>{s.name}</Link>
              </th>
              <td className="nhsuk-table__cell">
                {s.profile === null ? (
                  t('planning.due.reasons.profile_missing')
                ) : (
                  <>
                    {t(`planning.profession.${s.profile.profession}`)}
                    <span className="nhsuk-u-display-block">
                      {t('planning.band', { band: s.profile.band })}, {s.profile.wte}
                    </span>
                  </>
                )}
              </td>
              <td className="nhsuk-table__cell">
                {s.sessions.length === 0
                  ? t('planning.noClinics')
                  : t('planning.sessionsCount', { count: s.sessionsPerWeek })}
              </td>
              <td className="nhsuk-table__cell">
                <LeaveSummary leave={s.leave} />
              </td>
              <td className="nhsuk-table__cell">
                <SupervisionStanding standing={s.supervision} />
              </td>
              <td className="nhsuk-table__cell">
                <HcpcStanding standing={s.hcpc} number={s.profile?.hcpcNumber ?? null} />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
