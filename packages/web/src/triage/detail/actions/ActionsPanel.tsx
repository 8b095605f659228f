import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AcceptForm } from './AcceptForm.js';
import { DeclineForm } from './DeclineForm.js';
import { RedirectForm } from './RedirectForm.js';
import { RequestInfoForm } from './RequestInfoForm.js';
import { SignpostForm } from './SignpostForm.js';
import type { ActionFormProps } from './use-action-submit.js';

const ACTIONS: readonly { id: string; form: ComponentType<ActionFormProps> }[] = [
  { id: 'accept', form: AcceptForm },
  { id: 'signpost', form: SignpostForm },
  { id: 'redirect', form: RedirectForm },
  { id: 'requestInfo', form: RequestInfoForm },
  { id: 'decline', form: DeclineForm },
];

/** The OT's decision: each action a small form of its own, opened from its summary. */
export function ActionsPanel(props: ActionFormProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="actions-heading" id="actions">
      <h2 className="nhsuk-heading-m" id="actions-heading">
        {t('requestDetail.actions.title')}
      </h2>
      <p className="nhsuk-body">{t('requestDetail.actions.intro')}</p>
      <div className="nhsuk-expander-group">
        {ACTIONS.map(({ id, form: Form }) => (
          <details className="nhsuk-details nhsuk-expander" id={`action-${id}`} key={id}>
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                {t(`requestDetail.actions.${id}.title`)}
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <Form {...props} />
            </div>
          </details>
        ))}
      </div>
    </section>
  );
}
