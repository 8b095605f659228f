import type { Pathway } from '@everyday/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { CommunicationNeeds } from '../../components/CommunicationNeeds.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { hasRole, useSession } from '../../session.js';
import { useResource } from '../../hooks/use-resource.js';
import { ZRequestCommunicationNeeds, ZSlotList } from '@everyday/core';
import type { Appointment } from '../types.js';
import type { Site } from '../clinic-types.js';
import { filterQuery, readPathway, readSlotFilters, slotsPath } from './book-query.js';
import { BookedPanel } from './BookedPanel.js';
import { BookForm } from './BookForm.js';
import { SlotFiltersForm } from './SlotFiltersForm.js';

interface RequestSummary {
  reference: string;
  person: { givenName: string; familyName: string };
  pathway: Pathway | null;
}

/** Who is being booked, as the waiting list passed it on (a navigator cannot read the request). */
function passedOn(state: unknown): { name: string; reference: string } | null {
  if (typeof state !== 'object' || state === null) return null;
  const s = state as { name?: unknown; reference?: unknown };
  return typeof s.name === 'string' && typeof s.reference === 'string'
    ? { name: s.name, reference: s.reference }
    : null;
}

/** Free times shown at first, and added each time the OT asks for later ones (issue 16 item 8). */
const TIMES_AT_A_TIME = 20;

/**
 * /clinics/book/:requestId — the first free times that suit the person (their pathway's clinics
 * and open ones, narrowed by mode, site and OT), later ones on request, one chosen and booked.
 */
export function BookPage() {
  const { requestId = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  const canRead = hasRole(user, 'ot') || hasRole(user, 'clinician');
  const request = useResource<RequestSummary>(
    canRead ? `/api/requests/${encodeURIComponent(requestId)}` : null,
  );
  const needs = useResource(
    canRead ? `/api/requests/${encodeURIComponent(requestId)}/communication-needs` : null,
    ZRequestCommunicationNeeds,
  );
  const pathway = request.data?.pathway ?? readPathway(params);
  const filters = readSlotFilters(params);
  // The first 20 free times, and 20 more each time the OT asks (one extra tells whether there are).
  const [shown, setShown] = useState(TIMES_AT_A_TIME);
  const slots = useResource(slotsPath(filters, pathway, shown + 1), ZSlotList);
  const everyOt = useResource(
    slotsPath({ mode: '', siteId: '', otId: '' }, pathway, 500),
    ZSlotList,
  );
  const sites = useResource<{ sites: Site[] }>('/api/sites');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [booked, setBooked] = useState<Appointment | null>(null);

  if (request.error && request.error.code === 'not_found')
    return <LoadFailure error={request.error} />;
  const failed = slots.error ?? sites.error;
  if (failed && !slots.data) return <LoadFailure error={failed} />;
  const who = request.data
    ? {
        name: `${request.data.person.givenName} ${request.data.person.familyName}`,
        reference: request.data.reference,
      }
    : passedOn(location.state);

  if (booked)
    return (
      <BookedPanel
        appointment={booked}
        name={who?.name ?? null}
        showWaitingList={hasRole(user, 'ot')}
        onBookAnother={() => {
          setBooked(null);
          slots.reload();
        }}
      />
    );

  const ots = [...new Map((everyOt.data?.slots ?? []).map((s) => [s.otId, s.otName])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const query = filterQuery(filters, pathway);
  return (
    <>
      {hasRole(user, 'ot') && (
        <BackLink to="/clinics/waiting-list">{t('booking.book.back')}</BackLink>
      )}
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={who ? `${who.name} (${who.reference})` : undefined}>
        {t('booking.book.title')}
      </PageHeading>
      <CommunicationNeeds needs={needs.data?.communicationNeeds} id="communication-needs" />
      <p className="nhsuk-body">
        {pathway
          ? t('booking.book.forPathway', { pathway: t(`triage.pathway.${pathway}`) })
          : t('booking.book.anyPathway')}
      </p>
      <SlotFiltersForm
        key={query}
        initial={filters}
        sites={sites.data?.sites ?? []}
        ots={ots}
        onApply={(next) => {
          const nextQuery = filterQuery(next, pathway);
          void navigate(`${location.pathname}${nextQuery ? `?${nextQuery}` : ''}`, {
            state: location.state as unknown,
          });
        }}
      />
      <h2 className="nhsuk-heading-m">{t('booking.book.timesTitle')}</h2>
      {slots.data === null ? (
        <Loading />
      ) : slots.data.slots.length === 0 ? (
        <p className="nhsuk-body" id="no-times">
          {t('booking.book.none')}
        </p>
      ) : (
        <BookForm
          requestId={requestId}
          slots={slots.data.slots.slice(0, shown)}
          errors={errors}
          onErrors={setErrors}
          onBooked={(appointment) => {
            setErrors(noErrors);
            setBooked(appointment);
          }}
          onTaken={slots.reload}
        />
      )}
      {slots.data !== null && slots.data.slots.length > shown && (
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="button"
          id="later-times"
          onClick={() => {
            setShown((n) => n + TIMES_AT_A_TIME);
          }}
        >
          {t('booking.book.later', { count: TIMES_AT_A_TIME })}
        </button>
      )}
    </>
  );
}
