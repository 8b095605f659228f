// Saving a new version of an entry without overwriting anyone: the edit is sent against the
// version it started from; when someone else saved first (409) nothing is saved, their version
// is fetched to show beside this one, and saving again means "mine over theirs".
import type { EntryDataByKind, EntryKind } from '@everyday/core';
import { useState } from 'react';
import { fetchEntry, updateEntry } from '../api.js';
import { isConflict } from '../record-errors.js';
import type { RecordEntryDto } from '../types.js';

export interface VersionedSave<K extends EntryKind> {
  /** Someone else's version, saved while this edit was under way; null when there is none. */
  theirs: RecordEntryDto<K> | null;
  saving: boolean;
  /**
   * PUT the data against the version this edit is based on (theirs, once it has been shown).
   * Resolves with the saved entry, or null after a conflict; rejects on any other failure.
   */
  save: (data: EntryDataByKind[K]) => Promise<RecordEntryDto<K> | null>;
}

export function useVersionedSave<K extends EntryKind>(
  episodeId: string,
  entry: RecordEntryDto<K>,
): VersionedSave<K> {
  const [theirs, setTheirs] = useState<RecordEntryDto<K> | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async (data: EntryDataByKind[K]): Promise<RecordEntryDto<K> | null> => {
    const baseVersion = theirs?.version ?? entry.version;
    setSaving(true);
    try {
      return await updateEntry<K>(episodeId, entry.id, baseVersion, data);
    } catch (error) {
      if (!isConflict(error)) throw error;
      setTheirs(await fetchEntry<K>(episodeId, entry.id));
      return null;
    } finally {
      setSaving(false);
    }
  };
  return { theirs, saving, save };
}
