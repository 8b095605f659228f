import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../hooks/use-document-title.js';
import { recordPages } from '../api.js';

interface SavedPanelProps {
  episodeId: string;
  title: string;
  /** Under the title in the panel (the person's name). */
  body: string;
  /** What to do next: the document to download. */
  children: ReactNode;
}

/** The confirmation after saving a document: the page's <h1>, what to do next, back to the record. */
export function SavedPanel({ episodeId, title, body, children }: SavedPanelProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form this replaces had focus: move it to the news, as after a new page.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      <div className="nhsuk-panel">
        <h1 className="nhsuk-panel__heading" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <div className="nhsuk-panel__body">{body}</div>
      </div>
      {children}
      <p className="nhsuk-body">
        <Link to={recordPages.episode(episodeId)}>{t('recordPlan.backToRecord')}</Link>
      </p>
    </>
  );
}
