import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Table } from '../../components/Table.js';
import { formatDateTime } from '../../triage/localise.js';
import type { RequestDetail } from '../../triage/request-types.js';
import { nameOf } from '../../triage/request-types.js';
import { useMatchReasons } from './HighlightedText.js';
import { SafeguardingTag } from './SafeguardingTag.js';

/** `freeText.difficulties` and `difficulties` are the same question; `access.other` → `access_other`. */
export function fieldKey(field: string): string {
  return field.replace(/^freeText\./, '').replace(/\./g, '_');
}

/** The name of the answer a match was found in, as staff know it. */
export function fieldLabel(t: TFunction, field: string): string {
  return t(`safetyNet.fields.${fieldKey(field)}`, { defaultValue: field });
}

/**
 * What the free-text safety screen found (each match's words, where and why), whether the request
 * is a safeguarding one and whom it is routed to, and any flag cleared, by whom and why.
 */
export function SafetyScreenSummary({ detail }: { detail: RequestDetail }) {
  const { t, i18n } = useTranslation();
  const reasons = useMatchReasons();
  const screen = detail.screen;
  const cleared = detail.flagsCleared;
  if (screen.length === 0 && !detail.safeguarding && cleared.length === 0) return null;
  const lead = detail.safeguardingLead?.name;
  return (
    <section aria-labelledby="safety-screen-heading" id="safety-screen">
      <h2 className="nhsuk-heading-m" id="safety-screen-heading">
        {t('safetyNet.screen.title')}
      </h2>
      {detail.safeguarding && (
        <p className="nhsuk-body" id="safeguarding-routing">
          <SafeguardingTag />{' '}
          {lead
            ? t('safetyNet.screen.routedTo', { name: lead })
            : t('safetyNet.screen.noLead')}
        </p>
      )}
      {screen.length > 0 ? (
        <Table
          id="screen-matches"
          caption={t('safetyNet.screen.caption')}
          captionHidden
          columns={[
            t('safetyNet.screen.columns.words'),
            t('safetyNet.screen.columns.field'),
            t('safetyNet.screen.columns.reason'),
          ]}
        >
          {screen.map((match, index) => (
            <tr className="nhsuk-table__row" key={`${match.rule}-${String(index)}`}>
              <th className="nhsuk-table__header" scope="row">
                <mark className="everyday-screen-match">{match.words}</mark>
              </th>
              <td className="nhsuk-table__cell">{fieldLabel(t, match.field)}</td>
              <td className="nhsuk-table__cell">
                {reasons([match])}{' '}
                <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">
                  ({t(`safetyNet.screen.kind.${match.kind}`)})
                </span>
              </td>
            </tr>
          ))}
        </Table>
      ) : (
        detail.safeguarding && <p className="nhsuk-body">{t('safetyNet.screen.raisedByStaff')}</p>
      )}
      {cleared.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">{t('safetyNet.screen.clearedTitle')}</h3>
          <ul className="nhsuk-list nhsuk-list--bullet" id="flags-cleared">
            {cleared.map((entry) => (
              <li key={`${entry.flag}-${entry.at}`}>
                {t('safetyNet.screen.cleared', {
                  flag: t(`safetyNet.flags.${entry.flag}`),
                  name: nameOf(entry.by) ?? t('safetyNet.someone'),
                  when: formatDateTime(entry.at, i18n.resolvedLanguage),
                })}{' '}
                {entry.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
