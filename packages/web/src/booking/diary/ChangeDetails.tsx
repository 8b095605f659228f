import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.js';
import { Radios } from '../../components/Radios.js';
import { TextArea } from '../../components/TextArea.js';
import type { FormErrors } from '../../form-errors.js';
import { SlotChoice } from '../SlotChoice.js';
import type { Slot } from '../types.js';
import type { ChangeKind } from './change-kinds.js';
import { needsBy } from './change-kinds.js';

export interface ChangeValues {
  reason: string;
  by: string;
  newSlotId: string;
}

interface ChangeDetailsProps {
  kind: ChangeKind;
  values: ChangeValues;
  onChange: (patch: Partial<ChangeValues>) => void;
  errors: FormErrors['fields'];
  /** Free times for a rebooking (null while they load). */
  slots: readonly Slot[] | null;
}

/** The element ids of a change's fields (each kind has its own, revealed under its radio). */
export function changeFieldIds(kind: ChangeKind): Record<string, string> {
  return { kind: 'change-kind', reason: `reason-${kind}`, by: `by-${kind}`, newSlotId: 'new-slot' };
}

/** What a change asks for, revealed under its radio: who asked, why, and for a rebooking when. */
export function ChangeDetails({ kind, values, onChange, errors, slots }: ChangeDetailsProps) {
  const { t } = useTranslation();
  const ids = changeFieldIds(kind);
  return (
    <>
      {needsBy(kind) && (
        <Radios
          id={ids.by ?? ''}
          legend={t('diary.change.by')}
          items={[
            { value: 'person', label: t('diary.change.byPerson') },
            { value: 'service', label: t('diary.change.byService') },
          ]}
          value={values.by}
          onChange={(by) => {
            onChange({ by });
          }}
          inline
          small
          error={errors.by}
        />
      )}
      <TextArea
        id={ids.reason ?? ''}
        label={t(`diary.change.reason.${kind}`)}
        value={values.reason}
        onChange={(reason) => {
          onChange({ reason });
        }}
        rows={2}
        error={errors.reason}
      />
      {kind === 'rebook' &&
        (slots === null ? (
          <Loading />
        ) : slots.length === 0 ? (
          <p className="nhsuk-body">{t('diary.change.noTimes')}</p>
        ) : (
          <SlotChoice
            id="new-slot"
            legend={t('diary.change.newSlot')}
            slots={slots}
            value={values.newSlotId}
            onChange={(newSlotId) => {
              onChange({ newSlotId });
            }}
            error={errors.newSlotId}
            showOt
          />
        ))}
    </>
  );
}
