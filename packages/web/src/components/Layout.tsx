import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { ServiceErrorPage } from '../pages/ServiceErrorPage.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';

/** Moves focus to the new page's <h1> (or <main>) so screen readers start at the new content. */
function focusPage(main: HTMLElement): void {
  const heading = main.querySelector<HTMLElement>('h1');
  const target = heading ?? main;
  target.setAttribute('tabindex', '-1');
  target.classList.add('nhsuk-skip-link-focused-element');
  target.focus();
}

/** Every page: skip link, header, <main id="maincontent"> and footer. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const here = `${location.pathname}${location.search}`;
  const previous = useRef(here);
  // Set when signing out fails: show the problem page until the user moves on.
  const [failedAt, setFailedAt] = useState<string | null>(null);

  useEffect(() => {
    if (previous.current === here) return;
    previous.current = here;
    if (mainRef.current) focusPage(mainRef.current);
  }, [here]);

  return (
    <>
      <a
        className="nhsuk-skip-link"
        href="#maincontent"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('header.skipLink')}
      </a>
      <Header
        onSignOutFailed={() => {
          setFailedAt(location.key);
        }}
      />
      <div className="nhsuk-width-container">
        <main
          className="nhsuk-main-wrapper nhsuk-skip-link-focused-element"
          id="maincontent"
          ref={mainRef}
          tabIndex={-1}
        >
          {failedAt === location.key ? (
            <ServiceErrorPage />
          ) : (
            <ErrorBoundary key={location.pathname}>
              <Outlet />
            </ErrorBoundary>
          )}
        </main>
      </div>
      <Footer />
    </>
  );
}
