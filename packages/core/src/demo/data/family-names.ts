/**
 * Family names for the demo's synthetic people: the 39 most common surnames in the United
 * Kingdom in 1996, in rank order (Smith, Jones, Williams, Brown, Taylor …), from Stephen Thomas,
 * "The Top 50 Most popular Surnames in the United Kingdom in 1996" (expertgenealogy.com, a
 * genealogist's page that does not name its own source; ranks 40–50 were not read). Its first ten
 * are the same ten names as the University of the West of England's Family Names of the United
 * Kingdom project (2016: Smith 546,960 bearers in Great Britain, Jones 422,023, Williams 294,625
 * …). Drawn with equal chance: the list gives ranks, not counts, and a demo needs variety more
 * than Smith's true share.
 */
export const FAMILY_NAMES_SOURCE =
  'Top surnames in the United Kingdom, 1996 (ranks 1–39), expertgenealogy.com; the same top ten as UWE Family Names of the UK (2016)';

export const FAMILY_NAMES: readonly string[] = [
  'Smith', 'Jones', 'Williams', 'Brown', 'Taylor', 'Davies', 'Wilson', 'Evans', 'Thomas', 'Johnson',
  'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Hall', 'Edwards', 'Green',
  'Martin', 'Wood', 'Harris', 'Lewis', 'Clarke', 'Jackson', 'Clark', 'Turner', 'Hill', 'Scott',
  'Moore', 'Cooper', 'Morris', 'Ward', 'King', 'Watson', 'Baker', 'Harrison', 'Morgan',
];
