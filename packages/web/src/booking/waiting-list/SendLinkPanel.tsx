import type { SubmitEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import type { FieldError } from '../../api-types.js';
import { Checkbox } from '../../components/Checkbox.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { Radios, type RadioItem } from '../../components/Radios.js';
import { TextInput } from '../../components/TextInput.js';
import type { FormErrors } from '../../form-errors.js';
import { useResource } from '../../hooks/use-resource.js';
import { ApiError } from '../../api.js';
import { fieldProblems, problem, submitErrors } from '../form-errors.js';
import {
  bookingLetterUrl,
  type LinkRecipients,
  type SentBookingLink,
} from './booking-link-types.js';

type Choice = 'person' | 'contact' | 'other' | 'none';

const PREFIX = 'bookingLink.errors';
const IDS = {
  recipient: 'link-recipient',
  consent: 'link-consent',
  contactName: 'contact-name',
  contactRelationship: 'contact-relationship',
  contactPhone: 'contact-phone',
  contactEmail: 'contact-email',
} as const;

/** The server names a typed contact's fields `contact.name`; the form's ids are flat. */
function formPath(path: string): string {
  if (path === 'contact') return 'contactPhone';
  return path.replace(/^contact\.(\w)/, (_m, c: string) => `contact${c.toUpperCase()}`);
}

interface SendLinkPanelProps {
  requestId: string;
  name: string;
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
  onSent: (link: SentBookingLink) => void;
  onCancel: () => void;
}

/**
 * Sending a booking link (issue 16 item 2): to the person when their mobile or email can carry
 * it, to the carer or referrer on the request or another contact with the person's agreement,
 * or to nobody (the code is read out or a letter printed).
 */
export function SendLinkPanel(props: SendLinkPanelProps) {
  const { requestId, name, errors, onErrors, onSent, onCancel } = props;
  const { t, i18n } = useTranslation();
  const recipients = useResource<LinkRecipients>(
    `/api/requests/${encodeURIComponent(requestId)}/booking-link`,
  );
  const [picked, setChoice] = useState<Choice | ''>('');
  const [consent, setConsent] = useState(false);
  const [contact, setContact] = useState({ name: '', relationship: '', phone: '', email: '' });
  const [sending, setSending] = useState(false);
  const data = recipients.data;

  useEffect(() => {
    document.getElementById('send-link-title')?.focus();
  }, []);

  if (recipients.error && !data) return <LoadFailure error={recipients.error} />;
  if (data === null) return <Loading />;

  // Start on the person when they can be reached, else leave the choice to the OT.
  const choice: Choice | '' = picked !== '' ? picked : data.person.reachable ? 'person' : '';
  const needsConsent = choice === 'contact' || choice === 'other';
  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (choice === '') found.push(problem('recipient', 'required'));
    if (choice === 'other') {
      if (contact.name.trim() === '') found.push(problem('contactName', 'required'));
      if (contact.relationship.trim() === '')
        found.push(problem('contactRelationship', 'required'));
      if (contact.phone.trim() === '' && contact.email.trim() === '')
        found.push(problem('contactPhone', 'required'));
    }
    if (needsConsent && !consent) found.push(problem('consent', 'consent_required'));
    if (found.length > 0) {
      onErrors(fieldProblems(t, PREFIX, found, IDS));
      return;
    }
    setSending(true);
    try {
      const typed = {
        name: contact.name.trim(),
        relationship: contact.relationship.trim(),
        ...(contact.phone.trim() ? { phone: contact.phone.trim() } : {}),
        ...(contact.email.trim() ? { email: contact.email.trim() } : {}),
      };
      const body =
        choice === 'none'
          ? { send: false }
          : choice === 'person'
            ? { send: true, recipient: 'person' }
            : {
                send: true,
                recipient: 'contact',
                consent,
                ...(choice === 'other' ? { contact: typed } : {}),
              };
      onSent(
        await api.post<SentBookingLink>(
          `/api/requests/${encodeURIComponent(requestId)}/booking-link`,
          body,
          { retryOnCsrf: true },
        ),
      );
    } catch (error) {
      const language = i18n.resolvedLanguage ?? 'en';
      onErrors(
        error instanceof ApiError && error.fields.length > 0
          ? fieldProblems(
              t,
              PREFIX,
              error.fields.map((f) => ({ ...f, path: formPath(f.path) })),
              IDS,
            )
          : submitErrors(t, PREFIX, error, { language }),
      );
    } finally {
      setSending(false);
    }
  };

  const items: RadioItem[] = [];
  if (data.person.reachable)
    items.push({
      value: 'person',
      label: t('bookingLink.recipient.person', { name }),
      hint: t(`bookingLink.recipient.channel.${data.person.channel ?? 'sms'}`),
    });
  if (data.contact?.reachable)
    items.push({
      value: 'contact',
      label: t('bookingLink.recipient.contact', {
        contact: data.contact.name,
        relationship: data.contact.relationship,
      }),
      hint: t('bookingLink.recipient.contactHint', { name }),
    });
  items.push({
    value: 'other',
    label: t('bookingLink.recipient.other'),
    conditional: (
      <>
        <TextInput
          id={IDS.contactName}
          label={t('bookingLink.contact.name')}
          value={contact.name}
          onChange={(v) => {
            setContact((c) => ({ ...c, name: v }));
          }}
          error={errors.fields.contactName}
          autoComplete="off"
        />
        <TextInput
          id={IDS.contactRelationship}
          label={t('bookingLink.contact.relationship', { name })}
          hint={t('bookingLink.contact.relationshipHint')}
          value={contact.relationship}
          onChange={(v) => {
            setContact((c) => ({ ...c, relationship: v }));
          }}
          error={errors.fields.contactRelationship}
          autoComplete="off"
          width={20}
        />
        <TextInput
          id={IDS.contactPhone}
          label={t('bookingLink.contact.phone')}
          hint={t('bookingLink.contact.phoneHint')}
          type="tel"
          value={contact.phone}
          onChange={(v) => {
            setContact((c) => ({ ...c, phone: v }));
          }}
          error={errors.fields.contactPhone}
          autoComplete="off"
          width={20}
        />
        <TextInput
          id={IDS.contactEmail}
          label={t('bookingLink.contact.email')}
          type="email"
          value={contact.email}
          onChange={(v) => {
            setContact((c) => ({ ...c, email: v }));
          }}
          error={errors.fields.contactEmail}
          autoComplete="off"
          spellCheck={false}
        />
      </>
    ),
  });
  items.push({
    value: 'none',
    label: t('bookingLink.recipient.none'),
    hint: t('bookingLink.recipient.noneHint'),
    dividerBefore: t('bookingLink.recipient.or'),
  });

  return (
    <section className="nhsuk-card" aria-labelledby="send-link-title" id="send-link">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id="send-link-title" tabIndex={-1}>
          {t('bookingLink.title', { name })}
        </h2>
        {!data.person.reachable && (
          <p className="nhsuk-body" id="send-link-unreachable">
            {t('bookingLink.unreachable', { name })}
          </p>
        )}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Radios
            id={IDS.recipient}
            legend={t('bookingLink.recipient.legend')}
            legendSize="s"
            items={items}
            value={choice}
            onChange={(v) => {
              setChoice(v as Choice);
            }}
            error={errors.fields.recipient}
          />
          {needsConsent && (
            <Checkbox
              id={IDS.consent}
              label={t('bookingLink.consent', { name })}
              hint={t('bookingLink.consentHint', { name })}
              checked={consent}
              onChange={setConsent}
              error={errors.fields.consent}
            />
          )}
          <div className="nhsuk-button-group">
            <button className="nhsuk-button" type="submit" disabled={sending}>
              {choice === 'none' ? t('bookingLink.makeCode') : t('bookingLink.send')}
            </button>
            <button
              className="nhsuk-button nhsuk-button--secondary"
              type="button"
              onClick={onCancel}
            >
              {t('bookingLink.cancel')}
            </button>
          </div>
        </form>
        <p className="nhsuk-body nhsuk-u-margin-bottom-0">
          <a
            href={bookingLetterUrl(requestId)}
            id="send-link-letter"
            target="_blank"
            rel="noreferrer"
          >
            {t('bookingLink.printLetter')}
          </a>
          {data.hasAddress ? null : ` ${t('bookingLink.noAddress')}`}
        </p>
      </div>
    </section>
  );
}
