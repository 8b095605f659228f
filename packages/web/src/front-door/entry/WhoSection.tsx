import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/TextInput.js';
import { Checkbox } from '../../components/Checkbox.js';
import { Radios } from '../../components/Radios.js';
import type { StaffChannel } from '../../triage/request-types.js';
import { ENTRY_FIELD_IDS as ids } from './entry-fields.js';
import type { SectionProps } from './section-props.js';

/** Name, relationship, phone and the person's agreement: whoever asks on their behalf. */
function ReferrerFields({
  values,
  update,
  errors,
  clinician,
}: SectionProps & { clinician: boolean }) {
  const { t } = useTranslation();
  const prefix = clinician ? 'staffEntry.who.clinician' : 'staffEntry.who.referrer';
  return (
    <>
      <TextInput
        id={ids.referrerName}
        label={t(`${prefix}.name`)}
        value={values.referrerName}
        onChange={(referrerName) => {
          update({ referrerName });
        }}
        error={errors.referrerName}
        autoComplete="off"
        width={30}
      />
      <TextInput
        id={ids.referrerRelationship}
        label={t(`${prefix}.relationship`)}
        hint={t(`${prefix}.relationshipHint`)}
        value={values.referrerRelationship}
        onChange={(referrerRelationship) => {
          update({ referrerRelationship });
        }}
        error={errors.referrerRelationship}
        autoComplete="off"
        width={20}
      />
      <TextInput
        id={ids.referrerPhone}
        label={t(`${prefix}.phone`)}
        value={values.referrerPhone}
        onChange={(referrerPhone) => {
          update({ referrerPhone });
        }}
        error={errors.referrerPhone}
        autoComplete="off"
        width={20}
      />
      <Checkbox
        id={ids.personAgreed}
        label={t(`${prefix}.agreed`)}
        checked={values.personAgreed}
        onChange={(personAgreed) => {
          update({ personAgreed });
        }}
        error={errors.personAgreed}
      />
    </>
  );
}

/** How the request was made, and who made it. */
export function WhoSection(props: SectionProps & { channels: readonly StaffChannel[] }) {
  const { t } = useTranslation();
  const { values, update, errors, channels } = props;
  const clinician = values.channel === 'clinician_referral';
  return (
    <section aria-labelledby="who-heading">
      <h2 className="nhsuk-heading-m" id="who-heading">
        {t(clinician ? 'staffEntry.who.clinicianTitle' : 'staffEntry.who.title')}
      </h2>
      {channels.length > 1 && (
        <Radios
          id={ids.channel}
          name="channel"
          legend={t('staffEntry.channel.legend')}
          items={channels.map((channel) => ({
            value: channel,
            label: t(`triage.channel.${channel}`),
          }))}
          value={values.channel}
          onChange={(channel) => {
            const next = channel as StaffChannel;
            update(
              next === 'clinician_referral'
                ? { channel: next, for: 'someone_else' }
                : { channel: next, for: values.channel === 'clinician_referral' ? '' : values.for },
            );
          }}
          error={errors.channel}
        />
      )}
      {clinician ? (
        <ReferrerFields {...props} clinician />
      ) : (
        <Radios
          id={ids.for}
          name="for"
          legend={t('staffEntry.who.legend')}
          items={[
            { value: 'self', label: t('staffEntry.who.self') },
            {
              value: 'someone_else',
              label: t('staffEntry.who.someoneElse'),
              hint: t('staffEntry.who.someoneElseHint'),
              conditional: <ReferrerFields {...props} clinician={false} />,
            },
          ]}
          value={values.for}
          onChange={(value) => {
            update({ for: value === 'someone_else' ? 'someone_else' : 'self' });
          }}
          error={errors.for}
        />
      )}
    </section>
  );
}
