import type { MouseEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api-types.js';
import type { DateParts } from '../../components/DateInput.js';
import { DateInput } from '../../components/DateInput.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { fieldProblems, problem } from '../form-errors.js';
import { datePartsToIso, isoToDateParts } from '../dates.js';

interface GpadDownloadProps {
  from: string;
  to: string;
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
}

const IDS = { from: 'gpad-from', to: 'gpad-to' };

/** The appointments of a date range as GP appointment data: a CSV to download. */
export function GpadDownload({ from, to, errors, onErrors }: GpadDownloadProps) {
  const { t } = useTranslation();
  const [start, setStart] = useState<DateParts>(isoToDateParts(from));
  const [end, setEnd] = useState<DateParts>(isoToDateParts(to));
  const startIso = datePartsToIso(start);
  const endIso = datePartsToIso(end);
  const valid = startIso.ok && endIso.ok && endIso.iso >= startIso.iso;
  const href = valid
    ? `/api/appointments/gpad.csv?from=${startIso.iso}&to=${endIso.iso}`
    : '/api/appointments/gpad.csv';

  const check = (event: MouseEvent<HTMLAnchorElement>): void => {
    const problems: FieldError[] = [];
    if (!startIso.ok) problems.push(problem('from', startIso.code));
    if (!endIso.ok) problems.push(problem('to', endIso.code));
    if (startIso.ok && endIso.ok && endIso.iso < startIso.iso)
      problems.push(problem('to', 'end_before_start'));
    if (problems.length > 0) {
      event.preventDefault();
      onErrors(fieldProblems(t, 'capacity.gpad.errors', problems, IDS));
    } else onErrors(noErrors);
  };

  return (
    <section aria-labelledby="gpad-title">
      <h2 className="nhsuk-heading-m" id="gpad-title">
        {t('capacity.gpad.title')}
      </h2>
      <p className="nhsuk-body">{t('capacity.gpad.intro')}</p>
      <DateInput
        id="gpad-from"
        legend={t('capacity.gpad.from')}
        value={start}
        onChange={setStart}
        error={errors.fields.from}
      />
      <DateInput
        id="gpad-to"
        legend={t('capacity.gpad.to')}
        value={end}
        onChange={setEnd}
        error={errors.fields.to}
      />
      <p className="nhsuk-body">
        <a href={href} download onClick={check} id="gpad-download">
          {t('capacity.gpad.download')}
        </a>
      </p>
    </section>
  );
}
