import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Table } from '../../components/Table.js';
import {
  CrisisTag,
  DirectBookingTag,
  DuplicateTag,
  PathwayTag,
  StatusTag,
  TierTag,
  UrgencyTag,
} from '../components/TriageTags.js';
import type { Localise } from '../../localise.js';
import { formatDate } from '../localise.js';
import { useLocalise } from '../../localise.js';
import type { InboxItem, Suggestion } from '../request-types.js';
import { Tag } from '../../components/Tag.js';
import { useMatchReasons } from '../../safety-net/flags/HighlightedText.js';
import { SafeguardingTag } from '../../safety-net/flags/SafeguardingTag.js';
import { fieldLabel } from '../../safety-net/flags/SafetyScreenSummary.js';

/** The reasons an OT most needs at a glance: where it should go and, unless routine, how fast. */
function reasonSummary(suggestion: Suggestion, l: Localise): string[] {
  const [pathway] = suggestion.reasons.pathway;
  const [urgency] = suggestion.urgency === 'routine' ? [] : suggestion.reasons.urgency;
  return [urgency, pathway].flatMap((reason) => (reason ? [l(reason.text)] : []));
}

interface InboxTableProps {
  id: string;
  caption: string;
  captionHidden?: boolean;
  requests: readonly InboxItem[];
  showStatus: boolean;
}

/** One row per request, in the order the API gives them. */
export function InboxTable({ id, caption, captionHidden, requests, showStatus }: InboxTableProps) {
  const { t, i18n } = useTranslation();
  const l = useLocalise();
  const reasons = useMatchReasons();
  const columns = ['request', 'person', 'practice', 'route', 'received', 'suggestion'] as const;
  return (
    <Table
      id={id}
      caption={caption}
      captionSize="m"
      captionHidden={captionHidden}
      columns={columns.map((column) => t(`inbox.columns.${column}`))}
      responsive
    >
      {requests.map((request) => (
        <tr className="nhsuk-table__row" key={request.id}>
          <th className="nhsuk-table__header" scope="row">
            <span className="nhsuk-table__heading" aria-hidden="true">
              {t('inbox.columns.request')}{' '}
            </span>
            <Link to={`/requests/${encodeURIComponent(request.id)}`}>
              <span className="nhsuk-u-visually-hidden">{t('inbox.request')} </span>
              {request.reference}
            </Link>
            {request.pinned && (
              <>
                {' '}
                <CrisisTag />
              </>
            )}
            {request.safeguarding && (
              <>
                {' '}
                <SafeguardingTag />
              </>
            )}
            {request.acknowledgement && (
              <>
                {' '}
                <Tag colour="green">{t('safetyNet.acknowledgedTag')}</Tag>
              </>
            )}
            {request.needsConfirmation && (
              <>
                {' '}
                <DirectBookingTag />
              </>
            )}
            {(request.possibleDuplicateCount > 0 || request.duplicateRequestCount > 0) && (
              <>
                {' '}
                <DuplicateTag />
              </>
            )}
            {showStatus && (
              <>
                {' '}
                <StatusTag status={request.status} />
              </>
            )}
          </th>
          <td className="nhsuk-table__cell">
            <span className="nhsuk-table__heading" aria-hidden="true">
              {t('inbox.columns.person')}{' '}
            </span>
            {request.person.givenName} {request.person.familyName}
            {request.person.age !== null && <br />}
            {request.person.age !== null && (
              <span className="nhsuk-body-s">{t('inbox.age', { age: request.person.age })}</span>
            )}
          </td>
          <td className="nhsuk-table__cell">
            <span className="nhsuk-table__heading" aria-hidden="true">
              {t('inbox.columns.practice')}{' '}
            </span>
            {request.practice.name}
          </td>
          <td className="nhsuk-table__cell">
            <span className="nhsuk-table__heading" aria-hidden="true">
              {t('inbox.columns.route')}{' '}
            </span>
            {t(`triage.route.${request.route}`)}
          </td>
          <td className="nhsuk-table__cell">
            <span className="nhsuk-table__heading" aria-hidden="true">
              {t('inbox.columns.received')}{' '}
            </span>
            <time dateTime={request.receivedAt}>
              {formatDate(request.receivedAt, i18n.resolvedLanguage)}
            </time>
            <br />
            <span className="nhsuk-body-s">
              {t('inbox.waiting', { count: request.waitingDays })}
            </span>
          </td>
          <td className="nhsuk-table__cell">
            <span className="nhsuk-table__heading" aria-hidden="true">
              {t('inbox.columns.suggestion')}{' '}
            </span>
            <PathwayTag pathway={request.suggestion.pathway} />{' '}
            <UrgencyTag urgency={request.suggestion.urgency} />{' '}
            <TierTag tier={request.suggestion.tier} />
            {request.screen.map((match, index) => (
              <p
                className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0 everyday-inbox-match"
                key={`${match.rule}-${String(index)}`}
              >
                {t('safetyNet.inbox.matchIn', { field: fieldLabel(t, match.field) })}{' '}
                <mark className="everyday-screen-match">{match.words}</mark>{' '}
                <strong>{t('safetyNet.highlight.reason', { reasons: reasons([match]) })}</strong>
              </p>
            ))}
            {reasonSummary(request.suggestion, l).map((reason) => (
              <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0" key={reason}>
                {reason}
              </p>
            ))}
          </td>
        </tr>
      ))}
    </Table>
  );
}
