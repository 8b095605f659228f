import { useTranslation } from 'react-i18next';

/** The red message beside a field, with "Error:" for screen readers. */
export function ErrorMessage({ id, children }: { id: string; children: string }) {
  const { t } = useTranslation();
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">{t('common.errorPrefix')} </span>
      {children}
    </span>
  );
}
