// For unit tests: a `t` that knows only the English texts a test gives it.
import type { TFunction } from 'i18next';
import i18next from 'i18next';

/** An English `t` over just these texts (`{ errors: { internal: '…' } }`), ready at once. */
export async function translator(translation: Record<string, unknown>): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    initAsync: false,
    showSupportNotice: false,
    resources: { en: { translation } },
  });
  return i18n.t.bind(i18n);
}
