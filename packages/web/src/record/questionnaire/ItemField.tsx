import type { QuestionnaireItem, QuestionnaireKind } from '@everyday/core';
import { Radios } from '../../components/Radios.js';
import { TextArea } from '../../components/TextArea.js';
import { TextInput } from '../../components/TextInput.js';
import type { Language } from '../../i18n.js';
import { controlOf, itemChoices } from './form-state.js';
import { fieldId } from './problems.js';

interface ItemFieldProps {
  kind: QuestionnaireKind;
  item: QuestionnaireItem;
  value: string;
  error: string | undefined;
  language: Language;
  onChange: (value: string) => void;
}

/**
 * One question, worded by its definition: radios in a fieldset, a short scale as inline radios,
 * a number box (the EQ VAS) or a text area. Its id (`phq9-q3`) is what error links point at.
 */
export function ItemField({ kind, item, value, error, language, onChange }: ItemFieldProps) {
  const id = fieldId({ kind, item: item.id });
  const label = item.text[language];
  const hint = item.hint?.[language];
  const control = controlOf(item);
  switch (control) {
    case 'radios':
    case 'scale-radios':
      return (
        <Radios
          id={id}
          legend={label}
          hint={hint}
          error={error}
          items={itemChoices(item, language)}
          value={value}
          onChange={onChange}
          inline={control === 'scale-radios'}
        />
      );
    case 'number':
      return (
        <TextInput
          id={id}
          label={label}
          labelSize="s"
          hint={hint}
          error={error}
          value={value}
          onChange={onChange}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          width={5}
        />
      );
    case 'text':
      return (
        <TextArea
          id={id}
          label={label}
          labelSize="s"
          hint={hint}
          error={error}
          value={value}
          onChange={onChange}
          rows={5}
        />
      );
  }
}
