import { CheckboxInput } from './CheckboxInput.js';
import { fieldDescription, FormGroup } from './FormGroup.js';
import { ErrorMessage } from './ErrorMessage.js';

interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/** One NHS checkbox on its own (a yes/no answer such as "send this to the person"). */
export function Checkbox({ id, label, checked, onChange, hint, error }: CheckboxProps) {
  const { hintId, errorId, describedBy } = fieldDescription(id, hint, error);
  return (
    <FormGroup invalid={error}>
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <div className="nhsuk-checkboxes">
        <CheckboxInput
          id={id}
          name={id}
          label={label}
          hint={hint}
          hintId={hintId}
          checked={checked}
          onChange={onChange}
          describedBy={describedBy}
        />
      </div>
    </FormGroup>
  );
}
