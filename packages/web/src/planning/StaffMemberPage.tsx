import { ZStaffMember, type StaffMember } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useLocale } from '../booking/format.js';
import { BackLink } from '../components/BackLink.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { SuccessBanner } from '../components/SuccessBanner.js';
import { Table } from '../components/Table.js';
import { formatDay } from '../dates/format-date.js';
import { useResource } from '../hooks/use-resource.js';
import { useSession } from '../session.js';
import { HcpcStanding, LeaveSummary, SupervisionStanding } from './StandingTags.js';

type Saved = 'profile' | 'supervision' | 'cpd';

function savedOf(state: unknown): Saved | null {
  if (typeof state !== 'object' || state === null || !('saved' in state)) return null;
  const saved = state.saved;
  return saved === 'profile' || saved === 'supervision' || saved === 'cpd' ? saved : null;
}

/** /planning/staff/:userId — one member of staff. */
export function StaffMemberPage() {
  const { userId = '' } = useParams();
  return <StaffMemberView userId={userId} />;
}

/** /planning/me — the signed-in OT's own page. */
export function MyStaffPage() {
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  return user === null ? <Loading /> : <StaffMemberView userId={user.id} />;
}

function StaffMemberView({ userId }: { userId: string }) {
  const member = useResource(`/api/planning/staff/${userId}`, ZStaffMember);
  const location = useLocation();
  if (member.status === 'failed') return <LoadFailure error={member.error} />;
  if (member.data === null) return <Loading />;
  return <Member member={member.data} saved={savedOf(location.state)} />;
}

function Member({ member, saved }: { member: StaffMember; saved: Saved | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { entry } = member;
  const profile = entry.profile;
  const base = `/planning/staff/${entry.userId}`;
  const day = (date: string) => formatDay(date, locale, 'long');
  const rows: [string, string][] =
    profile === null
      ? []
      : [
          [t('planning.member.fields.profession'), t(`planning.profession.${profile.profession}`)],
          [t('planning.member.fields.band'), profile.band],
          [t('planning.member.fields.hcpcNumber'), profile.hcpcNumber ?? t('planning.notRecorded')],
          [t('planning.member.fields.wte'), String(profile.wte)],
          [t('planning.member.fields.startedOn'), day(profile.startedOn)],
          [
            t('planning.member.fields.supervisionInterval'),
            t('planning.member.months', { count: profile.supervisionIntervalMonths }),
          ],
        ];
  return (
    <>
      {member.canManage && <BackLink to="/planning/staff">{t('planning.backToRegister')}</BackLink>}
      {saved !== null && <SuccessBanner>{t(`planning.saved.${saved}`)}</SuccessBanner>}
      <PageHeading>{entry.name}</PageHeading>

      <h2>{t('planning.member.profile')}</h2>
      {profile === null ? (
        <p className="nhsuk-body">{t('planning.member.noProfile')}</p>
      ) : (
        <dl className="nhsuk-summary-list">
          {rows.map(([key, value]) => (
            <div className="nhsuk-summary-list__row" key={key}>
              <dt className="nhsuk-summary-list__key">{key}</dt>
              <dd className="nhsuk-summary-list__value">{value}</dd>
            </div>
          ))}
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('planning.register.columns.hcpc')}</dt>
            <dd className="nhsuk-summary-list__value">
              <HcpcStanding standing={entry.hcpc} number={null} />
            </dd>
          </div>
        </dl>
      )}
      {profile?.updatedBy != null && (
        <p className="nhsuk-body-s">
          {t('planning.member.lastChanged', { name: profile.updatedBy })}
        </p>
      )}
      {member.canManage && (
        <p className="nhsuk-body">
          <Link to={`${base}/profile`} id="edit-profile">
            {profile === null ? t('planning.member.addProfile') : t('planning.member.editProfile')}
          </Link>
        </p>
      )}

      <h2>{t('planning.member.sessionsTitle')}</h2>
      <p className="nhsuk-body">{t('planning.member.sessionsIntro')}</p>
      {entry.sessions.length === 0 ? (
        <p className="nhsuk-body">{t('planning.noClinics')}</p>
      ) : (
        <Table
          id="sessions"
          caption={t('planning.member.sessionsCaption')}
          captionHidden
          columns={[
            t('planning.member.practice'),
            t('planning.member.hours'),
            t('planning.register.columns.sessions'),
          ]}
        >
          {entry.sessions.map((s) => (
            <tr className="nhsuk-table__row" key={s.organisationId}>
              <th className="nhsuk-table__header" scope="row">
                {s.organisationName}
              </th>
              <td className="nhsuk-table__cell">{s.hours}</td>
              <td className="nhsuk-table__cell">{s.sessions}</td>
            </tr>
          ))}
        </Table>
      )}

      <h2>{t('planning.member.leaveTitle')}</h2>
      <p className="nhsuk-body">
        <LeaveSummary leave={entry.leave} />
        <span className="nhsuk-u-display-block">
          {t('planning.leaveDays', { count: entry.leave.workingDaysAhead })}
        </span>
      </p>

      <h2>{t('planning.member.supervisionTitle')}</h2>
      <div className="nhsuk-body" id="supervision-standing">
        <SupervisionStanding standing={entry.supervision} />
      </div>
      <p className="nhsuk-body">
        <Link to={`${base}/supervision/new`} className="nhsuk-button nhsuk-button--secondary">
          {t('planning.member.recordSupervision')}
        </Link>
      </p>
      {member.supervision.length === 0 ? (
        <p className="nhsuk-body">{t('planning.member.noSupervision')}</p>
      ) : (
        <Table
          id="supervision"
          caption={t('planning.member.supervisionCaption')}
          captionHidden
          columns={[
            t('planning.member.columns.date'),
            t('planning.member.columns.supervisor'),
            t('planning.member.columns.topics'),
            t('planning.member.columns.notes'),
          ]}
        >
          {member.supervision.map((r) => (
            <tr className="nhsuk-table__row" key={r.id}>
              <th className="nhsuk-table__header" scope="row">
                {day(r.heldOn)}
              </th>
              <td className="nhsuk-table__cell">
                {r.supervisorName}
                <span className="nhsuk-u-display-block nhsuk-u-font-size-16">
                  {t(`planning.supervisionForm.kinds.${r.kind}`)}
                </span>
              </td>
              <td className="nhsuk-table__cell">
                {r.topics
                  .map((topic) => t(`planning.supervisionForm.topicNames.${topic}`))
                  .join(', ')}
              </td>
              <td className="nhsuk-table__cell">
                {r.summary}
                {r.actions !== '' && (
                  <span className="nhsuk-u-display-block">
                    {t('planning.member.actions', { text: r.actions })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}

      <h2>{t('planning.member.cpdTitle')}</h2>
      <p className="nhsuk-body">
        {t('planning.member.cpdHours', {
          hours: new Intl.NumberFormat(locale).format(member.cpdHoursLastYear),
        })}
      </p>
      <p className="nhsuk-body">
        <Link to={`${base}/cpd/new`} className="nhsuk-button nhsuk-button--secondary">
          {t('planning.member.recordCpd')}
        </Link>
      </p>
      {member.cpd.length === 0 ? (
        <p className="nhsuk-body">{t('planning.member.noCpd')}</p>
      ) : (
        <Table
          id="cpd"
          caption={t('planning.member.cpdCaption')}
          captionHidden
          columns={[
            t('planning.member.columns.date'),
            t('planning.member.columns.title'),
            t('planning.member.columns.hours'),
            t('planning.member.columns.learning'),
          ]}
        >
          {member.cpd.map((r) => (
            <tr className="nhsuk-table__row" key={r.id}>
              <th className="nhsuk-table__header" scope="row">
                {day(r.completedOn)}
              </th>
              <td className="nhsuk-table__cell">
                {r.title}
                <span className="nhsuk-u-display-block nhsuk-u-font-size-16">
                  {t(`planning.cpdForm.activities.${r.activity}`)}
                </span>
              </td>
              <td className="nhsuk-table__cell">{new Intl.NumberFormat(locale).format(r.hours)}</td>
              <td className="nhsuk-table__cell">{r.learning}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
