/**
 * What each message says, in English and Welsh. With GOV.UK Notify the template lives in Notify
 * and these values fill its placeholders; with the log transport this text is what is "sent".
 * No names or clinical details: only references, times and what the person needs to act.
 */
export type MessageKind =
  | 'request_received'
  | 'signposting'
  | 'request_info'
  | 'appointment_booked'
  | 'appointment_reminder'
  | 'appointment_cancelled'
  | 'self_booking_link'
  | 'self_booking_link_contact'
  | 'questionnaire_link'
  | 'prem_link'
  | 'crisis_escalation'
  | 'handover'
  | 'referral_outcome'
  | 'password_reset'
  | 'password_set';

type Payload = Record<string, unknown>;

const london = (iso: unknown, lang: 'en' | 'cy') =>
  typeof iso === 'string'
    ? new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: 'Europe/London',
      }).format(new Date(iso))
    : '';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** What became of a clinician's referral, in words (messages/referral-outcome.ts). */
const REFERRAL_OUTCOME_EN: Partial<Record<string, string>> = {
  accepted: 'accepted onto the waiting list',
  signposted: 'signposted to other help',
  declined: 'declined',
  redirected: 'redirected',
  discharged: 'discharged',
};
const REFERRAL_OUTCOME_CY: Partial<Record<string, string>> = {
  accepted: "wedi'i dderbyn ar y rhestr aros",
  signposted: "wedi'i gyfeirio at help arall",
  declined: "wedi'i wrthod",
  redirected: "wedi'i ailgyfeirio",
  discharged: "wedi'i ryddhau",
};

export function messageText(kind: string, lang: 'en' | 'cy', p: Payload): string {
  const ref = str(p.reference);
  const when = london(p.startsAt, lang);
  const cy = lang === 'cy';
  switch (kind as MessageKind) {
    case 'request_received':
      return cy
        ? `Rydym wedi cael eich cais am help gan therapydd galwedigaethol. Eich cyfeirnod yw ${ref}. Os bydd pethau'n gwaethygu, cysylltwch â'ch practis neu ffoniwch 111.`
        : `We have your request for help from an occupational therapist. Your reference is ${ref}. If things get worse, contact your practice or call 111.`;
    case 'signposting':
      return cy
        ? `Ynglŷn â'ch cais ${ref}: ${str(p.offered)}`
        : `About your request ${ref}: ${str(p.offered)}`;
    case 'request_info':
      return cy
        ? `Ynglŷn â'ch cais ${ref}, mae angen rhagor o wybodaeth arnom: ${str(p.question)}`
        : `About your request ${ref}, we need a little more information: ${str(p.question)}`;
    case 'appointment_booked':
      return cy
        ? `Mae eich apwyntiad therapi galwedigaethol ar ${when}. Cyfeirnod ${ref}.`
        : `Your occupational therapy appointment is on ${when}. Reference ${ref}.`;
    case 'appointment_reminder':
      return cy
        ? `Nodyn atgoffa: mae eich apwyntiad therapi galwedigaethol ar ${when}. Os na allwch ddod, rhowch wybod i ni.`
        : `Reminder: your occupational therapy appointment is on ${when}. If you cannot come, please let us know.`;
    case 'appointment_cancelled':
      return cy
        ? `Mae eich apwyntiad ar ${when} wedi'i ganslo. Byddwn yn cysylltu i drefnu un newydd.`
        : `Your appointment on ${when} has been cancelled. We will contact you to arrange a new one.`;
    case 'self_booking_link':
      return cy
        ? `Dewiswch amser ar gyfer eich apwyntiad therapi galwedigaethol: ${str(p.link)}`
        : `Choose a time for your occupational therapy appointment: ${str(p.link)}`;
    case 'self_booking_link_contact':
      // To a carer or referrer, with the person's agreement (issue 16 item 2): the person's
      // given name only, so the contact knows whose link it is.
      return cy
        ? `Dolen drefnu ${str(p.givenName)}: dewiswch amser gyda ${str(p.givenName)} ar gyfer eu hapwyntiad therapi galwedigaethol: ${str(p.link)} (neu ewch i ${str(p.bookUrl)} a rhoi'r cod ${str(p.code)}).`
        : `${str(p.givenName)}'s booking link: choose a time with ${str(p.givenName)} for their occupational therapy appointment: ${str(p.link)} (or go to ${str(p.bookUrl)} and enter the code ${str(p.code)}).`;
    case 'questionnaire_link':
      return cy
        ? `Mae eich therapydd galwedigaethol yn gofyn i chi lenwi ychydig o holiaduron byr: ${str(p.link)}`
        : `Your occupational therapist asks you to fill in a few short questionnaires: ${str(p.link)}`;
    case 'prem_link':
      return cy
        ? `Sut oedd eich profiad o'n gwasanaeth therapi galwedigaethol? Dywedwch wrthym: ${str(p.link)}`
        : `How was your experience of our occupational therapy service? Tell us: ${str(p.link)}`;
    case 'crisis_escalation':
      return cy
        ? `Nid oes neb wedi cydnabod cais brys ${ref} (${str(p.practice)}) a ddaeth i mewn ${london(p.receivedAt, lang)}. Edrychwch arno yn Everyday nawr.`
        : `No one has acknowledged crisis request ${ref} (${str(p.practice)}), received ${london(p.receivedAt, lang)}. Look at it in Everyday now.`;
    case 'handover':
      return cy
        ? `Mae cais ${ref} wedi'i drosglwyddo i'ch practis (${str(p.practice)}). Edrychwch arno a'i gydnabod yn Everyday.`
        : `Request ${ref} has been handed over to your practice (${str(p.practice)}). Look at it and acknowledge it in Everyday.`;
    case 'referral_outcome':
      return cy
        ? `Mae newyddion am eich atgyfeiriad ${ref}: ${REFERRAL_OUTCOME_CY[str(p.outcome)] ?? str(p.outcome)}. Gweler "Eich atgyfeiriadau" yn Everyday.`
        : `There is news of your referral ${ref}: ${REFERRAL_OUTCOME_EN[str(p.outcome)] ?? str(p.outcome)}. See "Your referrals" in Everyday.`;
    case 'password_reset':
      return cy
        ? `Mae rhywun wedi gofyn am gael ailosod cyfrinair eich cyfrif Everyday. I ddewis cyfrinair newydd, agorwch y ddolen hon o fewn awr: ${str(p.link)} Os nad chi ofynnodd, anwybyddwch yr e-bost hwn: nid yw eich cyfrinair wedi newid.`
        : `Someone asked to reset the password of your Everyday account. To choose a new password, open this link within 1 hour: ${str(p.link)} If this was not you, ignore this email: your password has not changed.`;
    case 'password_set':
      return cy
        ? `Mae cyfrif Everyday wedi'i greu i chi. I ddewis eich cyfrinair, agorwch y ddolen hon o fewn 7 diwrnod: ${str(p.link)}`
        : `An Everyday account has been made for you. To choose your password, open this link within 7 days: ${str(p.link)}`;
  }
  return ref;
}
