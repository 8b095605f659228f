import { ADVICE_IDS, QUESTION_SET_V1 as questions } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useDocumentTitle } from '../../hooks/use-document-title.js';
import { hasRole, useSession } from '../../session.js';
import { InsetText } from '../../components/InsetText.js';
import { UrgencyTag } from '../../triage/components/TriageTags.js';
import { WarningCallout } from '../../components/WarningCallout.js';
import { useLocalise } from '../../localise.js';
import type { StaffRequestCreated } from '../../triage/request-types.js';

/** Navigation state from the staff form to this page. */
export interface RecordedState {
  recorded: StaffRequestCreated;
  clinician: boolean;
}

function isRecordedState(state: unknown): state is RecordedState {
  if (typeof state !== 'object' || state === null || !('recorded' in state)) return false;
  const { recorded } = state;
  return typeof recorded === 'object' && recorded !== null && 'reference' in recorded;
}

/** The confirmation after recording: the reference, the suggested urgency, and what next. */
export function RequestRecordedPage() {
  const location = useLocation();
  const state: unknown = location.state;
  // Opened directly (or after a reload): there is nothing to confirm.
  if (!isRecordedState(state)) return <Navigate to="/requests/new" replace />;
  return <Recorded state={state} />;
}

function Recorded({ state }: { state: RecordedState }) {
  const { t } = useTranslation();
  const l = useLocalise();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  const { recorded, clinician } = state;
  const title = t(clinician ? 'staffEntry.recorded.referralTitle' : 'staffEntry.recorded.title');
  useDocumentTitle(title);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__heading">{title}</h1>
          <div className="nhsuk-panel__body">
            {t('staffEntry.recorded.reference')}
            <br />
            <strong id="request-reference">{recorded.reference}</strong>
          </div>
        </div>
        <p className="nhsuk-body" id="suggested-urgency">
          {t('staffEntry.recorded.urgency')} <UrgencyTag urgency={recorded.urgency} />
        </p>
        {recorded.urgency === 'crisis' && (
          <WarningCallout heading={t('staffEntry.recorded.crisisTitle')}>
            <p>{t('staffEntry.recorded.crisis')}</p>
            {ADVICE_IDS.filter((id) => recorded.advice.includes(id)).map((id) => (
              <p key={id}>
                <strong>{l(questions.advice[id].heading)}</strong>
              </p>
            ))}
          </WarningCallout>
        )}
        {recorded.possibleDuplicates > 0 && (
          <InsetText>
            <p>{t('staffEntry.recorded.duplicates', { count: recorded.possibleDuplicates })}</p>
          </InsetText>
        )}
        <p className="nhsuk-body">{t('staffEntry.recorded.next')}</p>
        <ul className="nhsuk-list">
          {hasRole(user, 'ot') && (
            <li>
              <Link to={`/requests/${encodeURIComponent(recorded.id)}`} id="view-request">
                {t('staffEntry.recorded.view')}
              </Link>
            </li>
          )}
          <li>
            <Link to="/requests/new" id="record-another">
              {t(clinician ? 'staffEntry.recorded.another' : 'staffEntry.recorded.anotherRequest')}
            </Link>
          </li>
          <li>
            <Link to="/staff">{t('staffEntry.recorded.home')}</Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
