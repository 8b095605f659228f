/**
 * A self-referral that may book directly: on a direct-booking pathway (and not in crisis) the
 * request is accepted onto the pathway and tier triage suggested in the intake's own
 * transaction, so it joins the waiting list as it is stored, and the person gets a signed link
 * to book (003 Northwich: people with memory concerns book directly).
 */
import type { Clock, Urgency } from '@everyday/core';
import type { AccessContext } from '../access/patient-access.js';
import { bookingLinkFor } from '../booking/booking-link.js';
import { acceptRequest } from '../triage/accept-request.js';
import type { AfterIntake, IntakeInput, IntakeResult, RequestIntake } from './intake.js';

export interface DirectBookingDeps {
  readonly intake: RequestIntake;
  /** Pathways whose people book straight from the end of the form. */
  readonly pathways: readonly string[];
  /** Signs booking links. */
  readonly secret: string;
  readonly publicUrl: string;
  readonly clock: Clock;
}

export interface DirectBookingOffer {
  /** The path of the booking page (the person is already on our site). */
  readonly link: string;
  readonly expiresAt: string;
}

/**
 * Only a routine request with nothing for the safety net books directly: no crisis, no
 * safeguarding concern and no safety-screen finding (issue 16 item 1). Those wait for an OT.
 */
function booksDirectly(
  deps: DirectBookingDeps,
  pathway: string,
  urgency: Urgency,
  safety: { readonly safeguarding: boolean; readonly screenFindings: number },
) {
  return (
    deps.pathways.includes(pathway) &&
    urgency !== 'crisis' &&
    !safety.safeguarding &&
    safety.screenFindings === 0
  );
}

/** Take a self-referral in; accept it and offer a booking link when its pathway books directly. */
export async function submitWithDirectBooking(
  deps: DirectBookingDeps,
  context: AccessContext,
  input: IntakeInput,
): Promise<{ result: IntakeResult; directBooking: DirectBookingOffer | null }> {
  const accept: AfterIntake = async (trx, { request, decision, at }) => {
    const screenFindings = Array.isArray(request.screen_matches)
      ? request.screen_matches.length
      : 0;
    const safety = { safeguarding: request.safeguarding, screenFindings };
    if (!booksDirectly(deps, decision.pathway, decision.urgency, safety)) return;
    await acceptRequest(trx, {
      requestId: request.id,
      pathway: decision.pathway,
      tier: decision.tier,
      by: null,
      at,
      from: ['received'],
      details: { direct: true },
    });
  };
  const result = await deps.intake.submit(context, input, accept);
  const safety = { safeguarding: result.safeguarding, screenFindings: result.screen.length };
  if (!booksDirectly(deps, result.pathway, result.urgency, safety))
    return { result, directBooking: null };
  const { link, expiresAt } = bookingLinkFor(
    deps.secret,
    deps.publicUrl,
    result.id,
    deps.clock.now(),
    undefined,
    input.answers.preferredLanguage,
  );
  // The page's address on this site, in the language they asked to be written to in.
  const url = new URL(link);
  return { result, directBooking: { link: `${url.pathname}${url.search}`, expiresAt } };
}
