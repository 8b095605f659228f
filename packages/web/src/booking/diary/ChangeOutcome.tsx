import { useTranslation } from 'react-i18next';
import { SuccessBanner } from '../../components/SuccessBanner.js';
import { WarningCallout } from '../../components/WarningCallout.js';
import { formatAppointment, useLocale } from '../format.js';
import type { ChangeResult } from './AppointmentChangeForm.js';

/** What was recorded, and a warning when two missed appointments flagged the episode. */
export function ChangeOutcome({ result }: { result: ChangeResult }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = result.replacement ? formatAppointment(result.replacement.startsAt, locale) : '';
  return (
    <>
      <SuccessBanner>{t(`diary.done.${result.kind}`, { name: result.name, when })}</SuccessBanner>
      {result.flagged && (
        <WarningCallout heading={t('diary.flagged.title')} id="episode-flagged">
          <p>{t('diary.flagged.body', { name: result.name })}</p>
        </WarningCallout>
      )}
    </>
  );
}
