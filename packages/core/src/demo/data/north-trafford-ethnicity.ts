/**
 * Ethnic group of the people of North Trafford, in the NHS Data Dictionary's ETHNIC CATEGORY codes
 * (A White British, B White Irish, C any other White, D–G mixed, H Indian, J Pakistani,
 * K Bangladeshi, L any other Asian, M Caribbean, N African, P any other Black, R Chinese, S any
 * other ethnic group). Weights are expected people out of 46,910.
 *
 * How they were made (both sources 2011 Census, Office for National Statistics, OGL v3.0):
 * 1. The share of each broad group (White, Mixed, Asian, Black, Other) in the four wards of
 *    Trafford's North locality, whose postcodes the demo uses (Clifford, Gorse Hill, Longford,
 *    Stretford): table KS201EW by ward, read from Trafford Data Lab's
 *    traffordDataLab/info demographics/ethnicity/output/data/fig1.csv (commit 6a90c172):
 *    White 29,368, Asian 9,701, Black 4,602, Mixed 2,309, Other 930 (37.4% not White, as Trafford's
 *    JSNA gives for the North locality in 2011).
 * 2. Within each broad group, the split of Trafford as a whole into the 18 census groups (table
 *    QS201EW, Trafford E08000009, 226,578 people; read from Resistance-Lab/resistancelab_data
 *    analysis/0002-demographics-by-police-force-area/local-authorities-demographics-with-police-force.csv,
 *    commit c31baef3): e.g. of Trafford's 17,973 Asian people, 6,306 Indian and 7,027 Pakistani.
 * Census groups map to codes one to one, except Gypsy or Irish Traveller (40 in Trafford) into C,
 * and Arab into S; the census counts Chinese as Asian, the NHS code R is its own.
 *
 * Census 2021 ward figures by the 19 groups were not found in the sources searched; the North
 * locality's share not White rose from 37.4% (2011) to 39.5% (2021, Trafford JSNA), so these
 * weights somewhat understate its diversity today. No weight is given to Z (not stated): no
 * published share for this area was found; the simulator adds one if it needs it.
 */
import type { EthnicityWeight } from '../population.js';

export const NORTH_TRAFFORD_ETHNICITY_SOURCE =
  'Census 2011 (ONS): broad groups for the North Trafford wards (KS201EW, via Trafford Data Lab), split within each group as Trafford as a whole (QS201EW); mapped to NHS ethnic category codes';

export const NORTH_TRAFFORD_ETHNICITY: readonly EthnicityWeight[] = [
  { code: 'A', weight: 27605 },
  { code: 'B', weight: 772 },
  { code: 'C', weight: 990 },
  { code: 'D', weight: 1018 },
  { code: 'E', weight: 256 },
  { code: 'F', weight: 588 },
  { code: 'G', weight: 448 },
  { code: 'H', weight: 3404 },
  { code: 'J', weight: 3793 },
  { code: 'K', weight: 247 },
  { code: 'L', weight: 1053 },
  { code: 'M', weight: 2675 },
  { code: 'N', weight: 1272 },
  { code: 'P', weight: 655 },
  { code: 'R', weight: 1205 },
  { code: 'S', weight: 930 },
];
