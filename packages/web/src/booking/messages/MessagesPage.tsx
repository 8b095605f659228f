import type { SubmitEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Radios } from '../../components/Radios.js';
import { SuccessBanner } from '../../components/SuccessBanner.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { submitErrors } from '../form-errors.js';
import { useResource } from '../../hooks/use-resource.js';
import type { MessageStatus, OutboxMessage } from '../clinic-types.js';
import { MESSAGE_STATUSES } from '../clinic-types.js';
import { MessagesTable } from './MessagesTable.js';

const isStatus = (value: string): value is MessageStatus =>
  (MESSAGE_STATUSES as readonly string[]).includes(value);

/** /clinics/messages — messages that could not be sent (dead letters), to send again. */
export function MessagesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const asked = params.get('status') ?? '';
  const status: MessageStatus = isStatus(asked) ? asked : 'dead';
  const messages = useResource<{ messages: OutboxMessage[] }>(`/api/messages?status=${status}`);
  const [chosen, setChosen] = useState<string>(status);
  const [retrying, setRetrying] = useState<string | null>(null);
  const [queued, setQueued] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const resultRef = useRef<HTMLDivElement>(null);
  if (messages.error && !messages.data) return <LoadFailure error={messages.error} />;

  const show = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setQueued(null);
    void navigate(`/clinics/messages?status=${chosen}`);
  };
  const retry = async (message: OutboxMessage): Promise<void> => {
    setRetrying(message.id);
    try {
      await api.post(
        `/api/messages/${encodeURIComponent(message.id)}/retry`,
        {},
        { retryOnCsrf: true },
      );
      setErrors(noErrors);
      setQueued(message.reference ?? '');
      messages.reload();
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      setErrors(
        submitErrors(t, 'messages.errors', error, { language: i18n.resolvedLanguage ?? 'en' }),
      );
    } finally {
      setRetrying(null);
    }
  };

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <div ref={resultRef} tabIndex={-1}>
        {queued !== null && (
          <SuccessBanner>{t('messages.queued', { reference: queued })}</SuccessBanner>
        )}
      </div>
      <PageHeading>{t('messages.title')}</PageHeading>
      <p className="nhsuk-body">{t('messages.intro')}</p>
      <form noValidate onSubmit={show}>
        <Radios
          id="status"
          legend={t('messages.status')}
          items={MESSAGE_STATUSES.map((s) => ({
            value: s,
            label: t(`messages.statuses.${s}`),
            hint: t(`messages.statusHints.${s}`),
          }))}
          value={chosen}
          onChange={setChosen}
          small
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          {t('messages.show')}
        </button>
      </form>
      {messages.data === null ? (
        <Loading />
      ) : messages.data.messages.length === 0 ? (
        <p className="nhsuk-body" id="no-messages">
          {t(`messages.none.${status}`)}
        </p>
      ) : (
        <MessagesTable
          messages={messages.data.messages}
          caption={t(`messages.caption.${status}`, { messages: messages.data.messages.length })}
          canRetry={status !== 'pending'}
          retrying={retrying}
          onRetry={(message) => void retry(message)}
        />
      )}
    </>
  );
}
