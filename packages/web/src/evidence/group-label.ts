// The name of a breakdown's group in the page's language: deprivation quintiles, Core20, age
// bands, sex (the front door's own words for its equality question), NHS ethnic categories (core's
// names, in English and Welsh), practices (their names), routes and pathways (the triage pages'
// words).
import {
  ETHNIC_CATEGORIES,
  ethnicCategoryName,
  type BreakdownKey,
  type EthnicCategory,
} from '@everyday/core';
import type { TFunction } from 'i18next';

const SEX_LABELS: Readonly<Record<string, string>> = {
  female: 'referral.equality.female',
  male: 'referral.equality.male',
  prefer_not_to_say: 'referral.equality.preferNotToSay',
};

function isEthnicCategory(code: string): code is EthnicCategory {
  return (ETHNIC_CATEGORIES as readonly string[]).includes(code);
}

export function groupLabel(
  key: BreakdownKey,
  row: { readonly group: string; readonly name: string | null },
  t: TFunction,
  language: 'en' | 'cy',
): string {
  const { group } = row;
  switch (key) {
    case 'imd-quintile':
      return t(`evidence.groups.quintile.${group}`, { defaultValue: group });
    case 'core20':
      return t(`evidence.groups.core20.${group}`, { defaultValue: group });
    case 'age-band':
      return t(`evidence.groups.age.${group}`, { defaultValue: group });
    case 'sex':
      return t(SEX_LABELS[group] ?? '', { defaultValue: group });
    case 'ethnicity':
      return isEthnicCategory(group) ? ethnicCategoryName(group, language) : group;
    case 'practice':
      return row.name ?? group;
    case 'route':
      return t(`triage.route.${group}`, { defaultValue: group });
    case 'pathway':
      return t(`triage.pathway.${group}`, { defaultValue: group });
  }
}
