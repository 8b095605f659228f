import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** NHS inset text: information that needs to stand out from the text around it. */
export function InsetText({ children, id }: { children: ReactNode; id?: string }) {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-inset-text" id={id}>
      <span className="nhsuk-u-visually-hidden">{t('common.information')}: </span>
      {children}
    </div>
  );
}
