import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading.js';
import { TextSection } from '../components/TextSection.js';

const base = 'info.accessibility';

/**
 * The accessibility statement, in the structure of the GOV.UK model statement: using the site,
 * how accessible it is, feedback, reporting problems, enforcement, compliance status,
 * non-accessible content, and how (and how far) it was tested.
 */
export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{t('info.accessibility.title')}</PageHeading>
        <p className="nhsuk-lede-text">{t('info.accessibility.lede')}</p>
        <TextSection
          base={`${base}.using`}
          parts={['p1', ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'], 'p2']}
        />
        <TextSection base={`${base}.how`} parts={['intro', ['i1', 'i2']]} />
        <TextSection base={`${base}.feedback`} parts={['p1']}>
          <p className="nhsuk-body">
            <Link to="/contact">{t('info.accessibility.feedback.contact')}</Link>
          </p>
        </TextSection>
        <TextSection base={`${base}.report`} parts={['p1']} />
        <TextSection base={`${base}.enforcement`} parts={['p1']} />
        <TextSection base={`${base}.technical`} parts={['p1']} />
        <TextSection base={`${base}.status`} parts={['p1']} />
        <TextSection base={`${base}.non-accessible`} parts={['p1']}>
          <h3 className="nhsuk-heading-s">{t('info.accessibility.non-accessible.sub')}</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            <li>{t('info.accessibility.non-accessible.i1')}</li>
            <li>{t('info.accessibility.non-accessible.i2')}</li>
          </ul>
        </TextSection>
        <TextSection base={`${base}.improving`} parts={['p1']} />
        <TextSection base={`${base}.preparation`} parts={['p1', 'p2']} />
      </div>
    </div>
  );
}
