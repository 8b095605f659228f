import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InsetText } from '../../components/InsetText.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SuccessBanner } from '../../components/SuccessBanner.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { ServiceErrorPage } from '../../pages/ServiceErrorPage.js';
import { formatDate, useLocale } from '../format.js';
import { ZSelfBookingView } from '@everyday/core';
import { useResource } from '../../hooks/use-resource.js';
import { BookedAppointment } from './BookedAppointment.js';
import { CancelAppointmentForm } from './CancelAppointmentForm.js';
import { ChooseTimeForm } from './ChooseTimeForm.js';
import { LinkNotValid } from './LinkNotValid.js';
import { useLinkLanguage } from './use-link-language.js';

type Notice = 'booked' | 'cancelled' | null;

/**
 * /book/:token — booking without an account, from the link the service sent (or the one at the
 * end of the referral form). Shows the appointment when there is one, with a way to cancel it;
 * otherwise the times offered, to choose one.
 */
export function SelfBookingPage() {
  const { token = '' } = useParams();
  useLinkLanguage();
  const { t } = useTranslation();
  const locale = useLocale();
  const view = useResource(`/api/book/${encodeURIComponent(token)}`, ZSelfBookingView);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [notice, setNotice] = useState<Notice>(null);
  const [cancelling, setCancelling] = useState(false);
  const [linkGone, setLinkGone] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice !== null) noticeRef.current?.focus();
  }, [notice]);

  if (linkGone) return <LinkNotValid />;
  const { data, error } = view;
  if (data === null) {
    if (error === null) return <Loading />;
    return error.code === 'not_found' ? <LinkNotValid /> : <ServiceErrorPage />;
  }

  const done = (next: Notice): void => {
    setErrors(noErrors);
    setCancelling(false);
    setNotice(next);
    view.reload();
  };

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <div ref={noticeRef} tabIndex={-1}>
        {notice === 'booked' && <SuccessBanner>{t('selfBooking.bookedBanner')}</SuccessBanner>}
        {notice === 'cancelled' && (
          <SuccessBanner>{t('selfBooking.cancelledBanner')}</SuccessBanner>
        )}
      </div>
      <PageHeading caption={t('selfBooking.caption')}>
        {data.booked ? t('selfBooking.bookedTitle') : t('selfBooking.chooseTitle')}
      </PageHeading>
      <p className="nhsuk-body">
        {t('selfBooking.reference')} <strong id="booking-reference">{data.reference}</strong>
      </p>
      {view.loading && <Loading />}
      {data.booked ? (
        <>
          <BookedAppointment booked={data.booked} />
          <InsetText>{t('selfBooking.booked.cannotCome')}</InsetText>
          {cancelling ? (
            <CancelAppointmentForm
              token={token}
              errors={errors}
              onErrors={setErrors}
              onCancelled={() => {
                done('cancelled');
              }}
              onKeep={() => {
                setErrors(noErrors);
                setCancelling(false);
                requestAnimationFrame(() => document.getElementById('cancel-start')?.focus());
              }}
            />
          ) : (
            <button
              className="nhsuk-button nhsuk-button--secondary"
              type="button"
              id="cancel-start"
              onClick={() => {
                setNotice(null);
                setCancelling(true);
              }}
            >
              {t('selfBooking.cancel.start')}
            </button>
          )}
        </>
      ) : (
        <>
          <p className="nhsuk-body">{t('selfBooking.choose.intro')}</p>
          <ChooseTimeForm
            token={token}
            slots={data.slots}
            servicePhone={data.servicePhone}
            errors={errors}
            onErrors={setErrors}
            onBooked={() => {
              done('booked');
            }}
            onTaken={view.reload}
            onLinkGone={() => {
              setLinkGone(true);
            }}
          />
        </>
      )}
      <p className="nhsuk-body-s">
        {t('selfBooking.expires', { date: formatDate(data.expiresAt, locale) })}
      </p>
    </>
  );
}
