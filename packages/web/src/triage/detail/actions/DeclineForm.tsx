import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../components/TextArea.js';
import { declineAction } from './action-forms.js';
import type { ActionFormProps } from './use-action-submit.js';
import { useActionSubmit } from './use-action-submit.js';

/** Decline, with the reason. */
export function DeclineForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = useActionSubmit(props, 'decline');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(declineAction(reason), () => t('requestDetail.done.decline'));
      }}
    >
      <TextArea
        id="decline-reason"
        label={t('requestDetail.actions.decline.reason')}
        value={reason}
        onChange={setReason}
        error={props.fieldErrors['decline-reason']}
        rows={3}
      />
      <button className="nhsuk-button nhsuk-button--warning" type="submit" id="decline-submit">
        {t('requestDetail.actions.decline.submit')}
      </button>
    </form>
  );
}
