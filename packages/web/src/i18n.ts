// English and Welsh. The language comes from ?lang= on first load, then the stored choice,
// then English; it is kept in localStorage and on <html lang>.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { english, welsh } from './locales/index.js';

export type Language = 'en' | 'cy';

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

export async function changeLanguage(language: Language): Promise<void> {
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
  resources: { en: { translation: english }, cy: { translation: welsh } },
  lng,
  fallbackLng: 'en',
  supportedLngs: ['en', 'cy'],
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

export default i18next;
