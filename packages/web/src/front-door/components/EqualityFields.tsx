// The equality questions (issue 11 item 3), shared by the public form's page and the staff form:
// sex registered at birth, whether gender is the same (and gender when it is not), and ethnic
// group then background (NHS Data Dictionary ETHNIC CATEGORY). All optional, each with "prefer
// not to say".
import {
  ETHNIC_GROUP_LABELS,
  ETHNIC_GROUPS,
  ethnicCategoriesOf,
  type EthnicGroup,
  type GenderIdentity,
  type GenderSameAsSex,
  type PersonSex,
} from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../components/Radios.js';
import { useLocalise } from '../../localise.js';
import { EQUALITY_LABEL_KEYS, type EqualityValues } from '../equality-answers.js';

const SEXES: readonly PersonSex[] = ['female', 'male', 'prefer_not_to_say'];
const SAME: readonly GenderSameAsSex[] = ['yes', 'no', 'prefer_not_to_say'];
const GENDERS: readonly GenderIdentity[] = [
  'female',
  'male',
  'non_binary',
  'other',
  'prefer_not_to_say',
];

function isOne<T extends string>(all: readonly T[], v: string): v is T {
  return (all as readonly string[]).includes(v);
}

interface EqualityFieldsProps {
  values: EqualityValues;
  set: (patch: Partial<EqualityValues>) => void;
  /** A question's wording by its key under referral.equality (for oneself or someone else). */
  question: (key: 'sex' | 'genderSame' | 'gender' | 'ethnicGroup' | 'ethnicity') => string;
  /** The legends' size: `m` on a page of its own, `s` inside a longer form. */
  size: 'm' | 's';
}

export function EqualityFields({ values, set, question, size }: EqualityFieldsProps) {
  const { t } = useTranslation();
  const l = useLocalise();
  const label = (value: string) => t(`referral.equality.${EQUALITY_LABEL_KEYS[value] ?? value}`);
  return (
    <>
      <Radios
        id="sex"
        legendSize={size}
        legend={question('sex')}
        items={SEXES.map((value) => ({ value, label: label(value) }))}
        value={values.sex}
        onChange={(value) => {
          if (isOne(SEXES, value)) set({ sex: value });
        }}
      />
      <Radios
        id="gender-same"
        legendSize={size}
        legend={question('genderSame')}
        items={SAME.map((value) => ({
          value,
          label: label(value),
          conditional:
            value === 'no' ? (
              <Radios
                id="gender-identity"
                legendSize="s"
                legend={question('gender')}
                items={GENDERS.map((g) => ({ value: g, label: label(g) }))}
                value={values.genderIdentity}
                onChange={(g) => {
                  if (isOne(GENDERS, g)) set({ genderIdentity: g });
                }}
              />
            ) : undefined,
        }))}
        value={values.genderSameAsSex}
        onChange={(value) => {
          if (isOne(SAME, value))
            set({
              genderSameAsSex: value,
              genderIdentity: value === 'no' ? values.genderIdentity : '',
            });
        }}
      />
      <Radios
        id="ethnic-group"
        legendSize={size}
        legend={question('ethnicGroup')}
        items={[
          ...ETHNIC_GROUPS.map((group: EthnicGroup) => ({
            value: group,
            label: l(ETHNIC_GROUP_LABELS[group]),
            conditional: (
              <Radios
                id={`ethnicity-${group}`}
                legendSize="s"
                legend={question('ethnicity')}
                items={ethnicCategoriesOf(group).map((c) => ({ value: c.code, label: l(c.label) }))}
                value={values.ethnicGroup === group ? values.ethnicity : ''}
                onChange={(code) => {
                  const category = ethnicCategoriesOf(group).find((c) => c.code === code);
                  if (category) set({ ethnicity: category.code });
                }}
              />
            ),
          })),
          { value: 'prefer_not_to_say', label: label('prefer_not_to_say') },
        ]}
        value={values.ethnicGroup}
        onChange={(value) => {
          if (value === 'prefer_not_to_say') set({ ethnicGroup: value, ethnicity: value });
          else if (isOne(ETHNIC_GROUPS, value) && value !== values.ethnicGroup)
            set({ ethnicGroup: value, ethnicity: '' });
        }}
      />
    </>
  );
}
