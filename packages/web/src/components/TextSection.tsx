import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A paragraph (`p1`), or a bulleted list of items (`['i1', 'i2']`), of a section's texts. */
export type TextPart = string | readonly string[];

/**
 * A section of a page of text (the privacy notice, the accessibility statement): an <h2> from
 * `<base>.heading`, then each part's texts under `<base>.` in order, then any children.
 */
export function TextSection({
  base,
  parts,
  children,
}: {
  base: string;
  parts: readonly TextPart[];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = base.split('.').pop();
  return (
    <section aria-labelledby={`${String(id)}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${String(id)}-heading`}>
        {t(`${base}.heading`)}
      </h2>
      {parts.map((part) =>
        typeof part === 'string' ? (
          <p className="nhsuk-body" key={part}>
            {t(`${base}.${part}`)}
          </p>
        ) : (
          <ul className="nhsuk-list nhsuk-list--bullet" key={part.join()}>
            {part.map((item) => (
              <li key={item}>{t(`${base}.${item}`)}</li>
            ))}
          </ul>
        ),
      )}
      {children}
    </section>
  );
}
