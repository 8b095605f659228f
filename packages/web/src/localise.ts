// Question-set wording (`{ en, cy }`) in the language the page is shown in.
import type { LocalisedText, Option } from '@everyday/core';
import { useTranslation } from 'react-i18next';

export type Localise = (text: LocalisedText) => string;

/** Picks the English or Welsh of a `{ en, cy }` text, following the language switch. */
export function useLocalise(): Localise {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'cy' ? 'cy' : 'en';
  return (text) => text[language];
}

/** A question set's options as radio or checkbox items: value, label and hint, localised. */
export function localisedOptions<T extends string>(
  l: Localise,
  options: readonly Option<T>[],
): { value: T; label: string; hint: string | undefined }[] {
  return options.map((option) => ({
    value: option.value,
    label: l(option.label),
    hint: option.hint ? l(option.hint) : undefined,
  }));
}
