import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { isPublicPath } from '../locales/index.js';
import { CrisisBannerSlot } from '../safety-net/CrisisBannerSlot.js';
import { ServiceErrorPage } from '../pages/ServiceErrorPage.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { Loading } from './Loading.js';
import { PhaseBanner } from './PhaseBanner.js';
import { DemoBanner } from './DemoBanner.js';

/** Moves focus to the new page's <h1> (or <main>) so screen readers start at the new content. */
function focusPage(main: HTMLElement): void {
  const heading = main.querySelector<HTMLElement>('h1');
  const target = heading ?? main;
  target.setAttribute('tabindex', '-1');
  target.classList.add('nhsuk-skip-link-focused-element');
  target.focus();
}

/**
 * Shown in <main> while a page's code loads on first use. (Following a link keeps the old page
 * until the new one is ready; this shows on opening the app at such a page.) When it goes, the
 * page has come: `onLoaded` moves focus to it as after any navigation.
 */
function PageLoading({ onLoaded }: { onLoaded: () => void }) {
  useEffect(() => onLoaded, [onLoaded]);
  return <Loading />;
}

/** Every page: skip link, header, the phase banner on public pages, <main id="maincontent"> and footer. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const here = `${location.pathname}${location.search}`;
  const previous = useRef(here);
  const navigated = useRef(false);
  // Set when signing out fails: show the problem page until the user moves on.
  const [failedAt, setFailedAt] = useState<string | null>(null);

  useEffect(() => {
    if (previous.current === here) return;
    previous.current = here;
    navigated.current = true;
    if (mainRef.current) focusPage(mainRef.current);
  }, [here]);
  // A page that was still loading when it was navigated to is focused once it is shown.
  const focusLoadedPage = useCallback(() => {
    if (navigated.current && mainRef.current) focusPage(mainRef.current);
  }, []);

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
        {isPublicPath(location.pathname) && <PhaseBanner />}
        <DemoBanner />
        <CrisisBannerSlot />
        <main
          className="nhsuk-main-wrapper nhsuk-skip-link-focused-element"
          id="maincontent"
          ref={mainRef}
          tabIndex={-1}
        >
          {failedAt === location.key ? (
            <ServiceErrorPage />
          ) : (
            <Suspense fallback={<PageLoading onLoaded={focusLoadedPage} />}>
              <ErrorBoundary key={location.pathname}>
                <Outlet />
              </ErrorBoundary>
            </Suspense>
          )}
        </main>
      </div>
      <Footer />
    </>
  );
}
