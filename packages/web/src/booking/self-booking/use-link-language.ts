// A booking link carries the language the person is written to in (`?lang=cy`, issue 16 item 3).
// On a fresh load i18n.ts reads it; followed from within the app (the referral form's "book
// now"), the page switches to it here, then takes it off the address.
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { changeLanguage, currentLanguage } from '../../i18n.js';

export function useLinkLanguage(): void {
  const [params, setParams] = useSearchParams();
  const lang = params.get('lang');
  useEffect(() => {
    if (lang !== 'en' && lang !== 'cy') return;
    const drop = () => {
      setParams(
        (p) => {
          p.delete('lang');
          return p;
        },
        { replace: true },
      );
    };
    if (lang === currentLanguage()) drop();
    else void changeLanguage(lang).then(drop);
  }, [lang, setParams]);
}
