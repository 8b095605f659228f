import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SuccessBanner } from '../../components/SuccessBanner.js';
import { WarningCallout } from '../../components/WarningCallout.js';
import { formatDay, useLocale } from '../format.js';
import type { ClinicTemplate } from '../clinic-types.js';
import type { ClinicOutcome } from '../outcome.js';
import { parseSlotKey } from '../outcome.js';

interface ClinicOutcomeNoticeProps {
  outcome: ClinicOutcome;
  templates: readonly ClinicTemplate[];
}

/**
 * What a change did: slots made or withdrawn, and (never silently) the booked appointments that
 * no longer fit, each linking to that day of the diary to rebook.
 */
export function ClinicOutcomeNotice({ outcome, templates }: ClinicOutcomeNoticeProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { created, withdrawn, orphanedBookings } = outcome.sync;
  const parts = [t(`clinics.outcome.${outcome.kind}`, { name: outcome.name })];
  if (outcome.kind === 'saved' || created > 0)
    parts.push(t('clinics.outcome.created', { count: created }));
  if (withdrawn > 0) parts.push(t('clinics.outcome.withdrawn', { count: withdrawn }));
  const nameOf = (id: string): string => templates.find((tpl) => tpl.id === id)?.name ?? '';
  return (
    <>
      <SuccessBanner>{parts.join(' ')}</SuccessBanner>
      {orphanedBookings.length > 0 && (
        <WarningCallout heading={t('clinics.outcome.orphanedTitle')} id="orphaned-bookings">
          <p>{t('clinics.outcome.orphanedBody')}</p>
          <ul>
            {orphanedBookings.map((key) => {
              const slot = parseSlotKey(key);
              if (!slot) return <li key={key}>{key}</li>;
              const text = t('clinics.outcome.orphan', {
                day: formatDay(slot.date, locale),
                time: slot.time,
                clinic: nameOf(slot.templateId),
              });
              return (
                <li key={key}>
                  <Link to={`/clinics/diary?view=day&date=${slot.date}`}>{text}</Link>
                </li>
              );
            })}
          </ul>
        </WarningCallout>
      )}
    </>
  );
}
