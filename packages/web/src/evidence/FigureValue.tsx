import type { Figure } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { figureText } from './format-figure.js';

/** The anchor of a figure's definition in the page's definitions list. */
export function definitionAnchor(key: string): string {
  return `definition-${key}`;
}

/**
 * A figure's value as a link to its definition: the number, or "suppressed" where the
 * small-number rule hid it (never a blank).
 */
export function FigureValue({ figure, text }: { figure: Figure; text?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <a
      href={`#${definitionAnchor(figure.key)}`}
      className="app-evidence-figure"
      data-suppressed={figure.suppressed || undefined}
    >
      {text ?? figureText(figure, locale, t)}
    </a>
  );
}
