import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ZHandoversView, type Handover, type Referral } from '@everyday/core';
import { api, ApiError } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SuccessBanner } from '../../components/SuccessBanner.js';
import { Table } from '../../components/Table.js';
import { Tag } from '../../components/Tag.js';
import { useResource } from '../../hooks/use-resource.js';
import { formatDateOnly, formatDateTime } from '../localise.js';

function personOf(person: Handover['person'], language: string | undefined): string {
  const name = `${person.givenName} ${person.familyName}`;
  return person.dateOfBirth === null
    ? name
    : `${name} (${formatDateOnly(person.dateOfBirth, language)})`;
}

function Cell({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <td className="nhsuk-table__cell">
      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      {children}
    </td>
  );
}

/**
 * /handovers (GPs and OTs; issue 16 item 4) — the requests handed over to the caller's practices
 * by a redirect, each acknowledged here once, and the caller's own referrals with what became of
 * them.
 */
export function HandoversPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const view = useResource('/api/handovers', ZHandoversView);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [sending, setSending] = useState<string | null>(null);

  if (view.status === 'failed') return <LoadFailure error={view.error} />;
  if (view.data === null) return <Loading />;
  const { handovers, referrals } = view.data;

  const acknowledge = (handover: Handover) => {
    setSending(handover.id);
    setFailed(false);
    setDone(null);
    api.post(`/api/handovers/${encodeURIComponent(handover.id)}/acknowledge`).then(
      () => {
        setSending(null);
        setDone(t('handovers.acknowledged', { reference: handover.reference }));
        view.reload();
      },
      (error: unknown) => {
        setSending(null);
        // Someone else at the practice acknowledged it first: show the list as it is now.
        if (error instanceof ApiError && error.code === 'conflict') view.reload();
        else setFailed(true);
      },
    );
  };

  const columns = {
    reference: t('handovers.columns.reference'),
    person: t('handovers.columns.person'),
    handedOver: t('handovers.columns.handedOver'),
    status: t('handovers.columns.status'),
    received: t('handovers.columns.received'),
  };

  return (
    <>
      {done !== null && <SuccessBanner>{done}</SuccessBanner>}
      {failed && <ErrorSummary items={[{ text: t('handovers.acknowledgeFailed') }]} />}
      <PageHeading>{t('handovers.title')}</PageHeading>
      <p className="nhsuk-body">{t('handovers.intro')}</p>

      <h2 className="nhsuk-heading-m">{t('handovers.handedOver.title')}</h2>
      {handovers.length === 0 ? (
        <p className="nhsuk-body" id="handovers-none">
          {t('handovers.handedOver.none')}
        </p>
      ) : (
        <Table
          id="handovers"
          caption={t('handovers.handedOver.caption', { count: handovers.length })}
          captionHidden
          responsive
          columns={[columns.reference, columns.person, columns.handedOver, columns.status]}
        >
          {handovers.map((handover) => (
            <tr className="nhsuk-table__row" key={handover.id}>
              <Cell heading={columns.reference}>
                <Link to={`/requests/${encodeURIComponent(handover.requestId)}`}>
                  {handover.reference}
                </Link>
                {handover.urgency === 'crisis' && (
                  <>
                    {' '}
                    <Tag colour="red">{t('handovers.crisis')}</Tag>
                  </>
                )}
              </Cell>
              <Cell heading={columns.person}>{personOf(handover.person, language)}</Cell>
              <Cell heading={columns.handedOver}>
                {formatDateTime(handover.handedOverAt, language)}
                {handover.handedOverBy !== null && (
                  <>
                    <br />
                    {t('handovers.by', { name: handover.handedOverBy })}
                  </>
                )}
                {handover.receiver === 'other_team' && handover.team !== null && (
                  <>
                    <br />
                    {t('handovers.toTeam', { team: handover.team })}
                  </>
                )}
              </Cell>
              <Cell heading={columns.status}>
                {handover.acknowledgedAt === null ? (
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
                    disabled={sending === handover.id}
                    onClick={() => {
                      acknowledge(handover);
                    }}
                  >
                    {t('handovers.acknowledge')}
                    <span className="nhsuk-u-visually-hidden"> {handover.reference}</span>
                  </button>
                ) : (
                  <>
                    <Tag colour="green">{t('handovers.acknowledgedTag')}</Tag>
                    <br />
                    {t('handovers.acknowledgedBy', {
                      name: handover.acknowledgedBy ?? '',
                      when: formatDateTime(handover.acknowledgedAt, language),
                    })}
                  </>
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      )}

      <h2 className="nhsuk-heading-m">{t('handovers.referrals.title')}</h2>
      {referrals.length === 0 ? (
        <p className="nhsuk-body" id="referrals-none">
          {t('handovers.referrals.none')}
        </p>
      ) : (
        <Table
          id="referrals"
          caption={t('handovers.referrals.caption', { count: referrals.length })}
          captionHidden
          responsive
          columns={[columns.reference, columns.person, columns.received, columns.status]}
        >
          {referrals.map((referral: Referral) => (
            <tr className="nhsuk-table__row" key={referral.id}>
              <Cell heading={columns.reference}>
                <Link to={`/requests/${encodeURIComponent(referral.id)}`}>
                  {referral.reference}
                </Link>
              </Cell>
              <Cell heading={columns.person}>{personOf(referral.person, language)}</Cell>
              <Cell heading={columns.received}>
                {formatDateTime(referral.receivedAt, language)}
              </Cell>
              <Cell heading={columns.status}>
                {t(`handovers.referrals.states.${referral.state}`)}
                {referral.changedAt !== null && (
                  <>
                    <br />
                    {formatDateTime(referral.changedAt, language)}
                  </>
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
