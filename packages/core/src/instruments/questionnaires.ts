/**
 * The questionnaires a person fills in themselves, from a link, in English or Welsh: EQ-5D-5L,
 * PHQ-9, GAD-7, work ability and a service-experience question (PREM). Each item says what kind
 * of answer it takes, so one validator (questionnaire-answers.ts) serves them all.
 *
 * Wording. PHQ-9 and GAD-7 are free to use; the English items are the published ones (Kroenke
 * 2001; Spitzer 2006). The EQ-5D-5L wording here is our own description of the five dimensions
 * and five levels, for development only: ⚠ the EQ-5D is © EuroQol and we hold no licence, so
 * production must use the official EuroQol-licensed UK English and Welsh versions. All Welsh
 * text is our own translation; use validated Welsh versions where they exist.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { EQ5D_DIMENSIONS, type Eq5dDimension } from './eq5d-profile.js';
import { WORK_STATUSES, WORK_STATUS_LABELS } from './work-ability.js';

export const QUESTIONNAIRE_KINDS = ['eq5d5l', 'phq9', 'gad7', 'work_ability', 'prem'] as const;
export type QuestionnaireKind = (typeof QUESTIONNAIRE_KINDS)[number];

export interface QuestionnaireOption {
  readonly value: number | string;
  readonly text: LocalisedText;
}

export interface QuestionnaireItem {
  /** The answer's key, and the `field` of its error. */
  readonly id: string;
  readonly text: LocalisedText;
  readonly hint?: LocalisedText;
  /** choice: one of `options`; scale: a whole number from `min` to `max`; text: free text. */
  readonly kind: 'choice' | 'scale' | 'text';
  readonly options?: readonly QuestionnaireOption[];
  readonly min?: number;
  readonly max?: number;
  /** For text: the most characters accepted. */
  readonly maxLength?: number;
  readonly optional?: boolean;
  /** Shown beside the item when its answer is missing or not accepted. */
  readonly errorMessage: LocalisedText;
}

export interface QuestionnaireDefinition {
  readonly kind: QuestionnaireKind;
  readonly title: LocalisedText;
  readonly intro: LocalisedText;
  readonly items: readonly QuestionnaireItem[];
  /** The instrument's citation (and licence note where there is one). */
  readonly source: string;
}

/** The FFT-style answers to the service-experience question, best first. */
export const PREM_EXPERIENCES = [
  'very_good',
  'good',
  'neither',
  'poor',
  'very_poor',
  'dont_know',
] as const;
export type PremExperience = (typeof PREM_EXPERIENCES)[number];

export const PREM_EXPERIENCE_LABELS: Readonly<Record<PremExperience, LocalisedText>> = {
  very_good: { en: 'Very good', cy: 'Da iawn' },
  good: { en: 'Good', cy: 'Da' },
  neither: { en: 'Neither good nor poor', cy: 'Ddim yn dda nac yn wael' },
  poor: { en: 'Poor', cy: 'Gwael' },
  very_poor: { en: 'Very poor', cy: 'Gwael iawn' },
  dont_know: { en: 'Don’t know', cy: 'Ddim yn gwybod' },
};

const OFTEN_OPTIONS: readonly QuestionnaireOption[] = [
  { value: 0, text: { en: 'Not at all', cy: 'Ddim o gwbl' } },
  { value: 1, text: { en: 'Several days', cy: 'Sawl diwrnod' } },
  { value: 2, text: { en: 'More than half the days', cy: 'Mwy na hanner y dyddiau' } },
  { value: 3, text: { en: 'Nearly every day', cy: 'Bron bob dydd' } },
];

const DIFFICULTY_ITEM: QuestionnaireItem = {
  id: 'difficulty',
  kind: 'choice',
  optional: true,
  text: {
    en: 'If you have had any of these problems, how difficult have they made it for you to do your work, take care of things at home, or get along with other people?',
    cy: 'Os ydych chi wedi cael unrhyw un o’r problemau hyn, pa mor anodd maen nhw wedi’i gwneud hi i chi wneud eich gwaith, gofalu am bethau gartref, neu ddod ymlaen â phobl eraill?',
  },
  hint: { en: 'This question is optional.', cy: 'Does dim rhaid ateb y cwestiwn hwn.' },
  options: [
    { value: 0, text: { en: 'Not difficult at all', cy: 'Ddim yn anodd o gwbl' } },
    { value: 1, text: { en: 'Somewhat difficult', cy: 'Ychydig yn anodd' } },
    { value: 2, text: { en: 'Very difficult', cy: 'Anodd iawn' } },
    { value: 3, text: { en: 'Extremely difficult', cy: 'Eithriadol o anodd' } },
  ],
  errorMessage: {
    en: 'Select how difficult these problems have made things, or leave it blank',
    cy: 'Dewiswch pa mor anodd mae’r problemau hyn wedi gwneud pethau, neu gadewch yn wag',
  },
};

const OFTEN_ERROR: LocalisedText = {
  en: 'Select how often this has bothered you over the last 2 weeks',
  cy: 'Dewiswch pa mor aml mae hyn wedi eich poeni dros y pythefnos diwethaf',
};

function oftenItems(texts: readonly LocalisedText[]): QuestionnaireItem[] {
  return texts.map((text, i) => ({
    id: `q${i + 1}`,
    kind: 'choice',
    text,
    options: OFTEN_OPTIONS,
    errorMessage: OFTEN_ERROR,
  }));
}

const OFTEN_INTRO: LocalisedText = {
  en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  cy: 'Dros y pythefnos diwethaf, pa mor aml ydych chi wedi cael eich poeni gan unrhyw un o’r problemau canlynol?',
};

const PHQ9_ITEMS: readonly LocalisedText[] = [
  {
    en: 'Little interest or pleasure in doing things',
    cy: 'Ychydig o ddiddordeb neu bleser mewn gwneud pethau',
  },
  {
    en: 'Feeling down, depressed or hopeless',
    cy: 'Teimlo’n isel, yn ddigalon neu’n anobeithiol',
  },
  {
    en: 'Trouble falling or staying asleep, or sleeping too much',
    cy: 'Trafferth mynd i gysgu neu aros i gysgu, neu gysgu gormod',
  },
  { en: 'Feeling tired or having little energy', cy: 'Teimlo’n flinedig neu heb lawer o egni' },
  { en: 'Poor appetite or overeating', cy: 'Dim llawer o awydd bwyd, neu orfwyta' },
  {
    en: 'Feeling bad about yourself, or that you are a failure or have let yourself or your family down',
    cy: 'Teimlo’n wael amdanoch chi’ch hun, neu eich bod chi’n fethiant neu wedi siomi eich hun neu eich teulu',
  },
  {
    en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
    cy: 'Trafferth canolbwyntio ar bethau, fel darllen y papur newydd neu wylio’r teledu',
  },
  {
    en: 'Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual',
    cy: 'Symud neu siarad mor araf y gallai pobl eraill fod wedi sylwi, neu’r gwrthwyneb: bod mor aflonydd eich bod wedi bod yn symud o gwmpas llawer mwy nag arfer',
  },
  {
    en: 'Thoughts that you would be better off dead, or of hurting yourself in some way',
    cy: 'Meddyliau y byddai’n well petaech chi wedi marw, neu am wneud niwed i chi’ch hun mewn rhyw ffordd',
  },
];

const GAD7_ITEMS: readonly LocalisedText[] = [
  {
    en: 'Feeling nervous, anxious or on edge',
    cy: 'Teimlo’n nerfus, yn bryderus neu ar bigau’r drain',
  },
  {
    en: 'Not being able to stop or control worrying',
    cy: 'Methu stopio poeni, na rheoli’r poeni',
  },
  { en: 'Worrying too much about different things', cy: 'Poeni gormod am wahanol bethau' },
  { en: 'Trouble relaxing', cy: 'Trafferth ymlacio' },
  {
    en: 'Being so restless that it is hard to sit still',
    cy: 'Bod mor aflonydd ei bod hi’n anodd eistedd yn llonydd',
  },
  { en: 'Becoming easily annoyed or irritable', cy: 'Mynd yn flin neu’n biwis yn hawdd' },
  {
    en: 'Feeling afraid, as if something awful might happen',
    cy: 'Teimlo ofn, fel petai rhywbeth ofnadwy ar fin digwydd',
  },
];

/** Our own descriptive wording of each EQ-5D-5L dimension and its five levels (see above). */
const EQ5D_WORDING: Readonly<
  Record<Eq5dDimension, { heading: LocalisedText; levels: LocalisedText[]; error: LocalisedText }>
> = {
  mobility: {
    heading: { en: 'Mobility', cy: 'Symud o gwmpas' },
    levels: [
      {
        en: 'I have no problems walking about',
        cy: 'Does gen i ddim problemau wrth gerdded o gwmpas',
      },
      {
        en: 'I have slight problems walking about',
        cy: 'Mae gen i ychydig o broblemau wrth gerdded o gwmpas',
      },
      {
        en: 'I have moderate problems walking about',
        cy: 'Mae gen i broblemau cymedrol wrth gerdded o gwmpas',
      },
      {
        en: 'I have severe problems walking about',
        cy: 'Mae gen i broblemau difrifol wrth gerdded o gwmpas',
      },
      { en: 'I am unable to walk about', cy: 'Dw i’n methu cerdded o gwmpas' },
    ],
    error: {
      en: 'Select the statement that best describes your mobility today',
      cy: 'Dewiswch y datganiad sy’n disgrifio orau sut rydych chi’n symud o gwmpas heddiw',
    },
  },
  selfCare: {
    heading: { en: 'Self-care', cy: 'Hunanofal' },
    levels: [
      {
        en: 'I have no problems washing or dressing myself',
        cy: 'Does gen i ddim problemau wrth ymolchi neu wisgo fy hun',
      },
      {
        en: 'I have slight problems washing or dressing myself',
        cy: 'Mae gen i ychydig o broblemau wrth ymolchi neu wisgo fy hun',
      },
      {
        en: 'I have moderate problems washing or dressing myself',
        cy: 'Mae gen i broblemau cymedrol wrth ymolchi neu wisgo fy hun',
      },
      {
        en: 'I have severe problems washing or dressing myself',
        cy: 'Mae gen i broblemau difrifol wrth ymolchi neu wisgo fy hun',
      },
      { en: 'I am unable to wash or dress myself', cy: 'Dw i’n methu ymolchi na gwisgo fy hun' },
    ],
    error: {
      en: 'Select the statement that best describes how well you can wash and dress yourself today',
      cy: 'Dewiswch y datganiad sy’n disgrifio orau pa mor dda y gallwch chi ymolchi a gwisgo eich hun heddiw',
    },
  },
  usualActivities: {
    heading: {
      en: 'Usual activities (for example work, study, housework, family or leisure activities)',
      cy: 'Gweithgareddau arferol (er enghraifft gwaith, astudio, gwaith tŷ, gweithgareddau teulu neu hamdden)',
    },
    levels: [
      {
        en: 'I have no problems doing my usual activities',
        cy: 'Does gen i ddim problemau wrth wneud fy ngweithgareddau arferol',
      },
      {
        en: 'I have slight problems doing my usual activities',
        cy: 'Mae gen i ychydig o broblemau wrth wneud fy ngweithgareddau arferol',
      },
      {
        en: 'I have moderate problems doing my usual activities',
        cy: 'Mae gen i broblemau cymedrol wrth wneud fy ngweithgareddau arferol',
      },
      {
        en: 'I have severe problems doing my usual activities',
        cy: 'Mae gen i broblemau difrifol wrth wneud fy ngweithgareddau arferol',
      },
      {
        en: 'I am unable to do my usual activities',
        cy: 'Dw i’n methu gwneud fy ngweithgareddau arferol',
      },
    ],
    error: {
      en: 'Select the statement that best describes how well you can do your usual activities today',
      cy: 'Dewiswch y datganiad sy’n disgrifio orau pa mor dda y gallwch chi wneud eich gweithgareddau arferol heddiw',
    },
  },
  painDiscomfort: {
    heading: { en: 'Pain or discomfort', cy: 'Poen neu anghysur' },
    levels: [
      { en: 'I have no pain or discomfort', cy: 'Does gen i ddim poen nac anghysur' },
      { en: 'I have slight pain or discomfort', cy: 'Mae gen i ychydig o boen neu anghysur' },
      { en: 'I have moderate pain or discomfort', cy: 'Mae gen i boen neu anghysur cymedrol' },
      { en: 'I have severe pain or discomfort', cy: 'Mae gen i boen neu anghysur difrifol' },
      { en: 'I have extreme pain or discomfort', cy: 'Mae gen i boen neu anghysur eithafol' },
    ],
    error: {
      en: 'Select the statement that best describes any pain or discomfort you have today',
      cy: 'Dewiswch y datganiad sy’n disgrifio orau unrhyw boen neu anghysur sydd gennych chi heddiw',
    },
  },
  anxietyDepression: {
    heading: { en: 'Anxiety or depression', cy: 'Gorbryder neu iselder' },
    levels: [
      { en: 'I am not anxious or depressed', cy: 'Dw i ddim yn bryderus nac yn isel' },
      { en: 'I am slightly anxious or depressed', cy: 'Dw i ychydig yn bryderus neu’n isel' },
      { en: 'I am moderately anxious or depressed', cy: 'Dw i’n weddol bryderus neu’n isel' },
      { en: 'I am severely anxious or depressed', cy: 'Dw i’n ddifrifol o bryderus neu’n isel' },
      { en: 'I am extremely anxious or depressed', cy: 'Dw i’n eithriadol o bryderus neu’n isel' },
    ],
    error: {
      en: 'Select the statement that best describes how anxious or depressed you feel today',
      cy: 'Dewiswch y datganiad sy’n disgrifio orau pa mor bryderus neu isel rydych chi’n teimlo heddiw',
    },
  },
};

const EQ5D_ITEMS: QuestionnaireItem[] = [
  ...EQ5D_DIMENSIONS.map((dimension): QuestionnaireItem => ({
    id: dimension,
    kind: 'choice',
    text: EQ5D_WORDING[dimension].heading,
    options: EQ5D_WORDING[dimension].levels.map((text, i) => ({ value: i + 1, text })),
    errorMessage: EQ5D_WORDING[dimension].error,
  })),
  {
    id: 'vas',
    kind: 'scale',
    min: 0,
    max: 100,
    text: {
      en: 'How good or bad is your health today, from 0 to 100?',
      cy: 'Pa mor dda neu wael yw eich iechyd heddiw, o 0 i 100?',
    },
    hint: {
      en: '100 means the best health you can imagine. 0 means the worst health you can imagine.',
      cy: 'Mae 100 yn golygu’r iechyd gorau y gallwch chi ei ddychmygu. Mae 0 yn golygu’r iechyd gwaethaf y gallwch chi ei ddychmygu.',
    },
    errorMessage: {
      en: 'Enter a whole number from 0 to 100 for your health today',
      cy: 'Rhowch rif cyfan o 0 i 100 ar gyfer eich iechyd heddiw',
    },
  },
];

const PHQ9_RISK_HINT: LocalisedText = {
  en: 'If you feel you might act on thoughts like these now, call 999 or go to A&E. You can call Samaritans free on 116 123, day or night.',
  cy: 'Os ydych chi’n teimlo y gallech chi weithredu ar feddyliau fel hyn nawr, ffoniwch 999 neu ewch i’r adran achosion brys. Gallwch ffonio’r Samariaid am ddim ar 116 123, ddydd neu nos.',
};

export const QUESTIONNAIRES: Readonly<Record<QuestionnaireKind, QuestionnaireDefinition>> = {
  eq5d5l: {
    kind: 'eq5d5l',
    title: { en: 'Your health today (EQ-5D-5L)', cy: 'Eich iechyd heddiw (EQ-5D-5L)' },
    intro: {
      en: 'Under each heading, choose the one statement that best describes your health today.',
      cy: 'O dan bob pennawd, dewiswch yr un datganiad sy’n disgrifio eich iechyd heddiw orau.',
    },
    items: EQ5D_ITEMS,
    source:
      'EQ-5D-5L: Herdman M et al. Qual Life Res 2011;20(10):1727–1736. © EuroQol Research Foundation; use needs registration or a licence (INSTRUMENTS.md §13). Wording here is a development placeholder.',
  },
  phq9: {
    kind: 'phq9',
    title: {
      en: 'Your mood over the last 2 weeks (PHQ-9)',
      cy: 'Eich hwyliau dros y pythefnos diwethaf (PHQ-9)',
    },
    intro: OFTEN_INTRO,
    items: [
      ...oftenItems(PHQ9_ITEMS).map((item) =>
        item.id === 'q9' ? { ...item, hint: PHQ9_RISK_HINT } : item,
      ),
      DIFFICULTY_ITEM,
    ],
    source:
      'PHQ-9: Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med 2001;16(9):606–613 (INSTRUMENTS.md §4). Free to use.',
  },
  gad7: {
    kind: 'gad7',
    title: {
      en: 'Worry and anxiety over the last 2 weeks (GAD-7)',
      cy: 'Poeni a gorbryder dros y pythefnos diwethaf (GAD-7)',
    },
    intro: OFTEN_INTRO,
    items: [...oftenItems(GAD7_ITEMS), DIFFICULTY_ITEM],
    source:
      'GAD-7: Spitzer RL, Kroenke K, Williams JBW, Löwe B. Arch Intern Med 2006;166(10):1092–1097 (INSTRUMENTS.md §4). Free to use.',
  },
  work_ability: {
    kind: 'work_ability',
    title: { en: 'Work and your ability to work', cy: 'Gwaith a’ch gallu i weithio' },
    intro: {
      en: 'These questions help us understand how your health affects your work.',
      cy: 'Mae’r cwestiynau hyn yn ein helpu i ddeall sut mae eich iechyd yn effeithio ar eich gwaith.',
    },
    items: [
      {
        id: 'workStatus',
        kind: 'choice',
        text: {
          en: 'Which best describes your work situation now?',
          cy: 'Pa un sy’n disgrifio eich sefyllfa waith nawr orau?',
        },
        options: WORK_STATUSES.map((status) => ({
          value: status,
          text: WORK_STATUS_LABELS[status],
        })),
        errorMessage: {
          en: 'Select the option that best describes your work situation',
          cy: 'Dewiswch yr opsiwn sy’n disgrifio eich sefyllfa waith orau',
        },
      },
      {
        id: 'workAbility',
        kind: 'scale',
        min: 0,
        max: 10,
        text: {
          en: 'Imagine your ability to work at its very best is worth 10 points. How many points would you give your ability to work now?',
          cy: 'Dychmygwch fod eich gallu i weithio ar ei orau’n werth 10 pwynt. Faint o bwyntiau fyddech chi’n eu rhoi i’ch gallu i weithio nawr?',
        },
        hint: {
          en: '0 means you cannot work at all at the moment.',
          cy: 'Mae 0 yn golygu na allwch chi weithio o gwbl ar hyn o bryd.',
        },
        errorMessage: {
          en: 'Select a number from 0 to 10 for your ability to work now',
          cy: 'Dewiswch rif o 0 i 10 ar gyfer eich gallu i weithio nawr',
        },
      },
    ],
    source:
      'Work Ability Score, item 1 of the Work Ability Index: Tuomi K et al. Work Ability Index, 2nd edn, FIOH 1998; El Fassi M et al. BMC Public Health 2013;13:305 (INSTRUMENTS.md §5).',
  },
  prem: {
    kind: 'prem',
    title: { en: 'Your experience of our service', cy: 'Eich profiad o’n gwasanaeth' },
    intro: {
      en: 'We would like to know how we did. Your answer helps us improve the service.',
      cy: 'Hoffem wybod sut wnaethon ni. Bydd eich ateb yn ein helpu i wella’r gwasanaeth.',
    },
    items: [
      {
        id: 'experience',
        kind: 'choice',
        text: {
          en: 'Overall, how was your experience of our service?',
          cy: 'At ei gilydd, sut oedd eich profiad o’n gwasanaeth?',
        },
        options: PREM_EXPERIENCES.map((value) => ({ value, text: PREM_EXPERIENCE_LABELS[value] })),
        errorMessage: {
          en: 'Select how your experience of our service was',
          cy: 'Dewiswch sut oedd eich profiad o’n gwasanaeth',
        },
      },
      {
        id: 'why',
        kind: 'text',
        optional: true,
        maxLength: 1000,
        text: { en: 'Tell us why', cy: 'Dywedwch wrthym pam' },
        hint: {
          en: 'Optional. Please do not include names or other personal details.',
          cy: 'Dewisol. Peidiwch â chynnwys enwau na manylion personol eraill.',
        },
        errorMessage: {
          en: 'Tell us why in 1,000 characters or fewer',
          cy: 'Dywedwch wrthym pam mewn 1,000 o nodau neu lai',
        },
      },
    ],
    source:
      'NHS Friends and Family Test style (NHS England FFT guidance: six responses, plus a free-text follow-up). Local measure.',
  },
};
