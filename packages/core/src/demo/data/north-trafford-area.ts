/**
 * North Trafford PCN's population for the demo: the age/sex structure and ethnic groups of its
 * wards (sources in the two data files), with the postcodes the server reads from its data files.
 */
import type { PopulationArea } from '../population.js';
import { NORTH_TRAFFORD_AGE_SEX, NORTH_TRAFFORD_AGE_SEX_SOURCE } from './north-trafford-age-sex.js';
import {
  NORTH_TRAFFORD_ETHNICITY,
  NORTH_TRAFFORD_ETHNICITY_SOURCE,
} from './north-trafford-ethnicity.js';

export function northTraffordArea(postcodes: readonly string[]): PopulationArea {
  return {
    postcodes,
    ageSexStructure: NORTH_TRAFFORD_AGE_SEX,
    ageSexSource: NORTH_TRAFFORD_AGE_SEX_SOURCE,
    ethnicity: NORTH_TRAFFORD_ETHNICITY,
    ethnicitySource: NORTH_TRAFFORD_ETHNICITY_SOURCE,
  };
}
