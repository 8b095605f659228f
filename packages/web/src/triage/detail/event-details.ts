// What each event in a request's history says, as label and value pairs to show.
import { PATHWAYS, TIERS, URGENCIES } from '@everyday/core';
import type { TFunction } from 'i18next';
import type { RequestEvent } from '../request-types.js';
import { ACKNOWLEDGE_OUTCOMES } from '../request-types.js';

export interface EventDetail {
  label: string;
  value: string;
}

function text(details: Record<string, unknown>, key: string): string | undefined {
  const value = details[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function oneOf<T extends string>(
  details: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const value = details[key];
  return allowed.find((a) => a === value);
}

/** The details of an event worth showing; anything the page does not know is left out. */
export function eventDetails(t: TFunction, event: RequestEvent): EventDetail[] {
  const d = event.details;
  const rows: (EventDetail | null)[] = [];
  const add = (labelKey: string, value: string | undefined): void => {
    rows.push(value === undefined ? null : { label: t(labelKey), value });
  };
  const sent = (): void => {
    if (typeof d.sendToPerson === 'boolean')
      add(
        'requestDetail.history.details.sentToPerson',
        t(d.sendToPerson ? 'requestDetail.history.yes' : 'requestDetail.history.no'),
      );
  };
  switch (event.action) {
    case 'received':
    case 'completed':
      break;
    case 'accept': {
      const pathway = oneOf(d, 'pathway', PATHWAYS);
      const tier = oneOf(d, 'tier', TIERS);
      const urgency = oneOf(d, 'urgency', URGENCIES);
      add('requestDetail.history.details.pathway', pathway && t(`triage.pathway.${pathway}`));
      add('requestDetail.history.details.tier', tier && t(`triage.tier.${tier}`));
      add('requestDetail.history.details.urgency', urgency && t(`triage.urgency.${urgency}`));
      add('requestDetail.history.details.note', text(d, 'note'));
      // Issue 16 item 1: the front door's acceptance (direct booking) and the OT's confirmation.
      if (d.direct === true || d.confirmsDirectBooking === true)
        add(
          'requestDetail.history.details.directBooking',
          t(
            d.direct === true
              ? 'requestDetail.history.directBooked'
              : 'requestDetail.history.directConfirmed',
          ),
        );
      break;
    }
    case 'signpost':
      add('requestDetail.history.details.offered', text(d, 'offered'));
      sent();
      break;
    case 'redirect': {
      const to = oneOf(d, 'to', ['gp', 'other_team'] as const);
      add(
        'requestDetail.history.details.to',
        to === 'gp' ? t('requestDetail.actions.redirect.gp') : text(d, 'team'),
      );
      add('requestDetail.history.details.reason', text(d, 'reason'));
      break;
    }
    case 'decline':
      add('requestDetail.history.details.reason', text(d, 'reason'));
      break;
    case 'request_info':
      add('requestDetail.history.details.question', text(d, 'question'));
      sent();
      break;
    case 'clear_flag': {
      const flag = oneOf(d, 'flag', ['screen', 'safeguarding'] as const);
      add('safetyNet.history.flag', flag && t(`safetyNet.flags.${flag}`));
      add('requestDetail.history.details.reason', text(d, 'reason'));
      break;
    }
    case 'mark_safeguarding':
      add('requestDetail.history.details.reason', text(d, 'reason'));
      add('safetyNet.history.routedTo', text(d, 'leadName') ?? text(d, 'safeguardingLeadName'));
      break;
    case 'acknowledge': {
      const outcome = oneOf(d, 'outcome', ACKNOWLEDGE_OUTCOMES);
      add('crisis.acknowledge.outcome', outcome && t(`crisis.outcomes.${outcome}`));
      add('crisis.acknowledge.note', text(d, 'note'));
      add('crisis.acknowledge.nextSteps', text(d, 'nextSteps'));
      break;
    }
    case 'booked':
      break;
    case 'escalate':
      add('safetyNet.history.sentTo', text(d, 'dutyClinicianName') ?? text(d, 'to'));
      break;
    case 'hand_over': {
      // Issue 16 item 4: a redirect hands the request over to its practice, with a message.
      const sentTo = oneOf(d, 'sentTo', ['practice', 'clinicians', 'none'] as const);
      add(
        'requestDetail.history.details.messageSentTo',
        sentTo && t(`requestDetail.history.handover.${sentTo}`),
      );
      break;
    }
    case 'acknowledge_handover':
      break;
    case 'return_to_triage':
      add('requestDetail.history.details.reason', text(d, 'reason'));
      break;
    case 'booking_link_sent': {
      // Issue 16 item 2: who the booking link went to (a contact by relationship, never their
      // number) and that the person agreed.
      const sentTo = oneOf(d, 'sentTo', ['person', 'contact', 'letter', 'none'] as const);
      add(
        'requestDetail.history.details.to',
        sentTo &&
          t(`bookingLink.history.${sentTo}`, { relationship: text(d, 'relationship') ?? '' }),
      );
      if (d.consent === true) add('bookingLink.history.consent', t('requestDetail.history.yes'));
      break;
    }
  }
  return rows.filter((row): row is EventDetail => row !== null);
}
