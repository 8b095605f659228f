import { useDocumentTitle } from '../hooks/use-document-title.js';
import { classNames } from './class-names.js';

interface PageHeadingProps {
  children: string;
  /** Tab title when it should differ from the heading. */
  title?: string;
  size?: 'xl' | 'l';
  caption?: string | undefined;
}

/** The page's one <h1>, which also sets the browser tab title ("<page> – Everyday"). */
export function PageHeading({ children, title, size, caption }: PageHeadingProps) {
  useDocumentTitle(title ?? children);
  return (
    <h1 className={classNames(size && `nhsuk-heading-${size}`)}>
      {caption && (
        <span className="nhsuk-caption-l">
          {caption}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
      )}
      {children}
    </h1>
  );
}
