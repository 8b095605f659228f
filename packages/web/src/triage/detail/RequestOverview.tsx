import { useTranslation } from 'react-i18next';
import { SummaryRow } from '../components/SummaryRow.js';
import { CrisisTag, PathwayTag, StatusTag, TierTag, UrgencyTag } from '../components/TriageTags.js';
import { formatDateTime } from '../localise.js';
import type { RequestDetail } from '../request-types.js';

/** Where the request stands: status, urgency, any decision, and how and when it came in. */
export function RequestOverview({ detail }: { detail: RequestDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="nhsuk-summary-list" id="overview">
      <SummaryRow label={t('requestDetail.overview.status')}>
        <span id="request-status">
          <StatusTag status={detail.status} />
        </span>
      </SummaryRow>
      <SummaryRow label={t('requestDetail.overview.urgency')}>
        {detail.pinned ? <CrisisTag /> : <UrgencyTag urgency={detail.urgency} />}
      </SummaryRow>
      {detail.pathway && (
        <SummaryRow label={t('requestDetail.overview.decision')}>
          <PathwayTag pathway={detail.pathway} /> {detail.tier && <TierTag tier={detail.tier} />}
        </SummaryRow>
      )}
      <SummaryRow label={t('requestDetail.overview.received')}>
        <time dateTime={detail.receivedAt}>
          {formatDateTime(detail.receivedAt, i18n.resolvedLanguage)}
        </time>{' '}
        ({t('inbox.waiting', { count: detail.waitingDays })})
      </SummaryRow>
      <SummaryRow label={t('requestDetail.overview.route')}>
        {t(`triage.route.${detail.route}`)}
        {detail.channel !== detail.route &&
          ` – ${t(`triage.channel.${detail.channel}`, { defaultValue: detail.channel })}`}
      </SummaryRow>
    </dl>
  );
}
