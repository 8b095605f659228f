/**
 * A second batch, written after the rules of 2026.12.1 were first frozen and measured before any
 * change to them (the first-pass figures are in docs/clinical-safety.md (H-111 to H-115)). Written for the corpus;
 * none is a real person's words.
 */
import { entries, type CorpusEntry } from './corpus-types.js';

export const CORPUS_HELD_OUT: readonly CorpusEntry[] = [
  ...entries(
    'en',
    'crisis',
    'samaritans',
    [
      'I have been looking up ways to kill myself online.',
      'Life is not worth living any more.',
      'I feel like I want to end it.',
      'I keep thinking my family would be better off if I was dead.',
      "I've written letters to my kids in case I go through with it.",
      'She told the teacher she wants to die.',
    ],
    'suicide_self_harm',
  ),
  ...entries(
    'en',
    'crisis',
    'nice225',
    [
      'I took too many of my pills on purpose last night.',
      'I have been hurting myself on purpose.',
      'my arms are covered in cuts I made myself',
    ],
    'suicide_self_harm',
  ),
  ...entries(
    'en',
    'crisis',
    'bhf',
    [
      'Really bad pain in the middle of my chest and I feel clammy.',
      'My chest is tight and the pain goes into my left arm.',
      'heavy feeling on my chest for the last hour',
    ],
    'chest_pain',
  ),
  ...entries(
    'en',
    'crisis',
    'fast',
    [
      'His face looks lopsided and he cannot raise both arms.',
      'She suddenly could not get her words out.',
      'My right arm feels dead and heavy since this morning.',
    ],
    'stroke',
  ),
  ...entries(
    'en',
    'crisis',
    'falls',
    [
      'Dad fell last night and was lying on the kitchen floor until the carer came at 8.',
      'She fell and cracked her head on the step.',
    ],
    'head_injury_fall',
  ),
  ...entries(
    'en',
    'crisis',
    'delirium',
    [
      'Since this morning Mum does not recognise me and is very confused.',
      'He has become confused very quickly over the last few hours.',
    ],
    'sudden_confusion',
  ),
  ...entries('en', 'safeguarding', 'domestic', [
    'My husband checks my phone and will not let me go out alone.',
    'He broke my arm last year and I am still with him.',
    'I am afraid to go home.',
  ]),
  ...entries('en', 'safeguarding', 'adult', [
    'Her son has been taking money out of her account.',
    'The house is freezing and there is no food in the fridge, nobody visits her.',
  ]),
  ...entries('en', 'safeguarding', 'child', ['My partner shakes the baby when she cries.']),
  ...entries('en', 'ordinary', 'ot', [
    'I want to be able to carry my shopping home.',
    'I need help to return to teaching after my hip replacement.',
    'I feel low about not working but I am seeing my GP about it.',
    'I get pain in my arm from my neck when I work at a desk.',
    'My memory has not been great since the menopause.',
    'I fell over in the garden last spring but I was fine.',
    'I am writing a report on suicide prevention for my course and find typing painful.',
    'My husband takes care of the money now that my eyesight is poor.',
  ]),
  ...entries('en', 'ordinary', 'idiom', [
    'My kids are killing me with the noise.',
    'That hill nearly killed me.',
    'I am sick to death of the pain.',
    'I would die of embarrassment if I fell at work.',
  ]),
  ...entries(
    'cy',
    'crisis',
    'samaritans',
    [
      'Does dim rheswm gen i i fyw.',
      'Rwy’n meddwl am ladd fy hunan.',
      'Mae bywyd yn ormod a dw i eisiau marw.',
    ],
    'suicide_self_harm',
  ),
  ...entries('cy', 'crisis', 'bhf', ['Mae poen yn gwasgu ar fy mrest.'], 'chest_pain'),
  ...entries('cy', 'crisis', 'fast', ['Mae ei cheg wedi disgyn ar un ochr.'], 'stroke'),
  ...entries(
    'cy',
    'crisis',
    'falls',
    ['Cwympodd Dad a bu ar y llawr tan y bore.'],
    'head_injury_fall',
  ),
  ...entries(
    'cy',
    'crisis',
    'delirium',
    ['Mae Nain wedi drysu’n sydyn heddiw.'],
    'sudden_confusion',
  ),
  ...entries('cy', 'safeguarding', 'domestic', [
    'Mae fy mhartner yn fy nghicio.',
    'Mae gen i ofn mynd adref.',
  ]),
  ...entries('cy', 'safeguarding', 'adult', ['Mae rhywun yn dwyn arian Mam.']),
  ...entries('cy', 'ordinary', 'ot', [
    'Dw i eisiau gallu coginio eto.',
    'Mae fy nwylo’n boenus yn y bore.',
    'Dw i’n poeni am fy ngwaith.',
    'Dw i’n hoffi garddio ond mae fy nghefn yn brifo.',
    'Mae fy merch yn fy helpu gyda’r biliau.',
  ]),
];
