import type { QuestionnaireKind } from '@everyday/core';
import { QUESTIONNAIRE_KINDS } from '@everyday/core';
import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../components/Checkboxes.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Radios } from '../../components/Radios.js';
import { TextInput } from '../../components/TextInput.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { createQuestionnaireLink } from '../api.js';
import { useRecordFormat } from '../format.js';
import { useInstrumentLabels } from '../labels.js';
import { problem, recordFieldErrors, recordSubmitErrors } from '../record-errors.js';
import type { QuestionnaireLinkCreated } from '../types.js';

interface QuestionnaireLinkFormProps {
  episodeId: string;
  /** Called once a link is made, so the list of links can be fetched again. */
  onCreated: () => void;
}

/** The full address of a link the API gave as a path, to copy into a message. */
export function linkAddress(path: string, origin: string): string {
  return new URL(path, origin).toString();
}

/**
 * "Send questionnaires": the person fills them in from a link, in English or Welsh. Everyday
 * sends the link, or shows it here to copy (the token is shown only this once).
 */
export function QuestionnaireLinkForm({ episodeId, onCreated }: QuestionnaireLinkFormProps) {
  const { t } = useTranslation();
  const labels = useInstrumentLabels();
  const format = useRecordFormat();
  const [kinds, setKinds] = useState<string[]>([]);
  const [language, setLanguage] = useState('en');
  const [how, setHow] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [created, setCreated] = useState<QuestionnaireLinkCreated | null>(null);
  const [sending, setSending] = useState(false);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (sending) return;
    const problems = [
      ...(kinds.length === 0 ? [problem('kinds', 'required')] : []),
      ...(how === '' ? [problem('send', 'required')] : []),
    ];
    if (problems.length > 0) {
      setErrors(recordFieldErrors(t, problems));
      return;
    }
    setSending(true);
    setCreated(null);
    createQuestionnaireLink(episodeId, {
      kinds: QUESTIONNAIRE_KINDS.filter((kind) => kinds.includes(kind)),
      language: language === 'cy' ? 'cy' : 'en',
      send: how === 'send',
    }).then(
      (link) => {
        setSending(false);
        setErrors(noErrors);
        setCreated(link);
        setKinds([]);
        setHow('');
        onCreated();
      },
      (error: unknown) => {
        setSending(false);
        setErrors(recordSubmitErrors(t, error));
      },
    );
  };

  return (
    <>
      <ErrorSummary items={errors.summary} />
      {created && (
        <div className="nhsuk-inset-text" id="questionnaire-link-created" role="status">
          <span className="nhsuk-u-visually-hidden">{t('common.information')}: </span>
          <p>
            {t(created.sent ? 'record.questionnaires.sent' : 'record.questionnaires.made', {
              date: format.dateTime(created.expiresAt),
            })}
          </p>
          <TextInput
            id="questionnaire-link"
            label={t('record.questionnaires.link')}
            hint={t('record.questionnaires.linkHint')}
            value={linkAddress(created.path, window.location.origin)}
            onChange={() => undefined}
            readOnly
            spellCheck={false}
          />
        </div>
      )}
      <form noValidate onSubmit={submit} aria-labelledby="questionnaires-heading">
        <Checkboxes
          id="kinds"
          legend={t('record.questionnaires.kinds')}
          legendSize="m"
          hint={t('record.questionnaires.kindsHint')}
          items={QUESTIONNAIRE_KINDS.map((kind: QuestionnaireKind) => ({
            value: kind,
            label: labels.questionnaire(kind),
          }))}
          selected={kinds}
          onChange={setKinds}
          error={errors.fields.kinds}
        />
        <Radios
          id="language"
          legend={t('record.questionnaires.language')}
          items={(['en', 'cy'] as const).map((code) => ({
            value: code,
            label: t(`record.languages.${code}`),
          }))}
          value={language}
          onChange={setLanguage}
          inline
          error={errors.fields.language}
        />
        <Radios
          id="send"
          legend={t('record.questionnaires.how')}
          items={[
            {
              value: 'send',
              label: t('record.questionnaires.send'),
              hint: t('record.questionnaires.sendHint'),
            },
            { value: 'show', label: t('record.questionnaires.show') },
          ]}
          value={how}
          onChange={setHow}
          error={errors.fields.send}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={sending}>
          {t('record.questionnaires.submit')}
        </button>
      </form>
    </>
  );
}
