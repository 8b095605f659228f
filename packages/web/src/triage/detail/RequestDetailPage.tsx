import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SuccessBanner } from '../../components/SuccessBanner.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { useResource } from '../../hooks/use-resource.js';
import { ZRequestDetail } from '@everyday/core';
import { hasRole, useSession } from '../../session.js';
import { InsetText } from '../../components/InsetText.js';
import { AcknowledgePanel } from '../../safety-net/AcknowledgePanel.js';
import { isSafetyNetRequest } from '../../safety-net/acknowledge-form.js';
import type { RequestDetail } from '../request-types.js';
import { isActionable } from '../request-types.js';
import { SafetyFlagsPanel } from '../../safety-net/flags/SafetyFlagsPanel.js';
import { SafetyScreenSummary } from '../../safety-net/flags/SafetyScreenSummary.js';
import { AccessNeedsCallout } from './AccessNeedsCallout.js';
import { ActionsPanel } from './actions/ActionsPanel.js';
import { AnswersSummary } from './AnswersSummary.js';
import { ConfirmDirectBooking } from './ConfirmDirectBooking.js';
import { PersonSummary } from './PersonSummary.js';
import { PossibleDuplicates } from './PossibleDuplicates.js';
import { RedFlagsCard } from './RedFlagsCard.js';
import { RequestHistory } from './RequestHistory.js';
import { RequestOverview } from './RequestOverview.js';
import { SuggestionReasons } from './SuggestionReasons.js';

interface Updated {
  /** The request as the action left it; null while it is being reloaded. */
  detail: RequestDetail | null;
  message: string;
}

/** One request: everything asked, the suggestion and its reasons, the OT's actions, the history. */
export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  const isOt = hasRole(user, 'ot');
  const loaded = useResource(`/api/requests/${encodeURIComponent(id)}`, ZRequestDetail);
  const [updated, setUpdated] = useState<Updated | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const bannerRef = useRef<HTMLDivElement>(null);

  if (loaded.status === 'failed') return <LoadFailure error={loaded.error} />;
  const detail = updated?.detail ?? (loaded.status === 'loaded' ? loaded.data : null);
  const name = detail ? `${detail.person.givenName} ${detail.person.familyName}` : '';

  const done = (next: RequestDetail | null, message: string): void => {
    setErrors(noErrors);
    setUpdated({ detail: next, message });
    if (next === null) loaded.reload();
    requestAnimationFrame(() => bannerRef.current?.focus());
  };
  const conflict = (): void => {
    setUpdated(null);
    setErrors({ summary: [{ text: t('requestDetail.conflict') }], fields: {} });
    loaded.reload();
  };

  return (
    <>
      <BackLink to={isOt ? '/requests' : '/staff'}>
        {t(isOt ? 'requestDetail.back' : 'requestDetail.backHome')}
      </BackLink>
      <ErrorSummary items={errors.summary} />
      <div ref={bannerRef} tabIndex={-1}>
        {updated && <SuccessBanner>{updated.message}</SuccessBanner>}
      </div>
      {detail === null ? (
        <>
          <PageHeading>{t('requestDetail.title')}</PageHeading>
          <Loading />
        </>
      ) : (
        <>
          <PageHeading
            caption={t('requestDetail.caption', { reference: detail.reference })}
            title={t('requestDetail.documentTitle', { reference: detail.reference })}
          >
            {name}
          </PageHeading>
          <RequestOverview detail={detail} />
          <RedFlagsCard detail={detail} />
          <SafetyScreenSummary detail={detail} />
          {isSafetyNetRequest(detail) && (
            <AcknowledgePanel
              key={`acknowledge-${String(detail.events.length)}`}
              canAcknowledge
              detail={detail}
              fieldErrors={errors.fields}
              onErrors={setErrors}
              onDone={done}
              onConflict={conflict}
            />
          )}
          {isOt && detail.needsConfirmation && (
            <ConfirmDirectBooking
              detail={detail}
              fieldErrors={errors.fields}
              onErrors={setErrors}
              onDone={done}
              onConflict={conflict}
            />
          )}
          <AccessNeedsCallout detail={detail} />
          <PossibleDuplicates detail={detail} />
          <SuggestionReasons detail={detail} />
          <PersonSummary detail={detail} />
          <AnswersSummary detail={detail} />
          {isOt && isActionable(detail.status) ? (
            <ActionsPanel
              key={detail.events.length}
              detail={detail}
              fieldErrors={errors.fields}
              onErrors={setErrors}
              onDone={done}
              onConflict={conflict}
            />
          ) : (
            !isOt && (
              <InsetText>
                <p>{t('requestDetail.readOnly')}</p>
              </InsetText>
            )
          )}
          <SafetyFlagsPanel
            key={`flags-${String(detail.events.length)}`}
            canClear={isOt}
            detail={detail}
            fieldErrors={errors.fields}
            onErrors={setErrors}
            onDone={done}
            onConflict={conflict}
          />
          <RequestHistory events={detail.events} />
        </>
      )}
    </>
  );
}
