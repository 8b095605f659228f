import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { WarningCallout } from '../../components/WarningCallout.js';
import type { ClinicTemplate } from '../clinic-types.js';

interface StopConfirmationProps {
  template: ClinicTemplate;
  sending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The step before stopping a clinic: what happens to its times, and a clear yes or no. */
export function StopConfirmation({
  template,
  sending,
  onConfirm,
  onCancel,
}: StopConfirmationProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [template.id]);
  return (
    <div ref={ref} tabIndex={-1} id="stop-confirmation">
      <WarningCallout heading={t('clinics.stop.title', { name: template.name })}>
        <p>{t('clinics.stop.body')}</p>
        <div className="nhsuk-button-group">
          <button
            className="nhsuk-button nhsuk-button--warning"
            type="button"
            id="confirm-stop"
            disabled={sending}
            onClick={onConfirm}
          >
            {t('clinics.stop.yes')}
          </button>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
            {t('clinics.stop.no')}
          </button>
        </div>
      </WarningCallout>
    </div>
  );
}
