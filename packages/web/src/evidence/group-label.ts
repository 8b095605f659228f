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
  const plain = row.name ?? group;
  // By the breakdown's key as a string, so a breakdown the API adds shows its group's code (or
  // name) until it has words here.
  const labels: Partial<Record<string, () => string>> = {
    'imd-quintile': () => t(`evidence.groups.quintile.${group}`, { defaultValue: group }),
    'imd-decile': () => t(`evidence.groups.decile.${group}`, { defaultValue: group }),
    core20: () => t(`evidence.groups.core20.${group}`, { defaultValue: group }),
    'age-band': () => t(`evidence.groups.age.${group}`, { defaultValue: group }),
    sex: () => t(SEX_LABELS[group] ?? '', { defaultValue: group }),
    ethnicity: () => (isEthnicCategory(group) ? ethnicCategoryName(group, language) : group),
    practice: () => plain,
    route: () => t(`triage.route.${group}`, { defaultValue: group }),
    pathway: () => t(`triage.pathway.${group}`, { defaultValue: group }),
    // Another system's requests come under its own name.
    channel: () => t(`triage.channel.${group}`, { defaultValue: plain }),
  };
  return labels[key]?.() ?? plain;
}
