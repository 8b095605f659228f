import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { api } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { hasRole, useSession } from '../../session.js';
import { submitErrors } from '../form-errors.js';
import { useResource } from '../../hooks/use-resource.js';
import type { ClinicTemplate, SyncReport } from '../clinic-types.js';
import type { ClinicOutcome } from '../outcome.js';
import { outcomeOf } from '../outcome.js';
import { ClinicOutcomeNotice } from './ClinicOutcomeNotice.js';
import { StopConfirmation } from './StopConfirmation.js';
import { TemplatesTable } from './TemplatesTable.js';

/**
 * /clinics/templates — the clinics an OT runs (an administrator sees everyone's): add or change
 * one, cancel or move a day, stop one, record leave; and what each change did to the slots.
 */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  const isAdmin = hasRole(user, 'admin');
  const templates = useResource<{ templates: ClinicTemplate[] }>('/api/clinic-templates');
  const [stopping, setStopping] = useState<ClinicTemplate | null>(null);
  const [sending, setSending] = useState(false);
  const [stopped, setStopped] = useState<ClinicOutcome | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const resultRef = useRef<HTMLDivElement>(null);

  if (templates.error && !templates.data) return <LoadFailure error={templates.error} />;
  const outcome = stopped ?? outcomeOf(location.state);
  const all = templates.data?.templates ?? [];
  const shown = isAdmin ? all : all.filter((tpl) => tpl.otId === user?.id);

  const stop = async (template: ClinicTemplate): Promise<void> => {
    setSending(true);
    try {
      const { sync } = await api.delete<{ sync: SyncReport }>(
        `/api/clinic-templates/${encodeURIComponent(template.id)}`,
        { retryOnCsrf: true },
      );
      setErrors(noErrors);
      setStopped({ kind: 'stopped', name: template.name, sync });
      templates.reload();
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      setErrors(
        submitErrors(t, 'clinics.stop.errors', error, { language: i18n.resolvedLanguage ?? 'en' }),
      );
    } finally {
      setSending(false);
      setStopping(null);
    }
  };

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <div ref={resultRef} tabIndex={-1}>
        {outcome && <ClinicOutcomeNotice outcome={outcome} templates={all} />}
      </div>
      <PageHeading>{t('clinics.list.title')}</PageHeading>
      <p className="nhsuk-body">{t('clinics.list.intro')}</p>
      <ul className="nhsuk-list">
        <li>
          <Link to="/clinics/templates/new">{t('clinics.list.add')}</Link>
        </li>
        <li>
          <Link to="/clinics/templates/leave">{t('clinics.list.leave')}</Link>
        </li>
      </ul>
      {stopping && (
        <StopConfirmation
          template={stopping}
          sending={sending}
          onConfirm={() => void stop(stopping)}
          onCancel={() => {
            setStopping(null);
          }}
        />
      )}
      {templates.data === null ? (
        <Loading />
      ) : shown.length === 0 ? (
        <p className="nhsuk-body">{t('clinics.list.none')}</p>
      ) : (
        <TemplatesTable
          templates={shown}
          showOt={isAdmin}
          onStop={(template) => {
            setStopped(null);
            setStopping(template);
          }}
        />
      )}
    </>
  );
}
