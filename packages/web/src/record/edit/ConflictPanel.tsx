import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordFormat } from '../format.js';
import type { RecordEntryDto } from '../types.js';

interface ConflictPanelProps {
  theirs: RecordEntryDto;
  /** Their version of what this form edits. */
  theirText: ReactNode;
  /** This form's version, not saved yet (still in the form below). */
  yourText: ReactNode;
  saving: boolean;
  onSaveMine: () => void;
}

/**
 * "Someone else saved this entry while you were editing": their version beside yours, and a
 * button to save yours over theirs. Nothing typed is lost: the form keeps your text.
 */
export function ConflictPanel({
  theirs,
  theirText,
  yourText,
  saving,
  onSaveMine,
}: ConflictPanelProps) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const ref = useRef<HTMLDivElement>(null);
  // Each time another version turns up, the panel takes focus so it is read out.
  useEffect(() => {
    ref.current?.focus();
  }, [theirs.version]);
  return (
    <div className="nhsuk-card nhsuk-card--warning" id="conflict" ref={ref} tabIndex={-1}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">{t('common.important')}: </span>
          {t('record.edit.conflictTitle')}
        </h2>
        <p className="nhsuk-body">{t('record.edit.conflictBody')}</p>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half" id="their-version">
            <h3 className="nhsuk-heading-s">
              {t('record.edit.theirVersion', {
                name: theirs.updatedBy,
                when: format.dateTime(theirs.updatedAt),
                version: theirs.version,
              })}
            </h3>
            <div className="nhsuk-body">{theirText}</div>
          </div>
          <div className="nhsuk-grid-column-one-half" id="your-version">
            <h3 className="nhsuk-heading-s">{t('record.edit.yourVersion')}</h3>
            <div className="nhsuk-body">{yourText}</div>
          </div>
        </div>
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
          type="button"
          onClick={onSaveMine}
          disabled={saving}
        >
          {t('record.edit.saveMine')}
        </button>
      </div>
    </div>
  );
}
