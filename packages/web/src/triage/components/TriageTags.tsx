import type { Pathway, Tier, Urgency } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Tag.js';
import type { RequestStatus } from '../request-types.js';

const urgencyColours = { crisis: 'red', urgent: 'orange', routine: 'grey' } as const;

/** Red for crisis (same day), orange for urgent, grey for routine. */
export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return <Tag colour={urgencyColours[urgency]}>{t(`triage.urgency.${urgency}`)}</Tag>;
}

/** The tag that pins a crisis request: it needs a clinician today. */
export function CrisisTag() {
  const { t } = useTranslation();
  return <Tag colour="red">{t('triage.crisisTag')}</Tag>;
}

export function PathwayTag({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  return <Tag colour="blue">{t(`triage.pathway.${pathway}`)}</Tag>;
}

export function TierTag({ tier }: { tier: Tier }) {
  const { t } = useTranslation();
  return <Tag colour="purple">{t(`triage.tier.${tier}`)}</Tag>;
}

const statusColours = {
  received: 'blue',
  awaiting_info: 'yellow',
  waiting: 'green',
  booked: 'green',
  signposted: 'grey',
  redirected: 'grey',
  declined: 'grey',
} as const;

export function StatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <Tag colour={statusColours[status]}>{t(`triage.status.${status}`)}</Tag>;
}

/** Booked straight from the referral form; an OT has not confirmed it yet. */
export function DirectBookingTag() {
  const { t } = useTranslation();
  return <Tag colour="orange">{t('triage.directBookingTag')}</Tag>;
}

export function DuplicateTag() {
  const { t } = useTranslation();
  return <Tag colour="yellow">{t('triage.duplicateTag')}</Tag>;
}
