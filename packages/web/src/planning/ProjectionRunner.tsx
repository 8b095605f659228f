import {
  PROJECTION_RUNS_DEFAULT,
  PROJECTION_RUNS_MAX,
  PROJECTION_RUNS_MIN,
  ZProjection,
  type ProjectionResponse,
  type ScenarioResponse,
} from '@everyday/core';
import type { SubmitEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.js';
import { useLocale } from '../booking/format.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { SelectInput } from '../components/SelectInput.js';
import { TextInput } from '../components/TextInput.js';
import { errorText, noErrors, type FormErrors } from '../form-errors.js';
import { decimalText, percentText, progressStep, projectionOf } from './planning-view.js';
import { typedNumber } from './form-support.js';

/** How often a running projection is asked how far it has got. */
export const POLL_MS = 500;
const BASELINE = 'baseline';

/** What the live region says: coarse steps while it runs, then how it ended. */
function useAnnouncement(job: ProjectionResponse | null): string {
  const { t } = useTranslation();
  const locale = useLocale();
  if (job === null) return '';
  const of = projectionOf(job, t);
  switch (job.status) {
    case 'running':
      return t(`planning.runner.announce.${job.phase}`, {
        of,
        percent: percentText(progressStep(job.progress) / 100, locale, 0),
      });
    case 'done':
      return t('planning.runner.done', {
        of,
        runs: decimalText(job.result?.runs ?? 0, locale, 0),
      });
    case 'cancelled':
      return t('planning.runner.cancelled', { of });
    case 'failed':
      return t('planning.runner.failed', { of });
  }
}

/**
 * Runs a projection of the baseline or of a saved scenario: POST, then asks every half second
 * how far it has got, shown as a progress bar (a real <progress> with its label) with coarse
 * steps announced, and a button to cancel it. When it ends, says so and hands it on.
 */
export function ProjectionRunner({
  scenarios,
  onFinished,
}: {
  scenarios: readonly ScenarioResponse[];
  onFinished: (projection: ProjectionResponse) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [choice, setChoice] = useState(BASELINE);
  const [runs, setRuns] = useState(String(PROJECTION_RUNS_DEFAULT));
  const [job, setJob] = useState<ProjectionResponse | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);
  const running = job?.status === 'running';
  const announcement = useAnnouncement(job);

  useEffect(() => {
    if (job?.status !== 'running') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.get(`/api/planning/projections/${job.id}`, controller.signal, ZProjection).then(
        (next) => {
          setJob(next);
          if (next.status === 'done') onFinished(next);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setErrors({
            summary: [
              { text: error instanceof ApiError ? errorText(t, error) : t('errors.internal') },
            ],
            fields: {},
          });
          setJob(null);
        },
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [job, onFinished, t]);

  const start = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const n = typedNumber(runs);
    if (n === null || !Number.isInteger(n) || n < PROJECTION_RUNS_MIN || n > PROJECTION_RUNS_MAX) {
      const text = t('planning.runner.runsError', {
        min: decimalText(PROJECTION_RUNS_MIN, locale, 0),
        max: decimalText(PROJECTION_RUNS_MAX, locale, 0),
      });
      setErrors({ summary: [{ text, href: '#projection-runs' }], fields: { runs: text } });
      return;
    }
    setErrors(noErrors);
    setSending(true);
    try {
      const started = ZProjection.parse(
        await api.post<unknown>(
          '/api/planning/projections',
          { scenarioId: choice === BASELINE ? null : choice, runs: n },
          { retryOnCsrf: true },
        ),
      );
      setJob(started);
      if (started.status === 'done') onFinished(started);
    } catch (error) {
      setErrors({
        summary: [{ text: error instanceof ApiError ? errorText(t, error) : t('errors.internal') }],
        fields: {},
      });
    } finally {
      setSending(false);
    }
  };

  const cancel = async (): Promise<void> => {
    if (job === null) return;
    try {
      setJob(
        ZProjection.parse(
          await api.delete<unknown>(`/api/planning/projections/${job.id}`, { retryOnCsrf: true }),
        ),
      );
    } catch (error) {
      setErrors({
        summary: [{ text: error instanceof ApiError ? errorText(t, error) : t('errors.internal') }],
        fields: {},
      });
    }
  };

  const percent = job === null ? 0 : Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  return (
    <section aria-labelledby="runner-title">
      <h2 id="runner-title">{t('planning.runner.title')}</h2>
      <p className="nhsuk-body">{t('planning.runner.intro')}</p>
      <ErrorSummary items={errors.summary} />
      <form noValidate onSubmit={(event) => void start(event)} id="runner-form">
        <SelectInput
          id="projection-of"
          label={t('planning.runner.what')}
          value={choice}
          onChange={setChoice}
          options={[
            { value: BASELINE, label: t('planning.runner.baseline') },
            ...scenarios.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <TextInput
          id="projection-runs"
          label={t('planning.runner.runs')}
          hint={t('planning.runner.runsHint', {
            min: decimalText(PROJECTION_RUNS_MIN, locale, 0),
            max: decimalText(PROJECTION_RUNS_MAX, locale, 0),
            runs: decimalText(PROJECTION_RUNS_DEFAULT, locale, 0),
          })}
          value={runs}
          onChange={setRuns}
          error={errors.fields.runs}
          inputMode="numeric"
          width={5}
        />
        <button
          className="nhsuk-button"
          type="submit"
          disabled={sending || running}
          id="projection-run"
        >
          {t('planning.runner.run')}
        </button>
      </form>

      {job !== null && running && (
        <div className="nhsuk-form-group" id="projection-running">
          <label className="nhsuk-label nhsuk-label--s" htmlFor="projection-progress">
            {t('planning.runner.progressLabel', { of: projectionOf(job, t) })}
          </label>
          <div className="nhsuk-hint" id="projection-phase">
            {t(`planning.runner.phase.${job.phase}`)}
          </div>
          <progress
            id="projection-progress"
            className="app-progress"
            max={100}
            value={percent}
            aria-describedby="projection-phase"
          >
            {percentText(percent / 100, locale, 0)}
          </progress>
          <p className="nhsuk-body" id="projection-percent">
            {t('planning.runner.percentDone', { percent: percentText(percent / 100, locale, 0) })}
          </p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--warning"
            id="projection-cancel"
            onClick={() => void cancel()}
          >
            {t('planning.runner.cancel')}
          </button>
        </div>
      )}
      {job !== null && !running && (
        <p className="nhsuk-body" id="projection-outcome">
          {announcement}{' '}
          {job.status === 'done' && <a href="#compare-title">{t('planning.runner.toCompare')}</a>}
          {job.status === 'failed' && job.error !== null && <span lang="en">{job.error}</span>}
        </p>
      )}
      <div className="nhsuk-u-visually-hidden" aria-live="polite" id="projection-announcement">
        {announcement}
      </div>
    </section>
  );
}
