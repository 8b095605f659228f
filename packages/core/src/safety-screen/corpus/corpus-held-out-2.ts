/**
 * A third batch, written after the second batch's fixes and measured before any further change
 * (first-pass figures in docs/clinical-safety.md (H-111 to H-115)). Written for the corpus; none is a real person's.
 */
import { entries, type CorpusEntry } from './corpus-types.js';

export const CORPUS_HELD_OUT_2: readonly CorpusEntry[] = [
  ...entries(
    'en',
    'crisis',
    'samaritans',
    [
      'I have made a plan to end things on Friday.',
      'I just want to go to sleep and never wake up.',
      "I can't do this anymore, I want it all to stop for good.",
      'I have been thinking I would be better off dead.',
      'My wife found me researching how many tablets it would take.',
    ],
    'suicide_self_harm',
  ),
  ...entries(
    'en',
    'crisis',
    'nice225',
    [
      'I self harm when the pain gets too much.',
      'She has been cutting again and hides it under her sleeves.',
    ],
    'suicide_self_harm',
  ),
  ...entries(
    'en',
    'crisis',
    'bhf',
    [
      'My chest is really sore and tight and I am short of breath.',
      'Sharp pain in my chest when I carried the washing.',
    ],
    'chest_pain',
  ),
  ...entries(
    'en',
    'crisis',
    'fast',
    [
      'Her smile is lopsided and her arm is weak since an hour ago.',
      "He can't speak properly all of a sudden.",
    ],
    'stroke',
  ),
  ...entries(
    'en',
    'crisis',
    'falls',
    [
      'I fell in the night and spent hours on the bathroom floor.',
      'Mum fell and has a big cut on her head.',
    ],
    'head_injury_fall',
  ),
  ...entries(
    'en',
    'crisis',
    'delirium',
    ['Dad has gone very confused all of a sudden and is seeing things.'],
    'sudden_confusion',
  ),
  ...entries('en', 'safeguarding', 'domestic', [
    'My partner kicked me last night.',
    'He takes my bank card and I have to ask for money.',
    'I am frightened when my husband comes home drunk.',
  ]),
  ...entries('en', 'safeguarding', 'adult', [
    'The carer shouts at my dad and leaves him in bed all day.',
    'Dad has lost a lot of weight and there is never any food in the house.',
  ]),
  ...entries('en', 'ordinary', 'ot', [
    'I want to feel less tired so I can play with my kids.',
    'My chest is fine now but my legs are weak after the hospital stay.',
    'I want to get my confidence back after my fall.',
    'I struggle to cut up food because of my tremor.',
    'My partner does the cooking because my hands are so painful.',
    'I would love to get back to my choir.',
    'I feel lonely since moving house.',
    'I had a mini stroke last year and I get tired easily.',
  ]),
  ...entries('en', 'ordinary', 'idiom', [
    'My feet are killing me after a long shift.',
    'I am bored to death at home.',
  ]),
  ...entries(
    'cy',
    'crisis',
    'samaritans',
    ['Dw i wedi cael llond bol ar fyw.', 'Dw i’n meddwl am gymryd fy mywyd fy hun.'],
    'suicide_self_harm',
  ),
  ...entries(
    'cy',
    'crisis',
    'bhf',
    ['Mae fy mrest yn brifo ac mae’r boen yn mynd i fy mraich.'],
    'chest_pain',
  ),
  ...entries('cy', 'crisis', 'fast', ['Mae hi’n methu codi ei braich yn sydyn.'], 'stroke'),
  ...entries(
    'cy',
    'crisis',
    'falls',
    ['Syrthiodd Taid a tharo ei ben ar y bwrdd.'],
    'head_injury_fall',
  ),
  ...entries('cy', 'safeguarding', 'domestic', ['Mae fy ngŵr yn fy mwrw pan mae wedi meddwi.']),
  ...entries('cy', 'ordinary', 'ot', [
    'Dw i eisiau mynd yn ôl i’r côr.',
    'Mae fy nghoesau’n wan ar ôl bod yn yr ysbyty.',
    'Dw i’n teimlo’n unig ers symud tŷ.',
  ]),
];
