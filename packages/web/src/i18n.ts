// English and Welsh. The language comes from ?lang= on first load, then the stored choice,
// then English; it is kept in localStorage and on <html lang>.
// Common texts are here from the start; each area's (referral, staff, booking…) are fetched in
// the language in use before a page that needs them is shown, and in the other language before
// the language is changed, so no page ever shows a text's key in place of the text.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  areasForPath,
  commonTexts,
  loadAreaTexts,
  type Language,
  type LocaleArea,
} from './locales/index.js';

export type { Language };

const storageKey = 'everyday.lang';

function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'cy';
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be unavailable (private browsing): the choice then lasts for this page only.
  }
}

/** Takes ?lang= off the address (the choice is stored instead) and returns the language to start in. */
function initialLanguage(): Language {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('lang');
  if (isLanguage(fromUrl)) {
    url.searchParams.delete('lang');
    window.history.replaceState(
      window.history.state,
      '',
      `${url.pathname}${url.search}${url.hash}`,
    );
    storeLanguage(fromUrl);
    return fromUrl;
  }
  const stored = readStoredLanguage();
  return isLanguage(stored) ? stored : 'en';
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'en';
}

/** Locale for dates and numbers in the current language. */
export function currentLocale(): string {
  return currentLanguage() === 'cy' ? 'cy-GB' : 'en-GB';
}

/** Areas some page has needed so far: a change of language fetches them first. */
const wanted = new Set<LocaleArea>();
const loading = new Map<string, Promise<void>>();

function loadArea(language: Language, area: LocaleArea): Promise<void> {
  const key = `${language}:${area}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = loadAreaTexts(language, area).then((texts) => {
      i18next.addResourceBundle(language, 'translation', texts, true, true);
    });
    // A failed fetch (the network dropped) is tried again next time.
    promise.catch(() => loading.delete(key));
    loading.set(key, promise);
  }
  return promise;
}

/** Fetches (once) the texts of these areas in this language. */
export async function loadLocaleAreas(
  areas: readonly LocaleArea[],
  language: Language = currentLanguage(),
): Promise<void> {
  for (const area of areas) wanted.add(area);
  await Promise.all(areas.map((area) => loadArea(language, area)));
}

/** Fetches the texts the page at this address needs, in the language in use. */
export function loadPageTexts(pathname: string = window.location.pathname): Promise<void> {
  return loadLocaleAreas(areasForPath(pathname));
}

export async function changeLanguage(language: Language): Promise<void> {
  // A page may ask for another area while these are fetched: fetch until none is missing.
  let areas: LocaleArea[];
  do {
    areas = [...wanted];
    await loadLocaleAreas(areas, language);
  } while (wanted.size > areas.length);
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  const lang = isLanguage(language) ? language : 'en';
  document.documentElement.lang = lang;
  storeLanguage(lang);
});

const lng = initialLanguage();
document.documentElement.lang = lng;

void i18next.use(initReactI18next).init({
  resources: { en: { translation: commonTexts.en }, cy: { translation: commonTexts.cy } },
  lng,
  fallbackLng: 'en',
  supportedLngs: ['en', 'cy'],
  initAsync: false,
  interpolation: { escapeValue: false },
  // Components shown outside a page (the header, say) show an area's texts once they arrive.
  react: { bindI18nStore: 'added' },
  showSupportNotice: false,
});

export default i18next;
