// The drafts of questionnaire links in sessionStorage, one per token: read with useDraft(token),
// changed with updateDraft(token, change).
import { useCallback, useSyncExternalStore } from 'react';
import type { QuestionnaireDraft } from './draft.js';
import { parseDraft, storageKey } from './draft.js';

const drafts = new Map<string, QuestionnaireDraft>();
const listeners = new Set<() => void>();

function readStored(token: string): string | null {
  try {
    return window.sessionStorage.getItem(storageKey(token));
  } catch {
    return null;
  }
}

function writeStored(token: string, draft: QuestionnaireDraft): void {
  try {
    window.sessionStorage.setItem(storageKey(token), JSON.stringify(draft));
  } catch {
    // Storage can be unavailable (private browsing, full): the answers then last for this page.
  }
}

export function getDraft(token: string): QuestionnaireDraft {
  let draft = drafts.get(token);
  if (!draft) {
    draft = parseDraft(readStored(token));
    drafts.set(token, draft);
  }
  return draft;
}

export function updateDraft(
  token: string,
  change: (draft: QuestionnaireDraft) => QuestionnaireDraft,
): void {
  const before = getDraft(token);
  const next = change(before);
  if (next === before) return;
  drafts.set(token, next);
  writeStored(token, next);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDraft(token: string): QuestionnaireDraft {
  const snapshot = useCallback(() => getDraft(token), [token]);
  return useSyncExternalStore(subscribe, snapshot);
}
