// The English and Welsh texts, in one file per area of the app so areas can be worked on apart:
// common (en.json, cy.json), the public referral (referral.*.json), staff work (staff.*.json),
// clinics and booking (booking.*.json) and the clinical record (record.*.json).
// Each file holds its own top-level keys; locales.test.ts checks they never collide.
import cy from './cy.json';
import en from './en.json';
import referralCy from './referral.cy.json';
import referralEn from './referral.en.json';
import staffCy from './staff.cy.json';
import staffEn from './staff.en.json';
import bookingCy from './booking.cy.json';
import bookingEn from './booking.en.json';
import recordCy from './record.cy.json';
import recordEn from './record.en.json';
import recordPlanCy from './record-plan.cy.json';
import recordPlanEn from './record-plan.en.json';
import questionnaireCy from './questionnaire.cy.json';
import questionnaireEn from './questionnaire.en.json';

export const english = {
  ...en,
  ...referralEn,
  ...staffEn,
  ...bookingEn,
  ...recordEn,
  ...recordPlanEn,
  ...questionnaireEn,
};
export const welsh = {
  ...cy,
  ...referralCy,
  ...staffCy,
  ...bookingCy,
  ...recordCy,
  ...recordPlanCy,
  ...questionnaireCy,
};
