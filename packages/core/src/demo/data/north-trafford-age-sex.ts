/**
 * Age and sex of the people of North Trafford: usual residents by sex and five-year age band.
 *
 * Source: Office for National Statistics, mid-2022 population estimates by single year of age and
 * sex for 2023 electoral wards, the five wards of Trafford Council's North locality (Gorse Hill &
 * Cornbrook E05015247, Longford E05015250, Lostock & Barton E05015251, Old Trafford E05015253,
 * Stretford & Humphrey Park E05015256), 58,875 people; read from Trafford Data Lab's copy,
 * traffordDataLab/open_data population/mid_year_2022/mid-year_2022_population_estimates_ward.csv
 * (commit c6e4c7357e307c715819cbb910e41a623be54a4e) and summed into bands here (each ward's single
 * years were checked against its own all-ages, 0–15, 16–64 and 65+ totals). Contains public sector
 * information licensed under the Open Government Licence v3.0.
 *
 * Why residents and not the practices' registered lists: NHS Digital publishes each practice's list
 * by five-year band and sex ("Patients Registered at a GP Practice", quinary file), but that file is
 * not in the repository and could not be obtained, nor could England's registered totals by sex.
 * The four North Trafford PCN practices (P91018, P91020, P91627, P91629) all sit in these wards, so
 * their residents are the closest published stand-in for their lists. '90+' is drawn as 90 to 99.
 */
import type { AgeSexBand } from '../population.js';

export const NORTH_TRAFFORD_AGE_SEX_SOURCE =
  'ONS mid-2022 population estimates, 2023 wards of Trafford North locality (Gorse Hill & Cornbrook, Longford, Lostock & Barton, Old Trafford, Stretford & Humphrey Park), usual residents by sex and five-year band, via Trafford Data Lab (OGL v3.0)';

export const NORTH_TRAFFORD_AGE_SEX: readonly AgeSexBand[] = [
  { band: '0-4', minAge: 0, maxAge: 4, male: 1774, female: 1717 },
  { band: '5-9', minAge: 5, maxAge: 9, male: 2025, female: 1764 },
  { band: '10-14', minAge: 10, maxAge: 14, male: 2061, female: 2048 },
  { band: '15-19', minAge: 15, maxAge: 19, male: 1796, female: 1782 },
  { band: '20-24', minAge: 20, maxAge: 24, male: 1849, female: 1927 },
  { band: '25-29', minAge: 25, maxAge: 29, male: 2073, female: 2136 },
  { band: '30-34', minAge: 30, maxAge: 34, male: 2223, female: 2326 },
  { band: '35-39', minAge: 35, maxAge: 39, male: 2363, female: 2455 },
  { band: '40-44', minAge: 40, maxAge: 44, male: 2157, female: 2263 },
  { band: '45-49', minAge: 45, maxAge: 49, male: 1812, female: 1825 },
  { band: '50-54', minAge: 50, maxAge: 54, male: 1910, female: 2032 },
  { band: '55-59', minAge: 55, maxAge: 59, male: 1885, female: 1906 },
  { band: '60-64', minAge: 60, maxAge: 64, male: 1541, female: 1569 },
  { band: '65-69', minAge: 65, maxAge: 69, male: 1231, female: 1138 },
  { band: '70-74', minAge: 70, maxAge: 74, male: 910, female: 974 },
  { band: '75-79', minAge: 75, maxAge: 79, male: 635, female: 798 },
  { band: '80-84', minAge: 80, maxAge: 84, male: 378, female: 626 },
  { band: '85-89', minAge: 85, maxAge: 89, male: 214, female: 423 },
  { band: '90+', minAge: 90, maxAge: 99, male: 100, female: 229 },
];
