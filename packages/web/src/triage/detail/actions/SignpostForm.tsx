import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../components/Checkbox.js';
import { TextArea } from '../../../components/TextArea.js';
import { signpostAction } from './action-forms.js';
import type { ActionFormProps } from './use-action-submit.js';
import { useActionSubmit } from './use-action-submit.js';

/** Signpost elsewhere: what was offered, and whether to send it to the person. */
export function SignpostForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const [offered, setOffered] = useState('');
  const [send, setSend] = useState(false);
  const submit = useActionSubmit(props, 'signpost');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(signpostAction(offered, send), () => t('requestDetail.done.signpost'));
      }}
    >
      <TextArea
        id="signpost-offered"
        label={t('requestDetail.actions.signpost.offered')}
        hint={t('requestDetail.actions.signpost.offeredHint')}
        value={offered}
        onChange={setOffered}
        error={props.fieldErrors['signpost-offered']}
      />
      <Checkbox
        id="signpost-send"
        label={t('requestDetail.actions.sendToPerson')}
        hint={t('requestDetail.actions.sendToPersonHint')}
        checked={send}
        onChange={setSend}
        error={props.fieldErrors['signpost-send']}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" id="signpost-submit">
        {t('requestDetail.actions.signpost.submit')}
      </button>
    </form>
  );
}
