import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../../components/TextInput.js';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import type { RedirectValues } from './action-forms.js';
import { redirectAction } from './action-forms.js';
import type { ActionFormProps } from './use-action-submit.js';
import { useActionSubmit } from './use-action-submit.js';

/** Redirect to the person's GP or another team, with the reason. */
export function RedirectForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const { fieldErrors } = props;
  const [values, setValues] = useState<RedirectValues>({ to: '', team: '', reason: '' });
  const submit = useActionSubmit(props, 'redirect');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(redirectAction(values), () =>
          values.to === 'gp'
            ? t('requestDetail.done.redirectGp')
            : t('requestDetail.done.redirectTeam', { team: values.team.trim() }),
        );
      }}
    >
      <Radios
        id="redirect-to"
        name="to"
        legend={t('requestDetail.actions.redirect.to')}
        items={[
          { value: 'gp', label: t('requestDetail.actions.redirect.gp') },
          {
            value: 'other_team',
            label: t('requestDetail.actions.redirect.otherTeam'),
            conditional: (
              <TextInput
                id="redirect-team"
                label={t('requestDetail.actions.redirect.team')}
                value={values.team}
                onChange={(team) => {
                  setValues((v) => ({ ...v, team }));
                }}
                error={fieldErrors['redirect-team']}
                width={30}
              />
            ),
          },
        ]}
        value={values.to}
        onChange={(to) => {
          setValues((v) => ({ ...v, to: to === 'gp' ? 'gp' : 'other_team' }));
        }}
        error={fieldErrors['redirect-to']}
        small
      />
      <TextArea
        id="redirect-reason"
        label={t('requestDetail.actions.redirect.reason')}
        value={values.reason}
        onChange={(reason) => {
          setValues((v) => ({ ...v, reason }));
        }}
        error={fieldErrors['redirect-reason']}
        rows={3}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" id="redirect-submit">
        {t('requestDetail.actions.redirect.submit')}
      </button>
    </form>
  );
}
