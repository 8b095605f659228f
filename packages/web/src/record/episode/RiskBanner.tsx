import type { EpisodeSummary } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { WarningCallout } from '../../components/WarningCallout.js';
import { recordPages } from '../api.js';
import { useRecordFormat } from '../format.js';

interface RiskBannerProps {
  episodeId: string;
  summary: EpisodeSummary;
  /** Offer the link to assess risk (OTs, while the episode is open). */
  canAssess: boolean;
}

/** A warning at the top of the record when PHQ-9 item 9 was answered above 0 or risk is high. */
export function RiskBanner({ episodeId, summary, canAssess }: RiskBannerProps) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const high = summary.risk?.level === 'high';
  if (!summary.riskFlagged && !high) return null;
  return (
    <WarningCallout heading={t('record.risk.bannerTitle')} id="risk-banner">
      {summary.riskFlagged && <p>{t('record.risk.phq9Flag')}</p>}
      {summary.risk && high && (
        <p>
          {t('record.risk.high', {
            date: format.day(summary.risk.assessedOn),
            escalation: t(`record.escalation.${summary.risk.escalation}`),
          })}
        </p>
      )}
      {canAssess && (
        <p>
          <Link to={recordPages.plan(episodeId, 'risk/new')}>{t('record.risk.assess')}</Link>
        </p>
      )}
    </WarningCallout>
  );
}
