import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../components/Radios.js';
import { TextArea } from '../../components/TextArea.js';
import type { ClearableFlag, RequestDetail } from '../../triage/request-types.js';
import { clearFlagBody } from './safety-forms.js';
import type { SafetyFormProps } from './use-safety-post.js';
import { useSafetyPost } from './use-safety-post.js';

/** The flags an OT could clear now: the screen's (when it found something) and safeguarding. */
export function clearableFlags(detail: RequestDetail): ClearableFlag[] {
  const cleared = new Set(detail.flagsCleared.map((entry) => entry.flag));
  const flags: ClearableFlag[] = [];
  if (detail.screen.length > 0 && !cleared.has('screen')) flags.push('screen');
  if (detail.safeguarding) flags.push('safeguarding');
  return flags;
}

/**
 * Clear a flag, with the reason (audited, and in the history). Ticked red flags cannot be cleared:
 * clearing the screen's flag removes only the red flags the screen alone found.
 */
export function ClearFlagForm(props: SafetyFormProps) {
  const { t } = useTranslation();
  const flags = clearableFlags(props.detail);
  const [flag, setFlag] = useState<ClearableFlag | ''>(flags.length === 1 && flags[0] ? flags[0] : '');
  const [reason, setReason] = useState('');
  const submit = useSafetyPost(props, 'clearFlag');
  if (flags.length === 0) return null;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(
          clearFlagBody(flag, reason),
          t('safetyNet.done.clearFlag', {
            flag: flag === '' ? '' : t(`safetyNet.flags.${flag}`),
          }),
        );
      }}
    >
      <p className="nhsuk-body">{t('safetyNet.clearFlag.intro')}</p>
      <Radios
        id="clear-flag-flag"
        legend={t('safetyNet.clearFlag.flag')}
        legendSize="s"
        items={flags.map((value) => ({
          value,
          label: t(`safetyNet.flags.${value}`),
          hint: t(`safetyNet.clearFlag.hints.${value}`),
        }))}
        value={flag}
        onChange={(value) => {
          setFlag(value as ClearableFlag);
        }}
        error={props.fieldErrors['clear-flag-flag']}
      />
      <TextArea
        id="clear-flag-reason"
        label={t('safetyNet.clearFlag.reason')}
        hint={t('safetyNet.clearFlag.reasonHint')}
        value={reason}
        onChange={setReason}
        error={props.fieldErrors['clear-flag-reason']}
        rows={3}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" id="clear-flag-submit">
        {t('safetyNet.clearFlag.submit')}
      </button>
    </form>
  );
}
