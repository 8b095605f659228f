import {
  EQ5D_DIMENSION_LABELS,
  EQ5D_DIMENSIONS,
  EQ5D_SEXES,
  EQ5D_VALUE_SET_LABELS,
  EQ5D_VALUE_SETS,
  QUESTIONNAIRES,
} from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/Radios.js';
import { useLocalise } from '../../../localise.js';
import { fieldId } from '../../record-errors.js';
import { WholeNumber } from './fields.js';
import type { SectionProps } from './section-props.js';
import { setter } from './section-props.js';

/** EQ-5D-5L: a level for each of the five dimensions, the EQ VAS, and the value set to score it with. */
export function Eq5dSection({ value, onChange, errors }: SectionProps<'eq5d5l'>) {
  const { t } = useTranslation();
  const l = useLocalise();
  const set = setter(value, onChange);
  const items = QUESTIONNAIRES.eq5d5l.items;
  return (
    <>
      {EQ5D_DIMENSIONS.map((dimension) => {
        const path = `eq5d5l.profile.${dimension}`;
        const options = items.find((item) => item.id === dimension)?.options ?? [];
        return (
          <Radios
            key={dimension}
            id={fieldId(path)}
            legend={l(EQ5D_DIMENSION_LABELS[dimension])}
            items={[1, 2, 3, 4, 5].map((level) => {
              const option = options.find((o) => o.value === level);
              return {
                value: String(level),
                label: option
                  ? `${String(level)}: ${l(option.text)}`
                  : t('record.assessment.eq5d.level', { level }),
              };
            })}
            value={value.profile[dimension]}
            onChange={(level) => {
              onChange({ ...value, profile: { ...value.profile, [dimension]: level } });
            }}
            small
            error={errors[path]}
          />
        );
      })}
      <WholeNumber
        path="eq5d5l.vas"
        label={t('record.assessment.eq5d.vas')}
        hint={t('record.assessment.eq5d.vasHint')}
        value={value.vas}
        onChange={set('vas')}
        error={errors['eq5d5l.vas']}
      />
      <Radios
        id={fieldId('eq5d5l.valueSet')}
        legend={t('record.assessment.eq5d.valueSet')}
        hint={t('record.assessment.eq5d.valueSetHint')}
        items={EQ5D_VALUE_SETS.map((valueSet) => ({
          value: valueSet,
          label: l(EQ5D_VALUE_SET_LABELS[valueSet]),
          conditional:
            valueSet === 'NICE_DSU_5L_TO_3L' ? (
              <Radios
                id={fieldId('eq5d5l.sex')}
                legend={t('record.assessment.eq5d.sex')}
                hint={t('record.assessment.eq5d.sexHint')}
                items={EQ5D_SEXES.map((sex) => ({
                  value: sex,
                  label: t(`record.assessment.eq5d.sexes.${sex}`),
                }))}
                value={value.sex}
                onChange={set('sex')}
                inline
                small
                error={errors['eq5d5l.sex']}
              />
            ) : undefined,
        }))}
        value={value.valueSet}
        onChange={set('valueSet')}
        error={errors['eq5d5l.valueSet']}
      />
    </>
  );
}
