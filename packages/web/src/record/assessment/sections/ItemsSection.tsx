import { QUESTIONNAIRES } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/Radios.js';
import { useLocalise } from '../../../localise.js';
import { fieldId } from '../../record-errors.js';
import type { SectionProps } from './section-props.js';

/**
 * PHQ-9 or GAD-7: each item answered 0–3 for the last two weeks, with the items' own wording
 * (core's questionnaire definitions, as the person sees them from a link).
 */
export function ItemsSection({
  section,
  value,
  onChange,
  errors,
}: SectionProps<'phq9' | 'gad7'> & { section: 'phq9' | 'gad7' }) {
  const { t } = useTranslation();
  const l = useLocalise();
  const definition = QUESTIONNAIRES[section];
  return (
    <>
      <p className="nhsuk-body">{l(definition.intro)}</p>
      {value.items.map((answer, index) => {
        const path = `${section}.items.${String(index)}`;
        const item = definition.items[index];
        const options = item?.options ?? [];
        return (
          <Radios
            key={path}
            id={fieldId(path)}
            legend={`${String(index + 1)}. ${item ? l(item.text) : t('record.assessment.itemN', { n: index + 1 })}`}
            items={[0, 1, 2, 3].map((score) => {
              const option = options.find((o) => o.value === score);
              return {
                value: String(score),
                label: option ? `${l(option.text)} (${String(score)})` : String(score),
              };
            })}
            value={answer}
            onChange={(next) => {
              onChange({ items: value.items.map((a, i) => (i === index ? next : a)) });
            }}
            inline
            small
            error={errors[path]}
          />
        );
      })}
    </>
  );
}
