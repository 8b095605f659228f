import type { ScenarioResponse } from '@everyday/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { SuccessBanner } from '../components/SuccessBanner.js';
import { errorText } from '../form-errors.js';
import { draftOf, emptyDraft } from './scenario-draft.js';
import { ScenarioForm, type PracticeOption } from './ScenarioForm.js';
import { ScenarioList } from './ScenarioList.js';

/**
 * The lead's scenarios: those saved (to change or delete) and the form to build one or change
 * the one chosen; after a save or a delete the list is read again.
 */
export function ScenariosSection({
  scenarios,
  practices,
  targetWeeks,
  onChanged,
}: {
  scenarios: readonly ScenarioResponse[];
  practices: readonly PracticeOption[];
  targetWeeks: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<ScenarioResponse | null>(null);
  // A new form (a new key) after each save, so the next scenario starts empty.
  const [formVersion, setFormVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const names = new Map(practices.map((p) => [p.id, p.name]));

  const remove = async (scenario: ScenarioResponse): Promise<void> => {
    setBusyId(scenario.id);
    setFailure(null);
    try {
      await api.delete(`/api/planning/scenarios/${scenario.id}`, { retryOnCsrf: true });
      setMessage(t('planning.scenarios.deleted', { name: scenario.name }));
      if (editing?.id === scenario.id) {
        setEditing(null);
        setFormVersion((v) => v + 1);
      }
      onChanged();
    } catch (error) {
      setFailure(error instanceof ApiError ? errorText(t, error) : t('errors.internal'));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">{t('planning.scenarios.title')}</h2>
      <p className="nhsuk-body">{t('planning.scenarios.intro')}</p>
      {message !== null && <SuccessBanner>{message}</SuccessBanner>}
      <ErrorSummary items={failure === null ? [] : [{ text: failure }]} />
      <ScenarioList
        scenarios={scenarios}
        practiceName={(id) => names.get(id)}
        busyId={busyId}
        onChange={(scenario) => {
          setMessage(null);
          setEditing(scenario);
          setFormVersion((v) => v + 1);
          window.requestAnimationFrame(() => {
            document.getElementById('scenario-name')?.focus();
          });
        }}
        onDelete={(scenario) => void remove(scenario)}
      />
      <ScenarioForm
        key={`${editing?.id ?? 'new'}-${String(formVersion)}`}
        initial={
          editing === null
            ? emptyDraft(targetWeeks)
            : draftOf(editing, (index) => `saved-${String(index)}`)
        }
        editing={editing}
        practices={practices}
        onSaved={({ name }) => {
          setMessage(t('planning.scenarios.saved', { name }));
          setEditing(null);
          setFormVersion((v) => v + 1);
          onChanged();
        }}
        onCancel={() => {
          setEditing(null);
          setFormVersion((v) => v + 1);
        }}
      />
    </section>
  );
}
