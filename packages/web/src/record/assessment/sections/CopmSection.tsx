import { useTranslation } from 'react-i18next';
import { Fieldset } from '../../../components/Fieldset.js';
import { TextInput } from '../../../components/TextInput.js';
import { fieldId } from '../../record-errors.js';
import type { CopmRowValues } from '../assessment-values.js';
import { WholeNumber } from './fields.js';
import type { SectionProps } from './section-props.js';

const RATINGS = ['importance', 'performance', 'satisfaction'] as const;

/** COPM: up to five problems in the person's words, each rated 1–10 for importance, performance and satisfaction. */
export function CopmSection({ value, onChange, errors }: SectionProps<'copm'>) {
  const { t } = useTranslation();
  const setRow = (index: number, key: keyof CopmRowValues) => (typed: string) => {
    onChange({
      problems: value.problems.map((row, i) => (i === index ? { ...row, [key]: typed } : row)),
    });
  };
  return (
    <>
      {value.problems.map((row, index) => {
        const at = `copm.problems.${String(index)}`;
        const rowInvalid = Object.keys(errors).some((path) => path.startsWith(`${at}.`));
        return (
          <Fieldset
            key={at}
            id={fieldId(at)}
            legend={t('record.assessment.copm.problemN', { n: index + 1 })}
            hint={index === 0 ? t('record.assessment.copm.hint') : undefined}
            invalid={rowInvalid}
          >
            <TextInput
              id={fieldId(`${at}.problem`)}
              label={t('record.assessment.copm.problem')}
              value={row.problem}
              onChange={setRow(index, 'problem')}
              error={errors[`${at}.problem`]}
            />
            {RATINGS.map((rating) => (
              <WholeNumber
                key={rating}
                path={`${at}.${rating}`}
                label={t(`record.assessment.copm.${rating}`)}
                value={row[rating]}
                onChange={setRow(index, rating)}
                error={errors[`${at}.${rating}`]}
              />
            ))}
          </Fieldset>
        );
      })}
    </>
  );
}
