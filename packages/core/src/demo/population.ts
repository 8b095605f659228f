/**
 * Synthetic people who look like an area's population (issue 11 item 2): age and sex drawn from a
 * published age/sex structure, ethnic group from published proportions in the NHS ethnic category
 * codes, a real postcode of the area (so deprivation varies as it does there), a common name for
 * their sex and the year they were born, and contact details that reach no one: an NHS number from
 * the range NHS England keeps for testing, a phone number from Ofcom's drama ranges and an email
 * address at a domain RFC 2606 reserves.
 *
 * Pure: the area's data comes in as an argument (the server reads the postcodes from its files),
 * and `today` is passed in. Each person is drawn from their own stream (`person:<index>`), so the
 * same seed and index give the same person whatever order people are drawn in.
 */
import { nhsNumberCheckDigit } from '../shared/nhs-number.js';
import { utcMsToCalendarDate, type CalendarDate } from '../shared/calendar-date.js';
import type { Random } from './random.js';
import { GIVEN_NAMES, type NameList } from './data/given-names.js';
import { FAMILY_NAMES } from './data/family-names.js';

/** One age band of a population by sex: counts or proportions, both sexes in the same unit. */
export interface AgeSexBand {
  readonly band: string;
  /** Youngest age in the band, in whole years. */
  readonly minAge: number;
  /** Oldest age in the band, included ('90+' is written as 90 to 99). */
  readonly maxAge: number;
  readonly male: number;
  readonly female: number;
}

/** An NHS Data Dictionary ETHNIC CATEGORY code (A–S, Z) and its weight in the area. */
export interface EthnicityWeight {
  readonly code: string;
  readonly weight: number;
}

/** What a population is drawn from: data passed in, no I/O here. */
export interface PopulationArea {
  /** Real postcodes of the area, normalised ('M32 0DF'). */
  readonly postcodes: readonly string[];
  readonly ageSexStructure: readonly AgeSexBand[];
  /** Where the age/sex structure comes from, as docs/demo.md cites it. */
  readonly ageSexSource: string;
  readonly ethnicity: readonly EthnicityWeight[];
  readonly ethnicitySource: string;
  /**
   * Share of people (0–1) whose only phone is a landline (from Ofcom's drama range for
   * Manchester, 0161 496 0000–0999). Default 0: everyone has a mobile. An assumption of the demo
   * when set, not a measured figure.
   */
  readonly landlineOnlyShare?: number;
  /** Share of people (0–1) who ask to be written to in Welsh. Default 0. An assumption when set. */
  readonly welshShare?: number;
}

export interface SyntheticPerson {
  readonly givenName: string;
  readonly familyName: string;
  readonly sex: 'male' | 'female';
  /** YYYY-MM-DD, drawn so the person's age on `today` falls in their band (and the filter). */
  readonly dateOfBirth: CalendarDate;
  /** Ten digits, valid Modulus 11 check digit, in 999 000 0000 – 999 999 9999; one per index. */
  readonly nhsNumber: string;
  readonly postcode: string;
  /** 07700 900000–900999 (a mobile) or 0161 496 0000–0999 (a landline): Ofcom's drama numbers. */
  readonly phone: string;
  readonly mobile: boolean;
  /** At example.com, example.org or example.net (RFC 2606). */
  readonly email: string;
  /** NHS ethnic category code. */
  readonly ethnicity: string;
  readonly preferredLanguage: 'en' | 'cy';
}

export interface AgeFilter {
  readonly minAge?: number;
  readonly maxAge?: number;
}

/** RFC 2606 §3: second-level domains reserved for examples; mail there reaches no one. */
export const RESERVED_EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

/** NHS England's range for test NHS numbers: 999 000 0000 to 999 999 9999. */
const TEST_RANGE_FIRST_NINE = 999_000_000;
/** Ten nine-digit prefixes share all but the last digit; at most one of them has no check digit. */
const VALID_PER_BLOCK = 9;
const BLOCKS = 100_000;
/** How many distinct synthetic NHS numbers there are (9 in every block of 10 prefixes). */
export const SYNTHETIC_NHS_NUMBER_CAPACITY = VALID_PER_BLOCK * BLOCKS;

/**
 * The `index`-th synthetic NHS number: ten digits in NHS England's test range with a valid
 * Modulus 11 check digit, different for every index from 0 to SYNTHETIC_NHS_NUMBER_CAPACITY − 1.
 *
 * Prefixes come in blocks of ten that differ only in the ninth digit, whose weight is 2; since 2
 * is invertible modulo 11, the ten prefixes of a block have ten different remainders, so at most
 * one of them is the one whose check digit would be 10 (and is never issued). Index i takes the
 * (i mod 9)-th valid prefix of block ⌊i / 9⌋.
 */
export function syntheticNhsNumber(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= SYNTHETIC_NHS_NUMBER_CAPACITY) {
    throw new RangeError(
      `synthetic NHS numbers run from index 0 to ${String(SYNTHETIC_NHS_NUMBER_CAPACITY - 1)}`,
    );
  }
  const block = Math.floor(index / VALID_PER_BLOCK);
  let wanted = index % VALID_PER_BLOCK;
  for (let digit = 0; digit < 10; digit++) {
    const firstNine = String(TEST_RANGE_FIRST_NINE + block * 10 + digit);
    const check = nhsNumberCheckDigit(firstNine);
    if (check === undefined) continue;
    if (wanted === 0) return `${firstNine}${String(check)}`;
    wanted -= 1;
  }
  // Unreachable: every block has at least nine valid prefixes.
  throw new Error(`no synthetic NHS number for index ${String(index)}`);
}

const DAY_MS = 86_400_000;

/**
 * Midnight UTC of the same month and day `years` before `date` (29 February becomes 28 February in
 * a common year). Plain arithmetic on Date.UTC: the years here are all after 1900, and this runs
 * once per synthetic person, a million times for the large services.
 */
function yearsBeforeMs(date: CalendarDate, years: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return Date.UTC(year, m - 1, m === 2 && d === 29 && !leap ? 28 : d);
}

/**
 * A date of birth, uniform over the days that make someone aged `minAge` to `maxAge` (both
 * included) on `today`.
 */
function drawDateOfBirth(
  random: Random,
  today: CalendarDate,
  minAge: number,
  maxAge: number,
): CalendarDate {
  const latest = yearsBeforeMs(today, minAge);
  const earliest = yearsBeforeMs(today, maxAge + 1) + DAY_MS;
  const days = Math.round((latest - earliest) / DAY_MS);
  return utcMsToCalendarDate(earliest + random.int(0, days) * DAY_MS);
}

/** The list of the year closest to `birthYear` (the earlier one on a tie). */
function nameListFor(lists: readonly NameList[], birthYear: number): readonly string[] {
  let best: NameList | undefined;
  for (const list of lists) {
    if (best === undefined || Math.abs(list.year - birthYear) < Math.abs(best.year - birthYear)) {
      best = list;
    }
  }
  if (best === undefined) throw new Error('no given-name lists');
  return best.names;
}

interface BandChoice {
  readonly band: AgeSexBand;
  readonly sex: 'male' | 'female';
  readonly minAge: number;
  readonly maxAge: number;
}

/**
 * Each (band, sex) with its weight, cut to the filter's ages; a band the filter cuts keeps the
 * share of its weight its remaining years hold (ages spread evenly within a band).
 */
function bandChoices(
  structure: readonly AgeSexBand[],
  filter: AgeFilter | undefined,
): (readonly [BandChoice, number])[] {
  const lo = filter?.minAge ?? 0;
  const hi = filter?.maxAge ?? Number.POSITIVE_INFINITY;
  const choices: (readonly [BandChoice, number])[] = [];
  for (const band of structure) {
    const minAge = Math.max(band.minAge, lo);
    const maxAge = Math.min(band.maxAge, hi);
    if (minAge > maxAge) continue;
    const kept = (maxAge - minAge + 1) / (band.maxAge - band.minAge + 1);
    choices.push([{ band, sex: 'male', minAge, maxAge }, band.male * kept]);
    choices.push([{ band, sex: 'female', minAge, maxAge }, band.female * kept]);
  }
  if (choices.length === 0) throw new Error('no age band falls within the age filter');
  return choices;
}

function asEmailPart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

/**
 * One synthetic person of `area`, the `index`-th drawn with `random`'s seed. The same seed, area,
 * today, index and filter always give the same person.
 */
export function drawPerson(
  random: Random,
  area: PopulationArea,
  today: CalendarDate,
  index: number,
  filter?: AgeFilter,
): SyntheticPerson {
  const r = random.fork(`person:${String(index)}`);
  const choice = r.weighted(bandChoices(area.ageSexStructure, filter));
  const dateOfBirth = drawDateOfBirth(r, today, choice.minAge, choice.maxAge);
  const birthYear = Number(dateOfBirth.slice(0, 4));
  const givenName = r.pick(nameListFor(GIVEN_NAMES[choice.sex], birthYear));
  const familyName = r.pick(FAMILY_NAMES);
  const ethnicity = r.weighted(area.ethnicity.map((e) => [e.code, e.weight] as const));
  const postcode = r.pick(area.postcodes);
  const landlineOnly = r.chance(area.landlineOnlyShare ?? 0);
  const line = String(r.int(0, 999)).padStart(3, '0');
  const phone = landlineOnly ? `0161 496 0${line}` : `07700 900${line}`;
  const domain = r.pick(RESERVED_EMAIL_DOMAINS);
  const email = `${asEmailPart(givenName)}.${asEmailPart(familyName)}${String(index)}@${domain}`;
  const preferredLanguage = r.chance(area.welshShare ?? 0) ? 'cy' : 'en';
  return {
    givenName,
    familyName,
    sex: choice.sex,
    dateOfBirth,
    nhsNumber: syntheticNhsNumber(index),
    postcode,
    phone,
    mobile: !landlineOnly,
    email,
    ethnicity,
    preferredLanguage,
  };
}
