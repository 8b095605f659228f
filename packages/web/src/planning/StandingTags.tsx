// The register's flags as NHS tags: supervision and HCPC standing, with the date that matters.
import type { StaffRegisterEntry } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../dates/format-date.js';
import { useLocale } from '../booking/format.js';
import { Tag } from '../components/Tag.js';

type Supervision = StaffRegisterEntry['supervision'];
type Hcpc = StaffRegisterEntry['hcpc'];

const SUPERVISION_COLOUR = {
  up_to_date: 'green',
  due_soon: 'yellow',
  overdue: 'red',
  never_recorded: 'grey',
} as const;

const HCPC_COLOUR = {
  not_required: 'white',
  not_recorded: 'grey',
  current: 'green',
  renewal_due: 'orange',
  lapsed: 'red',
} as const;

export function SupervisionStanding({ standing }: { standing: Supervision }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <Tag colour={SUPERVISION_COLOUR[standing.status]}>
        {t(`planning.supervisionStatus.${standing.status}`)}
      </Tag>
      {standing.lastOn !== null && (
        <span className="nhsuk-u-display-block nhsuk-u-font-size-16">
          {t('planning.lastOn', { date: formatDay(standing.lastOn, locale, 'long') })}
        </span>
      )}
      {standing.dueOn !== null && (
        <span className="nhsuk-u-display-block nhsuk-u-font-size-16">
          {standing.status === 'overdue'
            ? t('planning.daysOverdue', { count: standing.daysOverdue })
            : t('planning.dueOn', { date: formatDay(standing.dueOn, locale, 'long') })}
        </span>
      )}
    </>
  );
}

export function HcpcStanding({ standing, number }: { standing: Hcpc; number: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <Tag colour={HCPC_COLOUR[standing.status]}>{t(`planning.hcpcStatus.${standing.status}`)}</Tag>
      {number !== null && <span className="nhsuk-u-display-block">{number}</span>}
      {standing.renewalOn !== null && (
        <span className="nhsuk-u-display-block nhsuk-u-font-size-16">
          {t('planning.renewsOn', { date: formatDay(standing.renewalOn, locale, 'long') })}
        </span>
      )}
    </>
  );
}

export function LeaveSummary({ leave }: { leave: StaffRegisterEntry['leave'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const next = leave.upcoming[0];
  if (leave.current === null && next === undefined) return <>{t('planning.none')}</>;
  return (
    <>
      {leave.current !== null && (
        <span className="nhsuk-u-display-block">
          {t('planning.onLeaveUntil', { date: formatDay(leave.current.endsOn, locale, 'long') })}
        </span>
      )}
      {next !== undefined && (
        <span className="nhsuk-u-display-block">
          {t('planning.nextLeave', {
            from: formatDay(next.startsOn, locale, 'long'),
            to: formatDay(next.endsOn, locale, 'long'),
          })}
        </span>
      )}
    </>
  );
}
