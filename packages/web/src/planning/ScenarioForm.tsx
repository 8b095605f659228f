import { PATHWAYS, ZScenario, type ScenarioBody, type ScenarioResponse } from '@everyday/core';
import type { SubmitEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.js';
import { Checkboxes } from '../components/Checkboxes.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { Fieldset } from '../components/Fieldset.js';
import { SelectInput } from '../components/SelectInput.js';
import { TextInput } from '../components/TextInput.js';
import { errorText, noErrors, type FormErrors } from '../form-errors.js';
import {
  CHANGE_FIELDS,
  CHANGE_KINDS,
  fieldId,
  newChange,
  scenarioBody,
  scenarioErrors,
  type ChangeDraft,
  type ChangeKind,
  type FieldSpec,
  type ScenarioDraft,
} from './scenario-draft.js';

export interface PracticeOption {
  readonly id: string;
  readonly name: string;
}

interface ScenarioFormProps {
  /** What the form starts with: empty, or the scenario being changed. */
  initial: ScenarioDraft;
  editing: ScenarioResponse | null;
  practices: readonly PracticeOption[];
  onSaved: (saved: { id: string; name: string }) => void;
  onCancel: () => void;
}

/** One box of a change: a number or percentage typed, or a practice or pathway chosen. */
function ChangeField({
  spec,
  path,
  value,
  error,
  practices,
  onChange,
}: {
  spec: FieldSpec;
  path: string;
  value: string;
  error: string | undefined;
  practices: readonly PracticeOption[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = fieldId(path);
  const label = t(`planning.scenarioForm.fields.${spec.name}.label`);
  const hint = t(`planning.scenarioForm.fields.${spec.name}.hint`);
  switch (spec.kind) {
    case 'practice':
      return (
        <SelectInput
          id={id}
          label={label}
          hint={hint}
          value={value}
          onChange={onChange}
          error={error}
          options={[
            { value: '', label: t('planning.changes.anyPractice') },
            ...practices.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
      );
    case 'pathway':
      return (
        <SelectInput
          id={id}
          label={label}
          hint={hint}
          value={value}
          onChange={onChange}
          error={error}
          options={[
            { value: '', label: t('planning.changes.anyPathway') },
            ...PATHWAYS.map((p) => ({ value: p, label: t(`triage.pathway.${p}`) })),
          ]}
        />
      );
    case 'number':
    case 'percent':
      return (
        <TextInput
          id={id}
          label={label}
          hint={hint}
          value={value}
          onChange={onChange}
          error={error}
          inputMode={spec.whole && (spec.min ?? 0) >= 0 ? 'numeric' : 'text'}
          width={5}
        />
      );
  }
}

/**
 * Builds a scenario or changes a saved one: its name, the changes it makes to the baseline (each
 * kind with its own boxes), and an optional workforce target. Problems are shown beside their
 * boxes with a summary above, from the browser's checks or the API's; nothing typed is lost.
 */
export function ScenarioForm({
  initial,
  editing,
  practices,
  onSaved,
  onCancel,
}: ScenarioFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ScenarioDraft>(initial);
  const [kind, setKind] = useState<ChangeKind>('sessions');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);
  const nextKey = useRef(initial.changes.length);
  // After a change is added, the keyboard goes to its first box.
  const focusNext = useRef<string | null>(null);
  const setFocusId = (id: string): void => {
    focusNext.current = id;
  };
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const update = (next: Partial<ScenarioDraft>): void => {
    setDraft((d) => ({ ...d, ...next }));
  };
  const updateChange = (index: number, name: string, value: string): void => {
    setDraft((d) => ({
      ...d,
      changes: d.changes.map((c, i) =>
        i === index ? { ...c, values: { ...c.values, [name]: value } } : c,
      ),
    }));
  };
  const addChange = (): void => {
    nextKey.current += 1;
    const change = newChange(kind, `new-${String(nextKey.current)}`);
    const index = draft.changes.length;
    update({ changes: [...draft.changes, change] });
    const first = CHANGE_FIELDS[kind][0];
    if (first) setFocusId(fieldId(`changes.${String(index)}.${first.name}`));
  };
  const removeChange = (index: number): void => {
    // Errors name changes by their place in the list, which this moves.
    setErrors(noErrors);
    update({ changes: draft.changes.filter((_, i) => i !== index) });
    setFocusId('scenario-add-kind');
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const checked = scenarioBody(draft);
    if ('problems' in checked) {
      setErrors(scenarioErrors(t, checked.problems, draft));
      return;
    }
    setSending(true);
    try {
      const body: ScenarioBody = checked.body;
      if (editing) {
        const saved = ZScenario.parse(
          await api.put<unknown>(`/api/planning/scenarios/${editing.id}`, body, {
            retryOnCsrf: true,
          }),
        );
        onSaved({ id: saved.id, name: saved.name });
      } else {
        const created = await api.post<{ id: string }>('/api/planning/scenarios', body, {
          retryOnCsrf: true,
        });
        onSaved({ id: created.id, name: body.name });
      }
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0)
        setErrors(scenarioErrors(t, error.fields, draft));
      else
        setErrors({
          summary: [
            { text: error instanceof ApiError ? errorText(t, error) : t('errors.internal') },
          ],
          fields: {},
        });
      setSending(false);
    }
  };

  const changeError = (index: number, name?: string) =>
    errors.fields[
      fieldId(name === undefined ? `changes.${String(index)}` : `changes.${String(index)}.${name}`)
    ];
  return (
    <section aria-labelledby="scenario-form-title">
      <h3 id="scenario-form-title">
        {editing
          ? t('planning.scenarioForm.titleEdit', { name: editing.name })
          : t('planning.scenarioForm.titleNew')}
      </h3>
      <ErrorSummary items={errors.summary} />
      <form noValidate onSubmit={(event) => void submit(event)} id="scenario-form">
        <TextInput
          id={fieldId('name')}
          label={t('planning.scenarioForm.name')}
          hint={t('planning.scenarioForm.nameHint')}
          value={draft.name}
          onChange={(name) => {
            update({ name });
          }}
          error={errors.fields[fieldId('name')]}
          width={30}
        />
        <Fieldset
          id={fieldId('changes')}
          legend={t('planning.scenarioForm.changes')}
          legendSize="m"
          hint={t('planning.scenarioForm.changesHint')}
          error={errors.fields[fieldId('changes')]}
        >
          {draft.changes.length === 0 && (
            <p className="nhsuk-body">{t('planning.scenarioForm.noChanges')}</p>
          )}
          {draft.changes.map((change: ChangeDraft, index) => (
            <Fieldset
              key={change.key}
              id={fieldId(`changes.${String(index)}`)}
              legend={t('planning.scenarioForm.changeLegend', {
                n: index + 1,
                kind: t(`planning.scenarioForm.kinds.${change.kind}`),
              })}
              error={changeError(index)}
            >
              {CHANGE_FIELDS[change.kind].map((spec) => (
                <ChangeField
                  key={spec.name}
                  spec={spec}
                  path={`changes.${String(index)}.${spec.name}`}
                  value={change.values[spec.name] ?? ''}
                  error={changeError(index, spec.name)}
                  practices={practices}
                  onChange={(value) => {
                    updateChange(index, spec.name, value);
                  }}
                />
              ))}
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => {
                  removeChange(index);
                }}
              >
                {t('planning.scenarioForm.remove', { n: index + 1 })}
              </button>
            </Fieldset>
          ))}
          <SelectInput
            id="scenario-add-kind"
            label={t('planning.scenarioForm.addKind')}
            value={kind}
            onChange={(value) => {
              setKind(CHANGE_KINDS.find((k) => k === value) ?? 'sessions');
            }}
            options={CHANGE_KINDS.map((k) => ({
              value: k,
              label: t(`planning.scenarioForm.kinds.${k}`),
            }))}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            id="scenario-add-change"
            onClick={addChange}
          >
            {t('planning.scenarioForm.add')}
          </button>
        </Fieldset>
        <Checkboxes
          id={fieldId('target')}
          legend={t('planning.scenarioForm.target')}
          legendSize="m"
          hint={t('planning.scenarioForm.targetHint')}
          selected={draft.hasTarget ? ['yes'] : []}
          onChange={(selected) => {
            update({ hasTarget: selected.includes('yes') });
          }}
          items={[
            {
              value: 'yes',
              id: fieldId('hasTarget'),
              label: t('planning.scenarioForm.hasTarget'),
              conditional: (
                <>
                  <TextInput
                    id={fieldId('target.withinWeeks')}
                    label={t('planning.scenarioForm.withinWeeks')}
                    hint={t('planning.scenarioForm.withinWeeksHint')}
                    value={draft.withinWeeks}
                    onChange={(withinWeeks) => {
                      update({ withinWeeks });
                    }}
                    error={errors.fields[fieldId('target.withinWeeks')]}
                    inputMode="numeric"
                    width={5}
                  />
                  <TextInput
                    id={fieldId('target.share')}
                    label={t('planning.scenarioForm.share')}
                    hint={t('planning.scenarioForm.shareHint')}
                    value={draft.share}
                    onChange={(share) => {
                      update({ share });
                    }}
                    error={errors.fields[fieldId('target.share')]}
                    inputMode="text"
                    width={5}
                  />
                </>
              ),
            },
          ]}
          error={errors.fields[fieldId('hasTarget')]}
        />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit" disabled={sending} id="scenario-save">
            {editing ? t('planning.scenarioForm.saveChanges') : t('planning.scenarioForm.save')}
          </button>
          {editing && (
            <button
              className="nhsuk-button nhsuk-button--secondary"
              type="button"
              onClick={onCancel}
            >
              {t('planning.scenarioForm.cancelEdit')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
