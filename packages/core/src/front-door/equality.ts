/**
 * Equality monitoring at the front door (issue 11 item 3; ADR 0015): sex, gender when it differs
 * from sex registered at birth, and ethnicity, each optional, each with "prefer not to say" (asked
 * and declined, which reports keep apart from not asked). Codes follow the NHS Data Dictionary:
 * - ETHNIC CATEGORY (ETHNIC CATEGORY CODE 2001): the 16 categories of the 2001 census, A to S,
 *   and Z "Not stated" (https://www.datadictionary.nhs.uk/data_elements/ethnic_category.html);
 * - PERSON PHENOTYPIC SEX for sex registered at birth (male, female), as PRSB's sex and gender
 *   data model recommends for a stated sex at birth;
 * - GENDER IDENTITY CODE (1 male including trans man, 2 female including trans woman,
 *   3 non-binary, 4 other, Z not stated) when gender differs from sex at birth, the ONS Census
 *   2021 question ("Is the gender you identify with the same as your sex registered at birth?").
 * Also the deprivation indices a person's area is resolved to (England IMD 2019, Wales WIMD 2019).
 */
import type { LocalisedText } from '../shared/localised-text.js';

/** Asked and declined: the Data Dictionary's "Not stated". */
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';

export const PERSON_SEXES = ['female', 'male', PREFER_NOT_TO_SAY] as const;
/** Sex registered at birth, as the person states it. */
export type PersonSex = (typeof PERSON_SEXES)[number];

export const GENDER_SAME_AS_SEX = ['yes', 'no', PREFER_NOT_TO_SAY] as const;
/** Whether the person's gender is the same as their sex registered at birth. */
export type GenderSameAsSex = (typeof GENDER_SAME_AS_SEX)[number];

export const GENDER_IDENTITIES = [
  'female',
  'male',
  'non_binary',
  'other',
  PREFER_NOT_TO_SAY,
] as const;
/** The person's gender, asked only when it is not the same as their sex registered at birth. */
export type GenderIdentity = (typeof GENDER_IDENTITIES)[number];

/** The NHS Data Dictionary GENDER IDENTITY CODE of each answer. */
export const GENDER_IDENTITY_CODES: Readonly<Record<GenderIdentity, string>> = {
  male: '1',
  female: '2',
  non_binary: '3',
  other: '4',
  prefer_not_to_say: 'Z',
};

/** The NHS Data Dictionary PERSON PHENOTYPIC SEX code of each answer ('Z' for not stated). */
export const PERSON_SEX_CODES: Readonly<Record<PersonSex, string>> = {
  male: '1',
  female: '2',
  prefer_not_to_say: 'Z',
};

export const ETHNIC_GROUPS = ['white', 'mixed', 'asian', 'black', 'other'] as const;
/** The five groups the 2001 categories fall into. */
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

export const ETHNIC_CATEGORIES = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'J',
  'K',
  'L',
  'M',
  'N',
  'P',
  'R',
  'S',
  'Z',
] as const;
/** An NHS Data Dictionary ETHNIC CATEGORY national code; Z is "Not stated". */
export type EthnicCategory = (typeof ETHNIC_CATEGORIES)[number];

/** What the form may answer for ethnicity: a category A to S, or prefer not to say (stored Z). */
export const ETHNICITY_ANSWERS = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'J',
  'K',
  'L',
  'M',
  'N',
  'P',
  'R',
  'S',
  PREFER_NOT_TO_SAY,
] as const;
export type EthnicityAnswer = (typeof ETHNICITY_ANSWERS)[number];

/** The Data Dictionary code stored for an answer: "prefer not to say" is Z, "Not stated". */
export function ethnicCategoryOf(answer: EthnicityAnswer): EthnicCategory {
  return answer === PREFER_NOT_TO_SAY ? 'Z' : answer;
}

export interface EthnicCategoryInfo {
  readonly code: Exclude<EthnicCategory, 'Z'>;
  readonly group: EthnicGroup;
  readonly label: LocalisedText;
}

/** The names of the groups, as the 2001 census and the Data Dictionary give them. */
export const ETHNIC_GROUP_LABELS: Readonly<Record<EthnicGroup, LocalisedText>> = {
  white: { en: 'White', cy: 'Gwyn' },
  mixed: { en: 'Mixed', cy: 'Cymysg' },
  asian: { en: 'Asian or Asian British', cy: 'Asiaidd neu Asiaidd Prydeinig' },
  black: { en: 'Black or Black British', cy: 'Du neu Ddu Prydeinig' },
  other: { en: 'Other ethnic groups', cy: 'Grwpiau ethnig eraill' },
};

/** The 16 categories, in the Data Dictionary's order, each in its group. */
export const ETHNIC_CATEGORY_LIST: readonly EthnicCategoryInfo[] = [
  { code: 'A', group: 'white', label: { en: 'British', cy: 'Prydeinig' } },
  { code: 'B', group: 'white', label: { en: 'Irish', cy: 'Gwyddelig' } },
  {
    code: 'C',
    group: 'white',
    label: { en: 'Any other White background', cy: 'Unrhyw gefndir Gwyn arall' },
  },
  {
    code: 'D',
    group: 'mixed',
    label: { en: 'White and Black Caribbean', cy: 'Gwyn a Du Caribïaidd' },
  },
  {
    code: 'E',
    group: 'mixed',
    label: { en: 'White and Black African', cy: 'Gwyn a Du Affricanaidd' },
  },
  { code: 'F', group: 'mixed', label: { en: 'White and Asian', cy: 'Gwyn ac Asiaidd' } },
  {
    code: 'G',
    group: 'mixed',
    label: { en: 'Any other mixed background', cy: 'Unrhyw gefndir cymysg arall' },
  },
  { code: 'H', group: 'asian', label: { en: 'Indian', cy: 'Indiaidd' } },
  { code: 'J', group: 'asian', label: { en: 'Pakistani', cy: 'Pacistanaidd' } },
  { code: 'K', group: 'asian', label: { en: 'Bangladeshi', cy: 'Bangladeshaidd' } },
  {
    code: 'L',
    group: 'asian',
    label: { en: 'Any other Asian background', cy: 'Unrhyw gefndir Asiaidd arall' },
  },
  { code: 'M', group: 'black', label: { en: 'Caribbean', cy: 'Caribïaidd' } },
  { code: 'N', group: 'black', label: { en: 'African', cy: 'Affricanaidd' } },
  {
    code: 'P',
    group: 'black',
    label: { en: 'Any other Black background', cy: 'Unrhyw gefndir Du arall' },
  },
  { code: 'R', group: 'other', label: { en: 'Chinese', cy: 'Tsieineaidd' } },
  {
    code: 'S',
    group: 'other',
    label: { en: 'Any other ethnic group', cy: 'Unrhyw grŵp ethnig arall' },
  },
];

/** An ethnic category's full name, "Group - category" as the Data Dictionary writes it. */
export function ethnicCategoryName(code: EthnicCategory, language: 'en' | 'cy'): string {
  if (code === 'Z') return language === 'en' ? 'Not stated' : 'Heb ei nodi';
  const info = ETHNIC_CATEGORY_LIST.find((c) => c.code === code);
  if (!info) return code;
  return `${ETHNIC_GROUP_LABELS[info.group][language]} - ${info.label[language]}`;
}

/** The categories of one group, in order. */
export function ethnicCategoriesOf(group: EthnicGroup): readonly EthnicCategoryInfo[] {
  return ETHNIC_CATEGORY_LIST.filter((c) => c.group === group);
}

export const DEPRIVATION_INDICES = ['IMD2019', 'WIMD2019'] as const;
/**
 * The index an area's deprivation is read from: England's Index of Multiple Deprivation 2019 or
 * the Welsh Index of Multiple Deprivation 2019. Each nation is ranked on its own, so their
 * deciles are not comparable; WIMD deciles are computed from the official ranks.
 */
export type DeprivationIndex = (typeof DEPRIVATION_INDICES)[number];

/** The index that covers an LSOA, from its code (E01: England; W01: Wales). */
export function deprivationIndexOf(lsoaCode: string): DeprivationIndex | undefined {
  if (lsoaCode.startsWith('E01')) return 'IMD2019';
  if (lsoaCode.startsWith('W01')) return 'WIMD2019';
  return undefined;
}
