// The rows of check your answers: each answer as the person would say it, and the page to change it.
import type { Option } from '@everyday/core';
import type { Localise } from '../localise.js';
import {
  ETHNIC_GROUP_LABELS,
  ETHNIC_GROUPS,
  ETHNIC_CATEGORY_LIST,
  QUESTION_SET_V1,
  fallsQuestionApplies,
  formatNhsNumber,
  normalisePostcode,
  parseNhsNumber,
} from '@everyday/core';
import type { TFunction } from 'i18next';
import { checkDateOfBirth } from './date-of-birth.js';
import type { DraftAnswers } from './draft.js';
import { EQUALITY_LABEL_KEYS } from './equality-answers.js';
import type { StepId } from './steps.js';

export interface AnswerRow {
  step: StepId;
  key: string;
  /** One line each; empty when not answered. */
  lines: string[];
}

function labelOf<T extends string>(
  l: Localise,
  options: readonly Option<T>[],
  value: string,
): string[] {
  const option = options.find((o) => o.value === value);
  return option ? [l(option.label)] : [];
}

function labelsOf<T extends string>(
  l: Localise,
  options: readonly Option<T>[],
  values: readonly string[],
): string[] {
  return options.filter((o) => values.includes(o.value)).map((o) => l(o.label));
}

function nonEmpty(...lines: string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

export function formatDateOfBirth(a: DraftAnswers, today: string, locale: string): string[] {
  const dob = checkDateOfBirth(a.dobDay, a.dobMonth, a.dobYear, today);
  if (!dob.ok) return nonEmpty([a.dobDay, a.dobMonth, a.dobYear].join(' '));
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return [format.format(new Date(`${dob.iso}T00:00:00Z`))];
}

export function answerRows(
  a: DraftAnswers,
  t: TFunction,
  l: Localise,
  today: string,
  locale: string,
): AnswerRow[] {
  const set = QUESTION_SET_V1;
  const nhs = parseNhsNumber(a.nhsNumber);
  const rows: AnswerRow[] = [
    {
      step: 'who',
      key: t('referral.check.who'),
      lines:
        a.for === ''
          ? []
          : [a.for === 'self' ? t('referral.who.self') : t('referral.who.someoneElse')],
    },
    {
      step: 'red-flags',
      key: t('referral.check.redFlags'),
      lines: a.noRedFlags
        ? [t('referral.redFlags.none')]
        : set.redFlags.filter((f) => a.redFlags.includes(f.id)).map((f) => l(f.label)),
    },
  ];
  if (a.for === 'someone_else') {
    rows.push({
      step: 'about-you',
      key: t('referral.check.aboutYou'),
      lines: nonEmpty(
        a.referrerName,
        a.referrerRelationship,
        a.referrerPhone,
        a.personAgreed ? t('referral.check.agreed') : '',
      ),
    });
  }
  rows.push(
    {
      step: 'name',
      key: t('referral.check.name'),
      lines: nonEmpty(`${a.givenName} ${a.familyName}`),
    },
    {
      step: 'date-of-birth',
      key: t('referral.check.dateOfBirth'),
      lines: formatDateOfBirth(a, today, locale),
    },
    {
      step: 'nhs-number',
      key: t('referral.check.nhsNumber'),
      lines: [
        nhs.valid ? formatNhsNumber(nhs.value) : a.nhsNumber.trim() || t('referral.check.notGiven'),
      ],
    },
    {
      step: 'postcode',
      key: t('referral.check.postcode'),
      lines: nonEmpty(normalisePostcode(a.postcode) ?? a.postcode),
    },
    { step: 'practice', key: t('referral.check.practice'), lines: nonEmpty(a.practiceName) },
    {
      step: 'contact',
      key: t('referral.check.contact'),
      lines: [
        ...nonEmpty(a.phone, a.email),
        ...labelOf(l, set.contactMethods, a.preferred).map((method) =>
          t('referral.check.prefers', { method }),
        ),
        ...(a.preferred === 'letter'
          ? nonEmpty(
              a.addressLine1,
              a.addressLine2,
              a.addressTown,
              normalisePostcode(a.addressPostcode) ?? a.addressPostcode,
            )
          : []),
      ],
    },
    { step: 'areas', key: t('referral.check.areas'), lines: labelsOf(l, set.areas, a.areas) },
  );
  if (fallsQuestionApplies(a.areas))
    rows.push({
      step: 'falls',
      key: t('referral.check.falls'),
      lines: labelOf(l, set.fallsInLastYear, a.fallsInLastYear),
    });
  if (a.areas.includes('work'))
    rows.push({
      step: 'work',
      key: t('referral.check.work'),
      lines: labelOf(l, set.workStatuses, a.workStatus),
    });
  rows.push(
    {
      step: 'difficulties',
      key: t('referral.check.difficulties'),
      lines: nonEmpty(a.difficulties),
    },
    { step: 'since', key: t('referral.check.since'), lines: labelOf(l, set.durations, a.since) },
    { step: 'impact', key: t('referral.check.impact'), lines: labelOf(l, set.impacts, a.impact) },
    {
      step: 'goals',
      key: t('referral.check.goals', { context: a.for === 'self' ? 'self' : undefined }),
      lines: nonEmpty(a.goals),
    },
    { step: 'access', key: t('referral.check.access'), lines: accessLines(a, t, l) },
    { step: 'equality', key: t('referral.check.equality'), lines: equalityLines(a, t, l) },
  );
  return rows;
}

/** What was said in the equality questions (issue 11 item 3), one line each. */
function equalityLines(a: DraftAnswers, t: TFunction, l: Localise): string[] {
  const said = (value: string) => t(`referral.equality.${EQUALITY_LABEL_KEYS[value] ?? value}`);
  const lines: string[] = [];
  if (a.sex !== '') lines.push(t('referral.check.sex', { value: said(a.sex) }));
  if (a.genderSameAsSex !== '')
    lines.push(t('referral.check.genderSame', { value: said(a.genderSameAsSex) }));
  if (a.genderSameAsSex === 'no' && a.genderIdentity !== '')
    lines.push(t('referral.check.gender', { value: said(a.genderIdentity) }));
  const category = ETHNIC_CATEGORY_LIST.find((c) => c.code === a.ethnicity);
  const group = ETHNIC_GROUPS.find((g) => g === a.ethnicGroup);
  if (a.ethnicGroup === 'prefer_not_to_say')
    lines.push(t('referral.check.ethnicity', { value: said('prefer_not_to_say') }));
  else if (group && category?.group === group)
    lines.push(
      t('referral.check.ethnicity', {
        value: `${l(ETHNIC_GROUP_LABELS[group])}: ${l(category.label)}`,
      }),
    );
  return lines;
}

function accessLines(a: DraftAnswers, t: TFunction, l: Localise): string[] {
  const interpreter =
    a.interpreter === 'yes'
      ? t('referral.check.interpreter', {
          language: a.interpreterLanguage.trim() || t('referral.check.interpreterLanguageMissing'),
        })
      : a.interpreter === 'no'
        ? t('referral.check.noInterpreter')
        : '';
  return [
    ...nonEmpty(interpreter),
    ...labelsOf(l, QUESTION_SET_V1.accessNeeds, a.accessNeeds),
    ...nonEmpty(a.accessOther),
    ...(a.preferredLanguage === ''
      ? []
      : [
          t('referral.check.language', {
            language: t(
              a.preferredLanguage === 'cy' ? 'referral.contact.welsh' : 'referral.contact.english',
            ),
          }),
        ]),
  ];
}
