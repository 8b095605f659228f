import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading.js';
import { TextSection } from '../components/TextSection.js';

const base = 'info.privacy';

/** The privacy notice: what the service keeps, why, who sees it, for how long, and your rights. */
export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{t('info.privacy.title')}</PageHeading>
        <p className="nhsuk-lede-text">{t('info.privacy.lede')}</p>
        <TextSection base={`${base}.who`} parts={['p1', 'p2']} />
        <TextSection base={`${base}.what`} parts={['intro', ['i1', 'i2', 'i3', 'i4', 'i5']]} />
        <TextSection base={`${base}.why`} parts={['p1', 'p2']} />
        <TextSection base={`${base}.share`} parts={['intro', ['i1', 'i2', 'i3'], 'p1']} />
        <TextSection base={`${base}.who-sees`} parts={['p1']} />
        <TextSection base={`${base}.keep`} parts={['p1']} />
        <TextSection base={`${base}.rights`} parts={['intro', ['i1', 'i2', 'i3', 'i4'], 'p1']}>
          <p className="nhsuk-body">
            <a href="https://ico.org.uk/">{t('info.privacy.rights.ico')}</a>
          </p>
        </TextSection>
        <TextSection base={`${base}.opt-out`} parts={['p1']} />
        <TextSection base={`${base}.cookies`} parts={['p1']} />
      </div>
    </div>
  );
}
