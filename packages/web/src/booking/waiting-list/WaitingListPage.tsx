import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { useResource } from '../../hooks/use-resource.js';
import type { WaitingEntry, WaitingList } from '../clinic-types.js';
import type { SentBookingLink } from './booking-link-types.js';
import { BookingLinkSent } from './BookingLinkSent.js';
import { SendLinkPanel } from './SendLinkPanel.js';
import { WaitingEntriesTable } from './WaitingEntriesTable.js';
import { WaitingSummaryTable } from './WaitingSummaryTable.js';

/**
 * /clinics/waiting-list — who is waiting, by pathway and tier with the longest waits, and each
 * person (most urgent, then longest waiting, first) to book or send a booking link.
 */
export function WaitingListPage() {
  const { t } = useTranslation();
  const list = useResource<WaitingList>('/api/waiting-list');
  // Sending a booking link (issue 16 item 2): the OT chooses who it goes to in a panel.
  const [sendingTo, setSendingTo] = useState<{ requestId: string; name: string } | null>(null);
  const [sent, setSent] = useState<{
    requestId: string;
    name: string;
    link: SentBookingLink;
  } | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const resultRef = useRef<HTMLDivElement>(null);

  if (list.error && !list.data) return <LoadFailure error={list.error} />;

  const chooseRecipient = (entry: WaitingEntry): void => {
    setErrors(noErrors);
    setSent(null);
    setSendingTo({
      requestId: entry.requestId,
      name: `${entry.person.givenName} ${entry.person.familyName}`,
    });
  };
  const linkSent = (link: SentBookingLink): void => {
    if (!sendingTo) return;
    setErrors(noErrors);
    setSent({ ...sendingTo, link });
    setSendingTo(null);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const data = list.data;
  return (
    <>
      <ErrorSummary items={errors.summary} />
      <div ref={resultRef} tabIndex={-1}>
        {sent && <BookingLinkSent name={sent.name} requestId={sent.requestId} link={sent.link} />}
      </div>
      {sendingTo && (
        <SendLinkPanel
          key={sendingTo.requestId}
          requestId={sendingTo.requestId}
          name={sendingTo.name}
          errors={errors}
          onErrors={setErrors}
          onSent={linkSent}
          onCancel={() => {
            setErrors(noErrors);
            setSendingTo(null);
          }}
        />
      )}
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
            sendingFor={sendingTo?.requestId ?? null}
            onSendLink={chooseRecipient}
          />
        </>
      )}
    </>
  );
}
