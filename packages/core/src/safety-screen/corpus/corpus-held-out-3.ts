/**
 * A fourth batch, written after the third batch's fixes and measured before any further change
 * (first-pass figures in docs/clinical-safety.md (H-111 to H-115)). Written for the corpus; none is a real person's.
 */
import { entries, type CorpusEntry } from './corpus-types.js';

export const CORPUS_HELD_OUT_3: readonly CorpusEntry[] = [
  ...entries(
    'en',
    'crisis',
    'samaritans',
    [
      'I keep thinking about ending my life and I have the pills ready.',
      'What is the point of carrying on, I would rather not be here.',
      'I feel like a burden and want to disappear for ever.',
    ],
    'suicide_self_harm',
  ),
  ...entries(
    'en',
    'crisis',
    'nice225',
    ['I burnt my arm with a lighter on purpose last week.'],
    'suicide_self_harm',
  ),
  ...entries(
    'en',
    'crisis',
    'bhf',
    ['Pain across my chest and down both arms, feel faint.'],
    'chest_pain',
  ),
  ...entries(
    'en',
    'crisis',
    'fast',
    ['Her face went lopsided at breakfast and she is dribbling.'],
    'stroke',
  ),
  ...entries(
    'en',
    'crisis',
    'falls',
    ['Mum had a fall and hit her head on the door frame.'],
    'head_injury_fall',
  ),
  ...entries(
    'en',
    'crisis',
    'delirium',
    ['Since last night Dad has been confused and shouting at us.'],
    'sudden_confusion',
  ),
  ...entries('en', 'safeguarding', 'domestic', [
    'My ex keeps turning up at my house and threatening me.',
    'My partner locks me in the house when he goes out.',
  ]),
  ...entries('en', 'safeguarding', 'adult', ['My daughter has been taking money from my purse.']),
  ...entries('en', 'ordinary', 'ot', [
    'My hands go numb when I am driving for a long time.',
    'I want to get back to playing the piano.',
    'I lie awake at night worrying about money.',
    'I need a grab rail by the toilet.',
    'I cannot stand for long at the sink.',
  ]),
  ...entries('en', 'ordinary', 'idiom', ['I am dying of boredom stuck indoors.']),
  ...entries(
    'cy',
    'crisis',
    'samaritans',
    ['Does dim byd yn werth byw amdano.'],
    'suicide_self_harm',
  ),
  ...entries('cy', 'crisis', 'fast', ['Mae ei leferydd yn aneglur ers y bore.'], 'stroke'),
  ...entries('cy', 'safeguarding', 'domestic', ['Mae fy ngŵr yn fy mygwth bob nos.']),
  ...entries('cy', 'ordinary', 'ot', [
    'Dw i eisiau gallu gyrru eto.',
    'Mae fy nwylo’n oer yn y gaeaf.',
  ]),
];
