import type { SubmitEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import type { FieldError } from '../../api-types.js';
import { Radios } from '../../components/Radios.js';
import type { FormErrors } from '../../form-errors.js';
import { fieldProblems, problem, submitErrors } from '../form-errors.js';
import { formatAppointment, useLocale } from '../format.js';
import type { Appointment, Slot } from '../types.js';
import { useResource } from '../../hooks/use-resource.js';
import type { DiaryAppointment, DiarySlot } from '../clinic-types.js';
import type { ChangeKind } from './change-kinds.js';
import { changesFor, needsBy, needsReason } from './change-kinds.js';
import type { ChangeValues } from './ChangeDetails.js';
import { ChangeDetails, changeFieldIds } from './ChangeDetails.js';

export interface ChangeTarget {
  appointment: DiaryAppointment;
  slot: DiarySlot;
}

export interface ChangeResult {
  name: string;
  kind: ChangeKind;
  /** The appointment changed, for the contact note written after it (issue 16 item 5). */
  appointment: DiaryAppointment;
  slot: DiarySlot;
  replacement: Appointment | null;
  flagged: boolean;
}

interface AppointmentChangeFormProps {
  target: ChangeTarget;
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
  onDone: (result: ChangeResult) => void;
  onClose: () => void;
}

const PREFIX = 'diary.change.errors';

/** Record what happened to one appointment: attended, did not attend, cancelled, or rebooked. */
export function AppointmentChangeForm({
  target,
  errors,
  onErrors,
  onDone,
  onClose,
}: AppointmentChangeFormProps) {
  const { appointment, slot } = target;
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const [kind, setKind] = useState<ChangeKind | ''>('');
  const [values, setValues] = useState<ChangeValues>({ reason: '', by: '', newSlotId: '' });
  const [sending, setSending] = useState(false);
  const pathway = appointment.pathway ? `&pathway=${encodeURIComponent(appointment.pathway)}` : '';
  const slots = useResource<{ slots: Slot[] }>(
    kind === 'rebook' ? `/api/slots?available=true&days=28&limit=20${pathway}` : null,
  );
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [appointment.id]);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (kind === '') problems.push(problem('kind', 'required'));
    else {
      if (needsBy(kind) && values.by === '') problems.push(problem('by', 'required'));
      if (needsReason(kind, appointment.status) && values.reason.trim() === '')
        problems.push(problem('reason', 'required'));
      if (kind === 'rebook' && values.newSlotId === '')
        problems.push(problem('newSlotId', 'required'));
    }
    const ids = changeFieldIds(kind || 'attended');
    if (problems.length > 0 || kind === '') {
      onErrors(fieldProblems(t, PREFIX, problems, ids));
      return;
    }
    const reason = values.reason.trim();
    const body = {
      kind,
      ...(reason ? { reason } : {}),
      ...(needsBy(kind) ? { by: values.by } : {}),
      ...(kind === 'rebook' ? { newSlotId: values.newSlotId } : {}),
    };
    setSending(true);
    try {
      const result = await api.post<{
        replacement: Appointment | null;
        episodeFlaggedForReview: boolean;
      }>(`/api/appointments/${encodeURIComponent(appointment.id)}/changes`, body, {
        retryOnCsrf: true,
      });
      onDone({
        name: appointment.name,
        kind,
        appointment,
        slot,
        replacement: result.replacement,
        flagged: result.episodeFlaggedForReview,
      });
    } catch (error) {
      onErrors(submitErrors(t, PREFIX, error, { language: i18n.resolvedLanguage ?? 'en', ids }));
      if (kind === 'rebook') slots.reload();
      setSending(false);
    }
  };

  const change = (patch: Partial<ChangeValues>): void => {
    setValues((current) => ({ ...current, ...patch }));
  };
  const details = (k: ChangeKind) =>
    k === 'attended' && !needsReason(k, appointment.status) ? undefined : (
      <ChangeDetails
        kind={k}
        values={values}
        onChange={change}
        errors={kind === k ? errors.fields : {}}
        slots={k === 'rebook' ? (slots.data?.slots ?? null) : null}
      />
    );
  return (
    <div ref={ref} tabIndex={-1} id="appointment-change" className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">
          {t('diary.change.title', {
            name: appointment.name,
            when: formatAppointment(slot.startsAt, locale),
          })}
        </h2>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Radios
            id="change-kind"
            legend={t('diary.change.kind')}
            items={changesFor(appointment.status, { startsAt: slot.startsAt, now: new Date() }).map(
              (k) => ({
              value: k,
              label: t(`diary.change.kinds.${k}`),
              // Rendered only while chosen (see TemplateHowFields).
              conditional: kind === k ? details(k) : undefined,
              }),
            )}
            value={kind}
            onChange={(next) => {
              setKind(next as ChangeKind);
            }}
            error={errors.fields.kind}
          />
          <div className="nhsuk-button-group">
            <button className="nhsuk-button" type="submit" disabled={sending}>
              {t('diary.change.save')}
            </button>
            <button
              className="nhsuk-button nhsuk-button--secondary"
              type="button"
              onClick={onClose}
            >
              {t('diary.change.close')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
