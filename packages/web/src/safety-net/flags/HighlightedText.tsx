import type { ScreenMatch } from '@everyday/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalise } from '../../localise.js';
import { MultilineText } from '../../triage/components/MultilineText.js';
import { highlightSegments } from './highlight.js';

/** The reasons of the rules that fired on a marked piece, each once. */
export function useMatchReasons(): (matches: readonly ScreenMatch[]) => string {
  const l = useLocalise();
  return (matches) => [...new Set(matches.map((match) => l(match.reason)))].join('; ');
}

/**
 * A field's text as typed, the words the safety screen matched marked (`<mark>`), each followed by
 * the rule's reason in words, so the highlight never relies on colour alone.
 */
export function HighlightedText({
  text,
  field,
  matches,
}: {
  text: string;
  field: string;
  matches: readonly ScreenMatch[] | undefined;
}) {
  const { t } = useTranslation();
  const reasons = useMatchReasons();
  const segments = highlightSegments(text, field, matches ?? []);
  return (
    <>
      {segments.map((segment, index) =>
        segment.matches.length === 0 ? (
          <MultilineText key={index} text={segment.text} />
        ) : (
          <Fragment key={index}>
            <mark className="everyday-screen-match" data-rule={segment.matches[0]?.rule}>
              <MultilineText text={segment.text} />
            </mark>{' '}
            <strong className="everyday-screen-reason">
              {t('safetyNet.highlight.reason', { reasons: reasons(segment.matches) })}
            </strong>
          </Fragment>
        ),
      )}
    </>
  );
}
