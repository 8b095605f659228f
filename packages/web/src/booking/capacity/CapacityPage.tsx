import { addCalendarDays, isCalendarDate } from '@everyday/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { formatDay, useLocale } from '../format.js';
import { useResource } from '../../hooks/use-resource.js';
import type { CapacityView } from '../clinic-types.js';
import { londonToday, mondayOf } from '../dates.js';
import { PreviousNext } from '../PreviousNext.js';
import { CapacityNotes } from './CapacityNotes.js';
import { CapacityTable } from './CapacityTable.js';
import { GpadDownload } from './GpadDownload.js';

const WEEKS = 4;

/** /clinics/capacity — places offered and used per week (?from=), and the GPAD download. */
export function CapacityPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const asked = params.get('from') ?? '';
  const today = londonToday();
  const from = mondayOf(isCalendarDate(asked) ? asked : today);
  const capacity = useResource<CapacityView>(
    `/api/capacity?from=${from}&weeks=${String(WEEKS)}`,
  );
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  if (capacity.error && !capacity.data) return <LoadFailure error={capacity.error} />;

  const last = addCalendarDays(from, WEEKS * 7 - 1);
  const step = (weeks: number) => {
    const start = addCalendarDays(from, weeks * 7);
    return {
      to: `/clinics/capacity?from=${start}`,
      title: t(weeks < 0 ? 'capacity.previous' : 'capacity.next'),
      label: t('capacity.range', {
        from: formatDay(start, locale, 'long'),
        to: formatDay(addCalendarDays(start, WEEKS * 7 - 1), locale, 'long'),
      }),
    };
  };
  const range = t('capacity.range', {
    from: formatDay(from, locale, 'long'),
    to: formatDay(last, locale, 'long'),
  });
  return (
    <>
      <ErrorSummary items={errors.summary} />
      <PageHeading>{t('capacity.title')}</PageHeading>
      <p className="nhsuk-body">{t('capacity.intro')}</p>
      {capacity.data === null ? (
        <Loading />
      ) : capacity.data.weeks.length === 0 ? (
        <p className="nhsuk-body">{t('capacity.none', { range })}</p>
      ) : (
        <CapacityTable weeks={capacity.data.weeks} caption={t('capacity.caption', { range })} />
      )}
      {capacity.data !== null && (
        <CapacityNotes
          definitions={capacity.data.definitions}
          disclosure={capacity.data.disclosure}
        />
      )}
      <PreviousNext label={t('capacity.navLabel')} previous={step(-WEEKS)} next={step(WEEKS)} />
      <GpadDownload key={from} from={from} to={last} errors={errors} onErrors={setErrors} />
    </>
  );
}
