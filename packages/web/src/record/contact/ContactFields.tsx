import { CONTACT_MODES } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput.js';
import { Radios } from '../../components/Radios.js';
import { TextArea } from '../../components/TextArea.js';
import { TextInput } from '../../components/TextInput.js';
import type { ContactValues } from './contact-values.js';

interface ContactFieldsProps {
  values: ContactValues;
  onChange: (values: ContactValues) => void;
  /** Messages by field path. */
  errors: Partial<Record<string, string>>;
}

/** The fields of a contact: when, how, how long, and what happened. */
export function ContactFields({ values, onChange, errors }: ContactFieldsProps) {
  const { t } = useTranslation();
  const set =
    <K extends keyof ContactValues>(key: K) =>
    (value: ContactValues[K]) => {
      onChange({ ...values, [key]: value });
    };
  return (
    <>
      <DateInput
        id="occurredOn"
        legend={t('record.contact.occurredOn')}
        hint={t('record.contact.occurredOnHint')}
        value={values.occurredOn}
        onChange={set('occurredOn')}
        error={errors.occurredOn}
      />
      <Radios
        id="mode"
        legend={t('record.contact.mode')}
        items={CONTACT_MODES.map((mode) => ({
          value: mode,
          label: t(`record.contactMode.${mode}`),
        }))}
        value={values.mode}
        onChange={set('mode')}
        error={errors.mode}
      />
      <TextInput
        id="minutes"
        label={t('record.contact.minutes')}
        hint={t('record.contact.minutesHint')}
        value={values.minutes}
        onChange={set('minutes')}
        inputMode="numeric"
        width={5}
        error={errors.minutes}
      />
      <TextArea
        id="note"
        label={t('record.contact.note')}
        hint={t('record.contact.noteHint')}
        value={values.note}
        onChange={set('note')}
        rows={8}
        error={errors.note}
      />
    </>
  );
}
