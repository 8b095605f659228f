import { useTranslation } from 'react-i18next';
import type { UrgentSave } from '../draft.js';

interface UrgentSaveStatusProps {
  save: UrgentSave | null;
  onRetry: () => void;
  /** Out of hours: a clinician sees it on the next working day, not today. */
  closed?: boolean;
}

/** Whether the request reached a clinician's list: announced as it changes. */
export function UrgentSaveStatus({ save, onRetry, closed = false }: UrgentSaveStatusProps) {
  const { t } = useTranslation();
  return (
    <div role="status" id="urgent-save-status">
      {(save === null || save.status === 'saving') && (
        <p className="nhsuk-body">{t('referral.urgent.saving')}</p>
      )}
      {save?.status === 'saved' && (
        <div className="nhsuk-inset-text">
          <p className="nhsuk-body">
            {t(closed ? 'referral.urgent.savedClosed' : 'referral.urgent.saved')}
          </p>
          <p className="nhsuk-body">
            {t('referral.urgent.reference')}{' '}
            <strong className="nhsuk-u-font-size-32" id="urgent-reference">
              {save.reference}
            </strong>
          </p>
        </div>
      )}
      {save?.status === 'failed' && (
        <div className="nhsuk-card nhsuk-card--warning">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading">{t('referral.urgent.failedHeading')}</h2>
            <p className="nhsuk-card__description">{t('referral.urgent.failedBody')}</p>
            <button
              className="nhsuk-button nhsuk-button--secondary"
              type="button"
              onClick={onRetry}
            >
              {t('referral.urgent.retry')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
