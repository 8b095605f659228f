import { useTranslation } from 'react-i18next';
import { ClearFlagForm, clearableFlags } from './ClearFlagForm.js';
import { MarkSafeguardingForm } from './MarkSafeguardingForm.js';
import type { SafetyFormProps } from './use-safety-post.js';

/**
 * The safety flags' actions: raise a safeguarding concern (any member of staff on the page) and,
 * for an OT, clear a flag with the reason. Each opens from its summary, like the triage actions.
 */
export function SafetyFlagsPanel({ canClear, ...props }: SafetyFormProps & { canClear: boolean }) {
  const { t } = useTranslation();
  const showClear = canClear && clearableFlags(props.detail).length > 0;
  const showMark = !props.detail.safeguarding;
  if (!showClear && !showMark) return null;
  return (
    <section aria-labelledby="safety-flags-heading" id="safety-flags">
      <h2 className="nhsuk-heading-m" id="safety-flags-heading">
        {t('safetyNet.flagsPanel.title')}
      </h2>
      <div className="nhsuk-expander-group">
        {showMark && (
          <details className="nhsuk-details nhsuk-expander" id="action-mark-safeguarding">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                {t('safetyNet.markSafeguarding.title')}
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <MarkSafeguardingForm {...props} />
            </div>
          </details>
        )}
        {showClear && (
          <details className="nhsuk-details nhsuk-expander" id="action-clear-flag">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">{t('safetyNet.clearFlag.title')}</span>
            </summary>
            <div className="nhsuk-details__text">
              <ClearFlagForm {...props} />
            </div>
          </details>
        )}
      </div>
    </section>
  );
}
