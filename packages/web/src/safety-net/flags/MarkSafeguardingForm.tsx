import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../components/TextArea.js';
import { markSafeguardingBody } from './safety-forms.js';
import type { SafetyFormProps } from './use-safety-post.js';
import { useSafetyPost } from './use-safety-post.js';

/** Staff raise a safeguarding concern themselves; it is routed to the safeguarding lead. */
export function MarkSafeguardingForm(props: SafetyFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = useSafetyPost(props, 'markSafeguarding');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(markSafeguardingBody(reason), t('safetyNet.done.markSafeguarding'));
      }}
    >
      <p className="nhsuk-body">{t('safetyNet.markSafeguarding.intro')}</p>
      <TextArea
        id="mark-safeguarding-reason"
        label={t('safetyNet.markSafeguarding.reason')}
        hint={t('safetyNet.markSafeguarding.reasonHint')}
        value={reason}
        onChange={setReason}
        error={props.fieldErrors['mark-safeguarding-reason']}
        rows={3}
      />
      <button className="nhsuk-button nhsuk-button--warning" type="submit" id="mark-safeguarding-submit">
        {t('safetyNet.markSafeguarding.submit')}
      </button>
    </form>
  );
}
