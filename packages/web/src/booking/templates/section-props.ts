import type { FormErrors } from '../../form-errors.js';
import type { TemplateValues } from './template-values.js';

/** What each part of the clinic template form is given. */
export interface TemplateSectionProps {
  values: TemplateValues;
  onChange: (patch: Partial<TemplateValues>) => void;
  errors: FormErrors['fields'];
}

/** The element id of each field, for the error summary's links. */
export const TEMPLATE_FIELD_IDS: Readonly<Record<string, string>> = {
  otId: 'ot',
  siteId: 'site',
  name: 'clinic-name',
  weekdays: 'weekdays',
  startTime: 'start-time',
  endTime: 'end-time',
  slotMinutes: 'slot-minutes',
  mode: 'mode',
  gpad: 'mode',
  capacity: 'capacity',
  pathway: 'pathway',
  nation: 'nation',
  validFrom: 'valid-from',
  validUntil: 'valid-until',
};
