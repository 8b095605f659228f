import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { addCalendarDays, isCalendarDate } from '@everyday/core';
import { api } from '../api.js';
import { formatDay, useLocale } from '../booking/format.js';
import { submitErrors } from '../booking/form-errors.js';
import { useResource } from '../hooks/use-resource.js';
import { londonToday, mondayOf } from '../booking/dates.js';
import { PreviousNext } from '../booking/PreviousNext.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { SelectInput } from '../components/SelectInput.js';
import { SuccessBanner } from '../components/SuccessBanner.js';
import type { FormErrors } from '../form-errors.js';
import { noErrors } from '../form-errors.js';
import type { DutyRota, Person } from './crisis-types.js';
import { cliniciansFor, dutyRotaPath, onDuty, weekdaysFrom } from './duty-rota.js';

interface PracticeWeekProps {
  rota: DutyRota;
  practice: Person;
  days: readonly string[];
  onSaved: (practice: string) => void;
}

/** One practice's week: a select of its clinicians for each weekday, saved together. */
function PracticeWeek({ rota, practice, days, onSaved }: PracticeWeekProps) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const entries = rota.entries ?? [];
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saving, setSaving] = useState(false);
  const idOf = (date: string) => `rota-${practice.id}-${date}`;

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const changed = days.filter((date) => {
      const now = onDuty(entries, practice.id, date)?.userId ?? '';
      return chosen[date] !== undefined && chosen[date] !== now;
    });
    setSaving(true);
    let date = days[0] ?? '';
    try {
      for (const day of changed) {
        date = day;
        const userId = chosen[day] ?? '';
        await api.put('/api/duty-rota', {
          practiceId: practice.id,
          date: day,
          userId: userId === '' ? null : userId,
        });
      }
      setErrors(noErrors);
      onSaved(practice.name);
    } catch (error: unknown) {
      // A refused choice is about the day being saved: its select carries the message.
      setErrors(
        submitErrors(t, 'crisis.rota.errors', error, {
          language: i18n.resolvedLanguage ?? 'en',
          ids: { userId: idOf(date) },
          target: idOf(date),
        }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby={`rota-title-${practice.id}`}
      onSubmit={(event) => {
        void submit(event);
      }}
    >
      <ErrorSummary items={errors.summary} />
      <h2 className="nhsuk-heading-m" id={`rota-title-${practice.id}`}>
        {practice.name}
      </h2>
      {days.map((date) => {
        const current = onDuty(entries, practice.id, date);
        const options = [
          { value: '', label: t('crisis.rota.noOne') },
          ...cliniciansFor(rota, current).map((c) => ({ value: c.id, label: c.name })),
        ];
        return (
          <SelectInput
            key={date}
            id={idOf(date)}
            label={formatDay(date, locale)}
            value={chosen[date] ?? current?.userId ?? ''}
            onChange={(value) => {
              setChosen((last) => ({ ...last, [date]: value }));
            }}
            options={options}
            error={
              errors.fields.userId !== undefined && errors.summary[0]?.href === `#${idOf(date)}`
                ? errors.fields.userId
                : undefined
            }
          />
        );
      })}
      <button className="nhsuk-button" type="submit" disabled={saving}>
        {t('crisis.rota.save', { practice: practice.name })}
      </button>
    </form>
  );
}

/** /crisis/rota (lead or OT) — who is the duty clinician of each practice on each weekday (?from=). */
export function DutyRotaPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const asked = params.get('from') ?? '';
  const monday = mondayOf(isCalendarDate(asked) ? asked : londonToday());
  const rota = useResource<DutyRota>(dutyRotaPath(monday));
  const [saved, setSaved] = useState<string | null>(null);
  if (rota.error && !rota.data) return <LoadFailure error={rota.error} />;

  const days = weekdaysFrom(monday);
  const week = (start: string) => t('crisis.rota.week', { date: formatDay(start, locale, 'long') });
  const step = (weeks: number) => {
    const start = addCalendarDays(monday, weeks * 7);
    return {
      to: `/crisis/rota?from=${start}`,
      title: t(weeks < 0 ? 'crisis.rota.previous' : 'crisis.rota.next'),
      label: week(start),
    };
  };
  const practices = rota.data?.practices ?? [];
  return (
    <>
      {saved !== null && (
        <SuccessBanner>{t('crisis.rota.saved', { practice: saved })}</SuccessBanner>
      )}
      <PageHeading caption={week(monday)}>{t('crisis.rota.title')}</PageHeading>
      <p className="nhsuk-body">{t('crisis.rota.intro')}</p>
      <PreviousNext label={t('crisis.rota.navLabel')} previous={step(-1)} next={step(1)} />
      {rota.data === null ? (
        <Loading />
      ) : practices.length === 0 ? (
        <p className="nhsuk-body">{t('crisis.rota.noPractices')}</p>
      ) : (
        practices.map((practice) =>
          rota.data ? (
            <PracticeWeek
              key={`${practice.id}-${monday}`}
              rota={rota.data}
              practice={practice}
              days={days}
              onSaved={(name) => {
                setSaved(name);
                rota.reload();
              }}
            />
          ) : null,
        )
      )}
    </>
  );
}
