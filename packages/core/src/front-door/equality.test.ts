import { describe, expect, it } from 'vitest';
import { ZEqualityAnswers, fieldProblem } from '../contracts/request-answers.js';
import {
  ETHNIC_CATEGORIES,
  ETHNIC_CATEGORY_LIST,
  ETHNIC_GROUPS,
  ETHNICITY_ANSWERS,
  deprivationIndexOf,
  ethnicCategoriesOf,
  ethnicCategoryName,
  ethnicCategoryOf,
} from './equality.js';

describe('ethnic categories (NHS Data Dictionary ETHNIC CATEGORY)', () => {
  it('are the 16 categories of the 2001 census, A to S without I, O and Q, and Z not stated', () => {
    expect(ETHNIC_CATEGORY_LIST.map((c) => c.code).join('')).toBe('ABCDEFGHJKLMNPRS');
    expect(ETHNIC_CATEGORIES.join('')).toBe('ABCDEFGHJKLMNPRSZ');
    expect(ETHNICITY_ANSWERS.join(' ')).toBe('A B C D E F G H J K L M N P R S prefer_not_to_say');
  });

  it('fall into the five groups in the Data Dictionary order', () => {
    expect(
      ETHNIC_GROUPS.map((g) =>
        ethnicCategoriesOf(g)
          .map((c) => c.code)
          .join(''),
      ),
    ).toEqual(['ABC', 'DEFG', 'HJKL', 'MNP', 'RS']);
  });

  it('have a name in English and Welsh', () => {
    for (const c of ETHNIC_CATEGORY_LIST) {
      expect(c.label.en).not.toBe('');
      expect(c.label.cy).not.toBe('');
    }
    expect(ethnicCategoryName('H', 'en')).toBe('Asian or Asian British - Indian');
    expect(ethnicCategoryName('H', 'cy')).toBe('Asiaidd neu Asiaidd Prydeinig - Indiaidd');
    expect(ethnicCategoryName('Z', 'en')).toBe('Not stated');
  });

  it('store "prefer not to say" as Z, not stated', () => {
    expect(ethnicCategoryOf('prefer_not_to_say')).toBe('Z');
    expect(ethnicCategoryOf('N')).toBe('N');
  });
});

describe('equality answers', () => {
  it('are all optional', () => {
    expect(ZEqualityAnswers.parse({})).toEqual({});
  });

  it('allow prefer not to say for each question', () => {
    const all = {
      sex: 'prefer_not_to_say',
      genderSameAsSex: 'prefer_not_to_say',
      ethnicity: 'prefer_not_to_say',
    };
    expect(ZEqualityAnswers.parse(all)).toEqual(all);
  });

  it('ask gender only when it is not the same as sex registered at birth', () => {
    expect(
      ZEqualityAnswers.safeParse({ genderSameAsSex: 'no', genderIdentity: 'non_binary' }).success,
    ).toBe(true);
    expect(fieldProblem(ZEqualityAnswers, { genderSameAsSex: 'yes', genderIdentity: 'male' })).toBe(
      'invalid_value',
    );
    expect(fieldProblem(ZEqualityAnswers, { genderIdentity: 'male' })).toBe('invalid_value');
  });

  it('refuse codes that are not categories', () => {
    expect(fieldProblem(ZEqualityAnswers, { ethnicity: 'Z' })).toBe('invalid_value');
    expect(fieldProblem(ZEqualityAnswers, { ethnicity: 'I' })).toBe('invalid_value');
    expect(fieldProblem(ZEqualityAnswers, { sex: 'unknown' })).toBe('invalid_value');
    expect(fieldProblem(ZEqualityAnswers, { religion: 'x' })).toBe('unknown_field');
  });
});

describe('deprivation index of an LSOA', () => {
  it('is IMD 2019 in England and WIMD 2019 in Wales', () => {
    expect(deprivationIndexOf('E01006185')).toBe('IMD2019');
    expect(deprivationIndexOf('W01000001')).toBe('WIMD2019');
    expect(deprivationIndexOf('S01000001')).toBeUndefined();
  });
});
