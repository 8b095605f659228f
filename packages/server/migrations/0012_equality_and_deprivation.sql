-- The front door records what equity needs (issue 11 item 3; ADR 0015). All optional: a person
-- may leave any of it out, and 'prefer_not_to_say' (asked and declined) is kept apart from NULL
-- (not asked), as the NHS Data Dictionary keeps "Not stated" apart from "Not known".
--
-- sex: sex registered at birth, as the person states it. NHS Data Dictionary PERSON PHENOTYPIC
--   SEX (1 Male, 2 Female; 9 Indeterminate is an observation at birth, not offered to be stated),
--   which PRSB's sex and gender data model recommends for "sex at birth" and allows to be stated
--   by the person or a proxy; 'prefer_not_to_say' for asked and declined.
-- gender_same_as_sex: whether the person's gender is the same as their sex registered at birth
--   (the ONS Census 2021 question); 'prefer_not_to_say' for asked and declined.
-- gender_identity: only when it differs, NHS Data Dictionary GENDER IDENTITY CODE
--   (1 Male (including trans man), 2 Female (including trans woman), 3 Non-binary,
--   4 Other (not listed), Z Not stated).
-- ethnicity: NHS Data Dictionary ETHNIC CATEGORY (ETHNIC CATEGORY CODE 2001), its national code
--   letter A to S, or Z "Not stated" (asked and declined).
-- lsoa_code, imd_decile, imd_rank, deprivation_index: the person's postcode resolved at intake
--   to its 2011 LSOA and that area's deprivation (England: IMD 2019; Wales: WIMD 2019, whose
--   deciles are computed from the official ranks, not published by Welsh Government). NULL when
--   the postcode is not in the lookup loaded. postcode_lookup_version says which lookup
--   answered ('ONSPD 2022-05 / IMD 2019'), so figures can be redone when the lookup changes.

ALTER TABLE people
  ADD COLUMN sex text CHECK (sex IN ('male', 'female', 'prefer_not_to_say')),
  ADD COLUMN gender_same_as_sex text
    CHECK (gender_same_as_sex IN ('yes', 'no', 'prefer_not_to_say')),
  ADD COLUMN gender_identity text
    CHECK (gender_identity IN ('male', 'female', 'non_binary', 'other', 'prefer_not_to_say')),
  ADD COLUMN ethnicity text
    CHECK (ethnicity IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z')),
  ADD COLUMN lsoa_code text,
  ADD COLUMN imd_decile smallint CHECK (imd_decile BETWEEN 1 AND 10),
  ADD COLUMN imd_rank integer CHECK (imd_rank >= 1),
  ADD COLUMN deprivation_index text CHECK (deprivation_index IN ('IMD2019', 'WIMD2019')),
  ADD COLUMN postcode_lookup_version text,
  ADD CONSTRAINT people_deprivation_whole CHECK (
    (imd_decile IS NULL) = (deprivation_index IS NULL)
  );

-- Reference data, not patient data: postcode → 2011 LSOA (ONS Postcode Directory or an extract
-- of it), keyed by the postcode as core's normalisePostcode writes it ('M15 4AB').
CREATE TABLE postcode_lsoa (
  postcode text PRIMARY KEY,
  lsoa_code text NOT NULL,
  source_version text NOT NULL
);
CREATE INDEX postcode_lsoa_lsoa_idx ON postcode_lsoa (lsoa_code);

-- Reference data: each LSOA's deprivation under its nation's index (rank 1 = most deprived;
-- decile 1 = most deprived tenth). Deciles of different nations are not comparable.
CREATE TABLE lsoa_deprivation (
  lsoa_code text PRIMARY KEY,
  index text NOT NULL CHECK (index IN ('IMD2019', 'WIMD2019')),
  decile smallint NOT NULL CHECK (decile BETWEEN 1 AND 10),
  rank integer NOT NULL CHECK (rank >= 1),
  score numeric,
  source text NOT NULL
);
