/**
 * The letter that lets a person with no mobile or email book their own appointment (issue 16
 * item 2): the service's address, the person's address, a short code to type at /book, the
 * short address of that page and how to phone instead. In English or in Welsh, the language
 * the person is written to in. Composition only; no I/O.
 */
import { isCalendarDate } from '../shared/calendar-date.js';
import { formatDocumentDate, type ClinicalDocument, type DocumentBlock } from './document-model.js';

export interface BookingLetterInput {
  readonly language: 'en' | 'cy';
  readonly service: {
    readonly name: string;
    readonly address: string | null;
    readonly phone: string | null;
  };
  readonly person: {
    readonly name: string;
    /** The lines of the address letters go to, postcode last; empty when none is recorded. */
    readonly address: readonly string[];
  };
  readonly reference: string;
  /** The code as read, "ABCD-EFGH". */
  readonly code: string;
  /** The page to type it at, short: "https://everyday.example/book". */
  readonly bookUrl: string;
  /** Calendar dates, `YYYY-MM-DD`. */
  readonly expiresOn: string;
  readonly date: string;
}

const WELSH_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;

/** A calendar date in words in the letter's language: "21 November 2026", "21 Tachwedd 2026". */
export function formatLetterDate(date: string, language: 'en' | 'cy'): string {
  if (language === 'en' || !isCalendarDate(date)) return formatDocumentDate(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${WELSH_MONTHS[month - 1] ?? ''} ${year}`;
}

interface LetterWords {
  readonly title: string;
  readonly from: string;
  readonly to: string;
  readonly dateLabel: string;
  readonly telephone: string;
  readonly dear: (name: string) => string;
  readonly onList: (reference: string) => string;
  readonly how: string;
  readonly step1: (url: string) => string;
  readonly step2: string;
  readonly step3: string;
  readonly until: (date: string) => string;
  readonly someoneElse: string;
  readonly phoneTitle: string;
  readonly phone: (phone: string) => string;
  readonly noPhone: string;
  readonly closing: string;
  readonly signedBy: string;
  readonly footer: (reference: string) => string;
}

const WORDS: Record<'en' | 'cy', LetterWords> = {
  en: {
    title: 'Choose a time for your appointment',
    from: 'From:',
    to: 'To:',
    dateLabel: 'Date:',
    telephone: 'Telephone:',
    dear: (name) => `Dear ${name},`,
    onList: (reference) =>
      `You are on the waiting list of the occupational therapy service (reference ${reference}). You can choose the time of your appointment yourself.`,
    how: 'How to choose a time',
    step1: (url) => `1. Go to ${url} on a phone, tablet or computer.`,
    step2: '2. Enter this code:',
    step3: '3. Choose a time that suits you.',
    until: (date) => `The code works until ${date}.`,
    someoneElse: 'Someone you trust, such as a family member or carer, can do this for you.',
    phoneTitle: 'If you would rather phone',
    phone: (phone) => `Call us on ${phone} and we will choose a time with you.`,
    noPhone:
      'Contact your GP practice and ask them to pass a message to the occupational therapy service, and we will call you.',
    closing: 'Yours sincerely,',
    signedBy: 'The occupational therapy team',
    footer: (reference) => `Reference ${reference}`,
  },
  cy: {
    title: 'Dewiswch amser ar gyfer eich apwyntiad',
    from: 'Oddi wrth:',
    to: 'At:',
    dateLabel: 'Dyddiad:',
    telephone: 'Ffôn:',
    dear: (name) => `Annwyl ${name},`,
    onList: (reference) =>
      `Rydych ar restr aros y gwasanaeth therapi galwedigaethol (cyfeirnod ${reference}). Gallwch ddewis amser eich apwyntiad eich hun.`,
    how: 'Sut i ddewis amser',
    step1: (url) => `1. Ewch i ${url} ar ffôn, llechen neu gyfrifiadur.`,
    step2: '2. Rhowch y cod hwn:',
    step3: '3. Dewiswch amser sy’n gyfleus i chi.',
    until: (date) => `Mae’r cod yn gweithio tan ${date}.`,
    someoneElse:
      'Gall rhywun rydych yn ymddiried ynddo, fel aelod o’r teulu neu ofalwr, wneud hyn ar eich rhan.',
    phoneTitle: 'Os byddai’n well gennych ffonio',
    phone: (phone) => `Ffoniwch ni ar ${phone} a byddwn yn dewis amser gyda chi.`,
    noPhone:
      'Cysylltwch â’ch practis meddyg teulu a gofynnwch iddynt roi neges i’r gwasanaeth therapi galwedigaethol, a byddwn yn eich ffonio.',
    closing: 'Yn gywir,',
    signedBy: 'Y tîm therapi galwedigaethol',
    footer: (reference) => `Cyfeirnod ${reference}`,
  },
};

/** Compose the booking letter in the person's language. */
export function composeBookingLetter(input: BookingLetterInput): ClinicalDocument {
  const w = WORDS[input.language];
  const date = formatLetterDate(input.date, input.language);
  const from = [input.service.name, input.service.address]
    .filter((p): p is string => p !== null && p.trim() !== '')
    .join(', ');
  const blocks: DocumentBlock[] = [
    ...(input.person.address.length > 0
      ? [
          {
            kind: 'paragraph',
            text: [input.person.name, ...input.person.address].join('\n'),
          } as const,
        ]
      : []),
    { kind: 'paragraph', text: w.dear(input.person.name) },
    { kind: 'paragraph', text: w.onList(input.reference) },
    { kind: 'heading', text: w.how },
    { kind: 'paragraph', text: w.step1(input.bookUrl) },
    { kind: 'paragraph', text: w.step2 },
    { kind: 'heading', text: input.code },
    { kind: 'paragraph', text: w.step3 },
    {
      kind: 'paragraph',
      text: `${w.until(formatLetterDate(input.expiresOn, input.language))} ${w.someoneElse}`,
    },
    { kind: 'heading', text: w.phoneTitle },
    {
      kind: 'paragraph',
      text: input.service.phone === null ? w.noPhone : w.phone(input.service.phone),
    },
    { kind: 'paragraph', text: `${w.closing}\n${w.signedBy}` },
  ];
  return {
    title: w.title,
    subtitle: input.service.name,
    meta: [
      { label: w.from, value: from },
      ...(input.service.phone === null ? [] : [{ label: w.telephone, value: input.service.phone }]),
      { label: w.to, value: input.person.name },
      { label: w.dateLabel, value: date },
    ],
    blocks,
    footer: w.footer(input.reference),
    author: input.service.name,
  };
}
