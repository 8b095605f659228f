import { ZDiary } from '@everyday/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { londonDateOf } from '@everyday/core';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { formatDay, useLocale } from '../format.js';
import { groupByDay } from '../slot-days.js';
import { useResource } from '../../hooks/use-resource.js';
import { londonToday } from '../dates.js';
import { PreviousNext } from '../PreviousNext.js';
import type { ChangeResult, ChangeTarget } from './AppointmentChangeForm.js';
import { AppointmentChangeForm } from './AppointmentChangeForm.js';
import { recordPages } from '../../record/api.js';
import { appointmentContactQuery } from '../../record/contact/contact-values.js';
import { ChangeOutcome } from './ChangeOutcome.js';
import { DiaryDayTable } from './DiaryDayTable.js';
import type { DiaryRange } from './diary-query.js';
import { diaryLink, readDiaryRange, stepDiary } from './diary-query.js';

/** /clinics/diary — the OT's day or week: each time, who is booked, and what happened. */
export function DiaryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const range = readDiaryRange(params, londonToday());
  const diary = useResource(`/api/diary?from=${range.from}&days=${String(range.days)}`, ZDiary);
  const [changing, setChanging] = useState<ChangeTarget | null>(null);
  const [result, setResult] = useState<ChangeResult | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const resultRef = useRef<HTMLDivElement>(null);

  if (diary.error && !diary.data) return <LoadFailure error={diary.error} />;
  const describe = (r: DiaryRange): string =>
    r.view === 'week'
      ? t('diary.weekOf', { date: formatDay(r.from, locale, 'long') })
      : formatDay(r.from, locale);
  const step = (direction: -1 | 1) => {
    const to = stepDiary(range, direction);
    const next = readDiaryRange(new URLSearchParams(to.split('?')[1]), range.from);
    return {
      to,
      title: t(`diary.${direction < 0 ? 'previous' : 'next'}.${range.view}`),
      label: describe(next),
    };
  };
  const days = groupByDay(diary.data?.slots ?? []);

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <div ref={resultRef} tabIndex={-1}>
        {result && <ChangeOutcome result={result} />}
      </div>
      <PageHeading>{t('diary.title')}</PageHeading>
      <p className="nhsuk-body">
        {t('diary.show')}{' '}
        {(['day', 'week'] as const).map((view, i) => (
          <span key={view}>
            {i > 0 && ' | '}
            <Link
              to={diaryLink(view, range.from)}
              aria-current={range.view === view ? 'page' : undefined}
            >
              {t(`diary.view.${view}`)}
            </Link>
          </span>
        ))}
      </p>
      <h2 className="nhsuk-heading-l" id="diary-range">
        {describe(range)}
      </h2>
      <PreviousNext label={t('diary.navLabel')} previous={step(-1)} next={step(1)} />
      {changing && (
        <AppointmentChangeForm
          key={changing.appointment.id}
          target={changing}
          errors={errors}
          onErrors={setErrors}
          onClose={() => {
            setErrors(noErrors);
            setChanging(null);
          }}
          onDone={(done) => {
            setErrors(noErrors);
            setChanging(null);
            // Attendance opens the contact note for that appointment (issue 16 item 5).
            const episodeId = done.appointment.episodeId;
            if (done.kind === 'attended' && episodeId !== null) {
              const query = appointmentContactQuery({
                id: done.appointment.id,
                date: londonDateOf(done.slot.startsAt),
                mode: done.slot.mode,
              });
              void navigate(`${recordPages.newContact(episodeId)}${query}`, {
                state: { attended: done.name },
              });
              return;
            }
            setResult(done);
            diary.reload();
            requestAnimationFrame(() => resultRef.current?.focus());
          }}
        />
      )}
      {diary.data === null || (diary.loading && diary.data.slots.length === 0) ? (
        <Loading />
      ) : days.length === 0 ? (
        <p className="nhsuk-body" id="diary-empty">
          {t(`diary.none.${range.view}`)}
        </p>
      ) : (
        days.map((day) => (
          <DiaryDayTable
            key={day.date}
            date={day.date}
            slots={day.slots}
            captionHidden={range.view === 'day'}
            onChange={(appointment, slot) => {
              setErrors(noErrors);
              setResult(null);
              setChanging({ appointment, slot });
            }}
          />
        ))
      )}
    </>
  );
}
