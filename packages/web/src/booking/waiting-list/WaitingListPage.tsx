import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { submitErrors } from '../form-errors.js';
import { useResource } from '../../hooks/use-resource.js';
import type { BookingLink, WaitingEntry, WaitingList } from '../clinic-types.js';
import { BookingLinkSent } from './BookingLinkSent.js';
import { WaitingEntriesTable } from './WaitingEntriesTable.js';
import { WaitingSummaryTable } from './WaitingSummaryTable.js';

/**
 * /clinics/waiting-list — who is waiting, by pathway and tier with the longest waits, and each
 * person (most urgent, then longest waiting, first) to book or send a booking link.
 */
export function WaitingListPage() {
  const { t, i18n } = useTranslation();
  const list = useResource<WaitingList>('/api/waiting-list');
  const [sendingFor, setSendingFor] = useState<string | null>(null);
  const [sent, setSent] = useState<{ name: string; link: BookingLink } | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const resultRef = useRef<HTMLDivElement>(null);

  if (list.error && !list.data) return <LoadFailure error={list.error} />;

  const sendLink = async (entry: WaitingEntry): Promise<void> => {
    const name = `${entry.person.givenName} ${entry.person.familyName}`;
    setSendingFor(entry.requestId);
    try {
      const link = await api.post<BookingLink>(
        `/api/requests/${encodeURIComponent(entry.requestId)}/booking-link`,
        { send: true },
        { retryOnCsrf: true },
      );
      setErrors(noErrors);
      setSent({ name, link });
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      setSent(null);
      setErrors(
        submitErrors(t, 'waitingList.link.errors', error, {
          language: i18n.resolvedLanguage ?? 'en',
        }),
      );
    } finally {
      setSendingFor(null);
    }
  };

  const data = list.data;
  return (
    <>
      <ErrorSummary items={errors.summary} />
      <div ref={resultRef} tabIndex={-1}>
        {sent && <BookingLinkSent name={sent.name} link={sent.link} />}
      </div>
      <PageHeading>{t('waitingList.title')}</PageHeading>
      {data === null ? (
        <Loading />
      ) : data.total === 0 ? (
        <p className="nhsuk-body">{t('waitingList.none')}</p>
      ) : (
        <>
          <p className="nhsuk-body" id="waiting-total">
            {t('waitingList.total', { count: data.total })}{' '}
            {t('waitingList.longest', { count: data.longestWeeks })}
          </p>
          <WaitingSummaryTable summary={data.summary} />
          <WaitingEntriesTable
            entries={data.entries}
            sendingFor={sendingFor}
            onSendLink={(entry) => void sendLink(entry)}
          />
        </>
      )}
    </>
  );
}
