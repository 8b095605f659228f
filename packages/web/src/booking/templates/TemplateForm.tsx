import type { SubmitEvent } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api.js';
import type { Organisation } from '../../api-types.js';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeading } from '../../components/PageHeading.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { fieldProblems, submitErrors } from '../form-errors.js';
import type { ClinicTemplate, Site, SyncReport } from '../clinic-types.js';
import type { ClinicOutcome } from '../outcome.js';
import { TEMPLATE_FIELD_IDS } from './section-props.js';
import { TemplateHowFields } from './TemplateHowFields.js';
import { TemplateWhenFields } from './TemplateWhenFields.js';
import { TemplateWhereFields } from './TemplateWhereFields.js';
import type { TemplateValues } from './template-values.js';
import { checkTemplate } from './template-values.js';

interface TemplateFormProps {
  /** The template being changed, or null for a new one. */
  templateId: string | null;
  title: string;
  initial: TemplateValues;
  ots: readonly { id: string; name: string }[];
  sites: readonly Site[];
  organisations: readonly Organisation[];
  defaultOrganisationId: string;
}

type Saved = { template: ClinicTemplate; sync: SyncReport };

/** The clinic template form; saving makes the slots and goes back to the list to say how many. */
export function TemplateForm(props: TemplateFormProps) {
  const { templateId } = props;
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [siteErrors, setSiteErrors] = useState<FormErrors>(noErrors);
  const [addedSites, setAddedSites] = useState<Site[]>([]);
  const [sending, setSending] = useState(false);
  const prefix = 'clinics.template.errors';
  const change = (patch: Partial<TemplateValues>): void => {
    setValues((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setSiteErrors(noErrors);
    const checked = checkTemplate(values, props.ots.length > 0);
    if (!checked.ok) {
      setErrors(fieldProblems(t, prefix, checked.problems, TEMPLATE_FIELD_IDS));
      return;
    }
    setSending(true);
    try {
      const saved = templateId
        ? await api.put<Saved>(
            `/api/clinic-templates/${encodeURIComponent(templateId)}`,
            checked.body,
            { retryOnCsrf: true },
          )
        : await api.post<Saved>('/api/clinic-templates', checked.body, { retryOnCsrf: true });
      const outcome: ClinicOutcome = { kind: 'saved', name: saved.template.name, sync: saved.sync };
      void navigate('/clinics/templates', { state: { outcome } });
    } catch (error) {
      setErrors(
        submitErrors(t, prefix, error, {
          language: i18n.resolvedLanguage ?? 'en',
          ids: TEMPLATE_FIELD_IDS,
        }),
      );
      setSending(false);
    }
  };

  // One summary for both forms, kept the same array between renders (the summary takes focus
  // whenever its items change).
  const summary = useMemo(
    () => [...errors.summary, ...siteErrors.summary],
    [errors.summary, siteErrors.summary],
  );
  const section = { values, onChange: change, errors: errors.fields };
  return (
    <>
      <BackLink to="/clinics/templates">{t('clinics.backToTemplates')}</BackLink>
      <ErrorSummary items={summary} />
      <PageHeading>{props.title}</PageHeading>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h2 className="nhsuk-heading-m">{t('clinics.template.whereTitle')}</h2>
        <TemplateWhereFields
          {...section}
          ots={props.ots}
          sites={[...props.sites, ...addedSites]}
          organisations={props.organisations}
          defaultOrganisationId={props.defaultOrganisationId}
          siteErrors={siteErrors}
          onSiteErrors={setSiteErrors}
          onSiteAdded={(site) => {
            setAddedSites((sites) => [...sites, site]);
          }}
        />
        <h2 className="nhsuk-heading-m">{t('clinics.template.whenTitle')}</h2>
        <TemplateWhenFields {...section} />
        <h2 className="nhsuk-heading-m">{t('clinics.template.howTitle')}</h2>
        <TemplateHowFields {...section} />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('clinics.template.save')}
        </button>
      </form>
    </>
  );
}
