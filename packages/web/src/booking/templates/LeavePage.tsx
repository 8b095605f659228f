import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api.js';
import type { AdminUser, FieldError } from '../../api-types.js';
import { BackLink } from '../../components/BackLink.js';
import { DateInput } from '../../components/DateInput.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SelectInput } from '../../components/SelectInput.js';
import { TextInput } from '../../components/TextInput.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { hasRole, useSession } from '../../session.js';
import { fieldProblems, problem, submitErrors } from '../form-errors.js';
import { useResource } from '../../hooks/use-resource.js';
import type { SyncReport } from '../clinic-types.js';
import { datePartsToIso, isoToDateParts } from '../dates.js';
import type { ClinicOutcome } from '../outcome.js';

const IDS = { otId: 'ot', startsOn: 'starts-on', endsOn: 'ends-on', reason: 'leave-reason' };

/** /clinics/templates/leave — leave withdraws the OT's clinic times on those days. */
export function LeavePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  // An administrator records leave for an OT; an OT for themselves.
  const chooseOt = hasRole(user, 'admin') && !hasRole(user, 'ot');
  const users = useResource<{ users: AdminUser[] }>(chooseOt ? '/api/admin/users' : null);
  const [otId, setOtId] = useState('');
  const [startsOn, setStartsOn] = useState(isoToDateParts(null));
  const [endsOn, setEndsOn] = useState(isoToDateParts(null));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);
  const prefix = 'clinics.leave.errors';

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const from = datePartsToIso(startsOn);
    const to = datePartsToIso(endsOn);
    const problems: FieldError[] = [];
    if (chooseOt && otId === '') problems.push(problem('otId', 'required'));
    if (!from.ok) problems.push(problem('startsOn', from.code));
    if (!to.ok) problems.push(problem('endsOn', to.code));
    if (from.ok && to.ok && to.iso < from.iso) problems.push(problem('endsOn', 'end_before_start'));
    if (problems.length > 0 || !from.ok || !to.ok) {
      setErrors(fieldProblems(t, prefix, problems, IDS));
      return;
    }
    setSending(true);
    try {
      const { sync } = await api.post<{ id: string; sync: SyncReport }>(
        '/api/staff-leave',
        {
          ...(chooseOt ? { otId } : {}),
          startsOn: from.iso,
          endsOn: to.iso,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        },
        { retryOnCsrf: true },
      );
      const outcome: ClinicOutcome = { kind: 'leave', name: '', sync };
      void navigate('/clinics/templates', { state: { outcome } });
    } catch (error) {
      setErrors(
        submitErrors(t, prefix, error, { language: i18n.resolvedLanguage ?? 'en', ids: IDS }),
      );
      setSending(false);
    }
  };

  const ots = (users.data?.users ?? []).filter((u) => u.active && u.roles.includes('ot'));
  return (
    <>
      <BackLink to="/clinics/templates">{t('clinics.backToTemplates')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading>{t('clinics.leave.title')}</PageHeading>
      <p className="nhsuk-body">{t('clinics.leave.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {chooseOt && (
          <SelectInput
            id="ot"
            label={t('clinics.template.ot')}
            value={otId}
            onChange={setOtId}
            options={[
              { value: '', label: t('clinics.template.chooseOt') },
              ...ots.map((ot) => ({ value: ot.id, label: ot.name })),
            ]}
            error={errors.fields.otId}
          />
        )}
        <DateInput
          id="starts-on"
          legend={t('clinics.leave.startsOn')}
          hint={t('clinics.template.dateHint')}
          value={startsOn}
          onChange={setStartsOn}
          error={errors.fields.startsOn}
        />
        <DateInput
          id="ends-on"
          legend={t('clinics.leave.endsOn')}
          hint={t('clinics.leave.endsOnHint')}
          value={endsOn}
          onChange={setEndsOn}
          error={errors.fields.endsOn}
        />
        <TextInput
          id="leave-reason"
          label={t('clinics.leave.reason')}
          hint={t('clinics.leave.reasonHint')}
          value={reason}
          onChange={setReason}
          error={errors.fields.reason}
        />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('clinics.leave.save')}
        </button>
      </form>
    </>
  );
}
