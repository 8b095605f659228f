/**
 * The front door's questions, their wording in English and Welsh, and the red-flag rules, in one
 * versioned place. A change to any wording or rule is a new version; every request stores the
 * version it was asked with. Each red-flag rule is written up in docs/clinical-safety.md.
 */
import type {
  AccessNeed,
  Area,
  ContactMethod,
  Duration,
  FallsInLastYear,
  Impact,
  RedFlag,
  WorkStatus,
} from './answers.js';
import type { LocalisedText } from '../shared/localised-text.js';

export interface Option<T extends string> {
  readonly value: T;
  readonly label: LocalisedText;
  readonly hint?: LocalisedText;
  /** The label when the person asks for themselves, where it differs (issue 16 item 3). */
  readonly self?: LocalisedText;
}

/** Who is asking: the person themselves, or someone for them ('' before it is answered). */
export type Asker = 'self' | 'someone_else' | '';

export const QUESTION_IDS = [
  'for',
  'name',
  'dateOfBirth',
  'nhsNumber',
  'postcode',
  'practice',
  'contact',
  'redFlags',
  'areas',
  'fallsInLastYear',
  'workStatus',
  'difficulties',
  'since',
  'impact',
  'goals',
  'access',
  'clinicalReason',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export interface QuestionText {
  readonly heading: LocalisedText;
  readonly hint?: LocalisedText;
}

/**
 * A question as asked of someone asking for another person (`heading`, `hint`), and, where the
 * words differ, as asked of the person themselves (`self`; a `self` without a hint has none).
 */
export interface Question extends QuestionText {
  readonly self?: QuestionText;
}

/** The words of a question for whoever is asking: "your" for oneself, "their" for someone else. */
export function questionFor(question: Question, asker: Asker): QuestionText {
  return asker === 'self' && question.self ? question.self : question;
}

/** An option's label for whoever is asking. */
export function optionLabelFor(
  option: { readonly label: LocalisedText; readonly self?: LocalisedText },
  asker: Asker,
): LocalisedText {
  return asker === 'self' && option.self ? option.self : option.label;
}

/** What to do now: shown on the page straight after a red flag, never after a queue. */
export const ADVICE_IDS = [
  'call_999',
  'safeguarding_now',
  'mental_health_now',
  'urgent_same_day',
  'practice_today',
] as const;
export type AdviceId = (typeof ADVICE_IDS)[number];

export interface Advice {
  readonly heading: LocalisedText;
  readonly lines: readonly LocalisedText[];
}

export interface RedFlagRule {
  readonly id: RedFlag;
  readonly label: LocalisedText;
  /** The label when the person asks for themselves, where it differs. */
  readonly self?: LocalisedText;
  readonly hint?: LocalisedText;
  /** The advice shown, most urgent first. */
  readonly advice: readonly AdviceId[];
  /** The hazard this rule controls (docs/clinical-safety.md). */
  readonly hazard: string;
}

export interface QuestionSet {
  readonly version: string;
  readonly questions: Readonly<Record<QuestionId, Question>>;
  readonly redFlags: readonly RedFlagRule[];
  readonly advice: Readonly<Record<AdviceId, Advice>>;
  readonly areas: readonly Option<Area>[];
  readonly durations: readonly Option<Duration>[];
  readonly impacts: readonly Option<Impact>[];
  readonly contactMethods: readonly Option<ContactMethod>[];
  readonly workStatuses: readonly Option<WorkStatus>[];
  readonly fallsInLastYear: readonly Option<FallsInLastYear>[];
  readonly accessNeeds: readonly Option<AccessNeed>[];
}

const t = (en: string, cy: string): LocalisedText => ({ en, cy });

export const QUESTION_SET_V1: QuestionSet = {
  version: 'front-door-2026.12.2',
  questions: {
    for: { heading: t('Who needs help?', 'Pwy sydd angen help?') },
    name: {
      heading: t('What is their name?', 'Beth yw eu henw?'),
      hint: t('The name of the person who needs help.', 'Enw’r person sydd angen help.'),
      self: { heading: t('What is your name?', 'Beth yw eich enw?') },
    },
    dateOfBirth: {
      heading: t('What is their date of birth?', 'Beth yw eu dyddiad geni?'),
      hint: t('For example, 27 3 1951', 'Er enghraifft, 27 3 1951'),
      self: {
        heading: t('What is your date of birth?', 'Beth yw eich dyddiad geni?'),
        hint: t('For example, 27 3 1951', 'Er enghraifft, 27 3 1951'),
      },
    },
    nhsNumber: {
      heading: t('What is their NHS number? (optional)', 'Beth yw eu rhif GIG? (dewisol)'),
      hint: t(
        'This is a 10 digit number, like 485 777 3456. You can find it on letters from the NHS or in the NHS App. Leave it blank if you do not know it.',
        'Rhif 10 digid yw hwn, fel 485 777 3456. Gallwch ddod o hyd iddo ar lythyrau gan y GIG neu yn Ap GIG. Gadewch yn wag os nad ydych yn ei wybod.',
      ),
      self: {
        heading: t('What is your NHS number? (optional)', 'Beth yw eich rhif GIG? (dewisol)'),
        hint: t(
          'This is a 10 digit number, like 485 777 3456. You can find it on letters from the NHS or in the NHS App. Leave it blank if you do not know it.',
          'Rhif 10 digid yw hwn, fel 485 777 3456. Gallwch ddod o hyd iddo ar lythyrau gan y GIG neu yn Ap GIG. Gadewch yn wag os nad ydych yn ei wybod.',
        ),
      },
    },
    postcode: {
      heading: t('What is their postcode?', 'Beth yw eu cod post?'),
      self: { heading: t('What is your postcode?', 'Beth yw eich cod post?') },
    },
    practice: {
      heading: t(
        'Which GP practice are they registered with?',
        'Gyda pha bractis meddyg teulu y maent wedi cofrestru?',
      ),
      self: {
        heading: t(
          'Which GP practice are you registered with?',
          'Gyda pha bractis meddyg teulu rydych chi wedi cofrestru?',
        ),
      },
    },
    contact: {
      heading: t('How should we contact them?', 'Sut dylem gysylltu â nhw?'),
      hint: t(
        'We will use this to arrange help. We will not share it.',
        'Byddwn yn defnyddio hyn i drefnu help. Ni fyddwn yn ei rannu.',
      ),
      self: {
        heading: t('How should we contact you?', 'Sut dylem gysylltu â chi?'),
        hint: t(
          'We will use this to arrange help. We will not share it.',
          'Byddwn yn defnyddio hyn i drefnu help. Ni fyddwn yn ei rannu.',
        ),
      },
    },
    redFlags: {
      heading: t(
        'Do any of these apply right now?',
        'A oes unrhyw un o’r rhain yn berthnasol ar hyn o bryd?',
      ),
      hint: t('Select all that apply.', 'Dewiswch bob un sy’n berthnasol.'),
    },
    areas: {
      heading: t(
        'Which parts of everyday life are hard?',
        'Pa rannau o fywyd bob dydd sy’n anodd?',
      ),
      hint: t('Select all that apply.', 'Dewiswch bob un sy’n berthnasol.'),
    },
    fallsInLastYear: {
      heading: t(
        'How many falls have they had in the last year?',
        'Sawl gwaith y maent wedi cwympo yn y flwyddyn ddiwethaf?',
      ),
      self: {
        heading: t(
          'How many falls have you had in the last year?',
          'Sawl gwaith rydych chi wedi cwympo yn y flwyddyn ddiwethaf?',
        ),
      },
    },
    workStatus: {
      heading: t('Which best describes their work?', 'Pa un sy’n disgrifio eu gwaith orau?'),
      self: {
        heading: t('Which best describes your work?', 'Pa un sy’n disgrifio eich gwaith orau?'),
      },
    },
    difficulties: {
      heading: t('What everyday activities are hard?', 'Pa weithgareddau bob dydd sy’n anodd?'),
      hint: t(
        'For example, getting washed and dressed, cooking, going out, getting to work, remembering things.',
        'Er enghraifft, ymolchi a gwisgo, coginio, mynd allan, cyrraedd y gwaith, cofio pethau.',
      ),
    },
    since: {
      heading: t('How long has this been a problem?', 'Ers pryd mae hyn wedi bod yn broblem?'),
    },
    impact: {
      heading: t(
        'How much does it affect everyday life?',
        'Faint mae’n effeithio ar fywyd bob dydd?',
      ),
    },
    goals: {
      heading: t('What would they like to be able to do?', 'Beth hoffen nhw allu ei wneud?'),
      hint: t(
        'In their own words. For example, “get back to work”, “go shopping on my own”, “feel less anxious going out”.',
        'Yn eu geiriau eu hunain. Er enghraifft, “mynd yn ôl i’r gwaith”, “mynd i siopa ar fy mhen fy hun”, “teimlo’n llai pryderus wrth fynd allan”.',
      ),
      self: {
        heading: t('What would you like to be able to do?', 'Beth hoffech chi allu ei wneud?'),
        hint: t(
          'In your own words. For example, “get back to work”, “go shopping on my own”, “feel less anxious going out”.',
          'Yn eich geiriau eich hun. Er enghraifft, “mynd yn ôl i’r gwaith”, “mynd i siopa ar fy mhen fy hun”, “teimlo’n llai pryderus wrth fynd allan”.',
        ),
      },
    },
    access: {
      heading: t(
        'Do they need any help to communicate with us?',
        'A oes angen help arnynt i gyfathrebu â ni?',
      ),
      hint: t(
        'We will arrange this for their appointments and letters.',
        'Byddwn yn trefnu hyn ar gyfer eu hapwyntiadau a’u llythyrau.',
      ),
      self: {
        heading: t(
          'Do you need any help to communicate with us?',
          'A oes angen help arnoch chi i gyfathrebu â ni?',
        ),
        hint: t(
          'We will arrange this for your appointments and letters.',
          'Byddwn yn trefnu hyn ar gyfer eich apwyntiadau a’ch llythyrau.',
        ),
      },
    },
    clinicalReason: {
      heading: t('Reason for referral', 'Rheswm dros atgyfeirio'),
      hint: t(
        'What you would like occupational therapy to help with, and any relevant history.',
        'Beth hoffech i therapi galwedigaethol helpu ag ef, ac unrhyw hanes perthnasol.',
      ),
    },
  },
  redFlags: [
    {
      id: 'self_harm_thoughts',
      label: t(
        'Thoughts of ending their life or of harming themselves',
        'Meddyliau am ddod â’u bywyd i ben neu am niweidio eu hunain',
      ),
      self: t(
        'Thoughts of ending your life or of harming yourself',
        'Meddyliau am ddod â’ch bywyd i ben neu am niweidio eich hun',
      ),
      advice: ['mental_health_now', 'practice_today'],
      hazard: 'H-101: a person at risk of suicide or self-harm waits in a routine queue',
    },
    {
      id: 'chest_pain',
      label: t('Chest pain', 'Poen yn y frest'),
      hint: t(
        'Especially pain that spreads to the arms, back, neck or jaw, or with feeling sick, sweaty or short of breath.',
        'Yn enwedig poen sy’n lledu i’r breichiau, y cefn, y gwddf neu’r ên, neu wrth deimlo’n sâl, yn chwyslyd neu’n fyr o wynt.',
      ),
      advice: ['call_999'],
      hazard: 'H-102: a possible heart attack is reported into a non-urgent service',
    },
    {
      id: 'stroke_signs',
      label: t('Signs of a stroke', 'Arwyddion strôc'),
      hint: t(
        'Face dropping on one side, cannot lift both arms, or speech suddenly slurred or confused.',
        'Wyneb wedi disgyn ar un ochr, methu codi’r ddwy fraich, neu leferydd yn aneglur neu’n ddryslyd yn sydyn.',
      ),
      advice: ['call_999'],
      hazard: 'H-103: a possible stroke is reported into a non-urgent service',
    },
    {
      id: 'sudden_confusion',
      label: t('Sudden new confusion', 'Dryswch newydd sydyn'),
      hint: t(
        'Confusion that started in the last few days, or is suddenly much worse.',
        'Dryswch a ddechreuodd yn ystod y dyddiau diwethaf, neu sy’n llawer gwaeth yn sydyn.',
      ),
      advice: ['urgent_same_day', 'call_999'],
      hazard: 'H-104: delirium or an acute illness presenting as confusion is missed',
    },
    {
      id: 'fall_injury',
      label: t(
        'A fall with a head injury, or being unable to get up',
        'Cwymp gydag anaf i’r pen, neu fethu codi',
      ),
      advice: ['call_999', 'urgent_same_day'],
      hazard: 'H-105: an injured or long-lie fall is reported into a non-urgent service',
    },
  ],
  advice: {
    call_999: {
      heading: t('Call 999 now if this is happening', 'Ffoniwch 999 nawr os yw hyn yn digwydd'),
      lines: [
        t(
          'Call 999 for chest pain, signs of a stroke, or if someone has hit their head and is drowsy, being sick or was knocked out, or cannot get up.',
          'Ffoniwch 999 am boen yn y frest, arwyddion strôc, neu os yw rhywun wedi taro ei ben ac yn gysglyd, yn chwydu neu wedi cael ei daro’n anymwybodol, neu’n methu codi.',
        ),
        t('Do not wait for us to contact you.', 'Peidiwch ag aros i ni gysylltu â chi.'),
      ],
    },
    mental_health_now: {
      heading: t('Get help now', 'Cael help nawr'),
      lines: [
        t(
          'If you have seriously harmed yourself, or you feel you may act on these thoughts now, call 999 or go to A&E.',
          'Os ydych wedi niweidio eich hun yn ddifrifol, neu os ydych yn teimlo y gallech weithredu ar y meddyliau hyn nawr, ffoniwch 999 neu ewch i’r adran achosion brys.',
        ),
        t(
          'Call NHS 111. In Wales, call 111 and press 2 for mental health support.',
          'Ffoniwch GIG 111. Yng Nghymru, ffoniwch 111 a phwyso 2 i gael cymorth iechyd meddwl.',
        ),
        t(
          'Call Samaritans free on 116 123, any time of day or night.',
          'Ffoniwch y Samariaid am ddim ar 116 123, unrhyw adeg o’r dydd neu’r nos.',
        ),
      ],
    },
    urgent_same_day: {
      heading: t('Get medical help today', 'Cael cymorth meddygol heddiw'),
      lines: [
        t(
          'Call NHS 111, or ask your GP practice for an urgent appointment today.',
          'Ffoniwch GIG 111, neu gofynnwch i’ch practis meddyg teulu am apwyntiad brys heddiw.',
        ),
        t(
          'Call 999 if they also have chest pain, difficulty breathing, a fit, or signs of a stroke.',
          'Ffoniwch 999 os oes ganddynt boen yn y frest hefyd, anhawster anadlu, ffit, neu arwyddion strôc.',
        ),
      ],
    },
    safeguarding_now: {
      heading: t('If you are not safe, get help now', 'Os nad ydych yn ddiogel, cewch help nawr'),
      lines: [
        t(
          'If you or someone else is in danger now, call 999. If you cannot speak, stay on the line and press 55 when asked.',
          'Os ydych chi neu rywun arall mewn perygl nawr, ffoniwch 999. Os na allwch siarad, arhoswch ar y lein a phwyso 55 pan ofynnir i chi.',
        ),
        t(
          'National Domestic Abuse Helpline: 0808 2000 247, free, any time of day or night.',
          'Llinell Gymorth Genedlaethol Cam-drin Domestig: 0808 2000 247, am ddim, unrhyw adeg o’r dydd neu’r nos.',
        ),
        t(
          'In Wales, Live Fear Free: 0808 80 10 800, free, any time of day or night.',
          'Yng Nghymru, Byw Heb Ofn: 0808 80 10 800, am ddim, unrhyw adeg o’r dydd neu’r nos.',
        ),
        t(
          'You can also talk to your GP practice. We have passed your request to the person in our service who looks after safeguarding.',
          'Gallwch hefyd siarad â’ch practis meddyg teulu. Rydym wedi rhoi eich cais i’r person yn ein gwasanaeth sy’n gofalu am ddiogelu.',
        ),
      ],
    },
    practice_today: {
      heading: t('Contact your GP practice today', 'Cysylltwch â’ch practis meddyg teulu heddiw'),
      lines: [
        t(
          'Tell them what you told us. We have also saved your request and flagged it for a clinician to see today.',
          'Dywedwch wrthynt beth a ddywedoch wrthym. Rydym hefyd wedi cadw eich cais a’i nodi i glinigydd ei weld heddiw.',
        ),
      ],
    },
  },
  areas: [
    {
      value: 'home_daily_living',
      label: t('Home and daily living', 'Cartref a byw bob dydd'),
      hint: t(
        'Washing, dressing, cooking, housework, getting around the home.',
        'Ymolchi, gwisgo, coginio, gwaith tŷ, symud o gwmpas y cartref.',
      ),
    },
    {
      value: 'falls_mobility',
      label: t('Falls and getting about', 'Cwympiadau a symud o gwmpas'),
      hint: t('Falls, fear of falling, getting out and about.', 'Cwympo, ofn cwympo, mynd allan.'),
    },
    {
      value: 'mood_anxiety',
      label: t('Mood, stress and anxiety', 'Hwyliau, straen a gorbryder'),
      hint: t(
        'Low mood, worry, stress, coping day to day.',
        'Hwyliau isel, poeni, straen, ymdopi o ddydd i ddydd.',
      ),
    },
    {
      value: 'work',
      label: t('Work', 'Gwaith'),
      hint: t(
        'Staying in work, being off sick, getting back to work.',
        'Aros mewn gwaith, bod i ffwrdd yn sâl, mynd yn ôl i’r gwaith.',
      ),
    },
    {
      value: 'memory_thinking',
      label: t('Memory and thinking', 'Cof a meddwl'),
      hint: t(
        'Forgetting things, losing track, concentrating.',
        'Anghofio pethau, colli trywydd, canolbwyntio.',
      ),
    },
    {
      value: 'caring',
      label: t('Caring for someone', 'Gofalu am rywun'),
      hint: t(
        'Looking after a partner, relative or friend.',
        'Gofalu am bartner, perthynas neu ffrind.',
      ),
    },
  ],
  durations: [
    { value: 'under_4_weeks', label: t('Less than 4 weeks', 'Llai na 4 wythnos') },
    { value: '1_to_3_months', label: t('1 to 3 months', '1 i 3 mis') },
    { value: '3_to_12_months', label: t('3 to 12 months', '3 i 12 mis') },
    { value: 'over_1_year', label: t('More than a year', 'Mwy na blwyddyn') },
  ],
  impacts: [
    { value: 'a_little', label: t('A little', 'Ychydig') },
    { value: 'quite_a_lot', label: t('Quite a lot', 'Cryn dipyn') },
    { value: 'a_lot', label: t('A lot', 'Llawer') },
    {
      value: 'cannot_do',
      label: t(
        'They cannot do things they need to do',
        'Ni allant wneud pethau y mae angen iddynt eu gwneud',
      ),
      self: t(
        'I cannot do things I need to do',
        'Ni allaf wneud pethau y mae angen i mi eu gwneud',
      ),
    },
  ],
  contactMethods: [
    { value: 'phone', label: t('Phone call', 'Galwad ffôn') },
    { value: 'text', label: t('Text message', 'Neges destun') },
    { value: 'email', label: t('Email', 'E-bost') },
    { value: 'letter', label: t('Letter', 'Llythyr') },
  ],
  workStatuses: [
    { value: 'in_work', label: t('In work', 'Mewn gwaith') },
    {
      value: 'off_sick',
      label: t('Off sick from work', 'I ffwrdd o’r gwaith yn sâl'),
      hint: t('With or without a fit note.', 'Gyda neu heb nodyn ffitrwydd.'),
    },
    { value: 'unemployed', label: t('Looking for work', 'Chwilio am waith') },
    {
      value: 'not_working',
      label: t('Not working for another reason', 'Ddim yn gweithio am reswm arall'),
    },
    { value: 'retired', label: t('Retired', 'Wedi ymddeol') },
  ],
  fallsInLastYear: [
    { value: 'none', label: t('None', 'Dim') },
    { value: 'one', label: t('One', 'Un') },
    { value: 'two_or_more', label: t('Two or more', 'Dau neu fwy') },
  ],
  accessNeeds: [
    { value: 'large_print', label: t('Large print', 'Print bras') },
    { value: 'easy_read', label: t('Easy read', 'Hawdd ei ddarllen') },
    { value: 'braille', label: t('Braille', 'Braille') },
    {
      value: 'bsl_interpreter',
      label: t('British Sign Language interpreter', 'Dehonglydd Iaith Arwyddion Prydain'),
    },
    { value: 'hearing_loop', label: t('Hearing loop', 'Dolen sain') },
    { value: 'audio', label: t('Information in audio', 'Gwybodaeth ar ffurf sain') },
    { value: 'email_only', label: t('Contact by email only', 'Cysylltu drwy e-bost yn unig') },
    {
      value: 'someone_with_me',
      label: t('Someone to come with them', 'Rhywun i ddod gyda nhw'),
      self: t('Someone to come with me', 'Rhywun i ddod gyda fi'),
    },
  ],
};

/**
 * The advice to show for the red flags reported (ticked, or found by the free-text screen) and a
 * safeguarding concern, most urgent first, each once.
 */
export function adviceFor(
  redFlags: readonly RedFlag[],
  set: QuestionSet = QUESTION_SET_V1,
  options: { readonly safeguarding?: boolean } = {},
): AdviceId[] {
  const order: readonly AdviceId[] = ADVICE_IDS;
  const wanted = new Set<AdviceId>();
  for (const rule of set.redFlags) {
    if (redFlags.includes(rule.id)) for (const a of rule.advice) wanted.add(a);
  }
  if (options.safeguarding) wanted.add('safeguarding_now');
  // "Call 999 now" is the one instruction when it applies (issue 16 item 3): not also "contact
  // your GP practice today" beside it.
  if (wanted.size > 0 && !wanted.has('call_999')) wanted.add('practice_today');
  return order.filter((a) => wanted.has(a));
}
