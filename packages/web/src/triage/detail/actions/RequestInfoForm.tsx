import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../components/Checkbox.js';
import { TextArea } from '../../../components/TextArea.js';
import { requestInfoAction } from './action-forms.js';
import type { ActionFormProps } from './use-action-submit.js';
import { useActionSubmit } from './use-action-submit.js';

/** Ask for more information: the question, and whether to send it to the person. */
export function RequestInfoForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [send, setSend] = useState(false);
  const submit = useActionSubmit(props, 'request_info');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(requestInfoAction(question, send), () => t('requestDetail.done.requestInfo'));
      }}
    >
      <TextArea
        id="request-info-question"
        label={t('requestDetail.actions.requestInfo.question')}
        value={question}
        onChange={setQuestion}
        error={props.fieldErrors['request-info-question']}
        rows={3}
      />
      <Checkbox
        id="request-info-send"
        label={t('requestDetail.actions.sendToPerson')}
        hint={t('requestDetail.actions.sendToPersonHint')}
        checked={send}
        onChange={setSend}
        error={props.fieldErrors['request-info-send']}
      />
      <button
        className="nhsuk-button nhsuk-button--secondary"
        type="submit"
        id="request-info-submit"
      >
        {t('requestDetail.actions.requestInfo.submit')}
      </button>
    </form>
  );
}
