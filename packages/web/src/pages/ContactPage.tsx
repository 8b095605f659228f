import { ZServiceContact } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useResource } from '../hooks/use-resource.js';
import { PageHeading } from '../components/PageHeading.js';
import { TextSection } from '../components/TextSection.js';

const base = 'info.contact';

/** The service's own phone, email and address, as configured; nothing when none is. */
function ServiceContactDetails() {
  const { t } = useTranslation();
  const { data } = useResource('/api/service-contact', ZServiceContact);
  if (!data || (data.phone === null && data.email === null && data.addressLines.length === 0))
    return null;
  return (
    <dl className="nhsuk-summary-list" id="service-contact">
      {data.phone !== null && (
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('info.contact.service.phone')}</dt>
          <dd className="nhsuk-summary-list__value">
            <a href={`tel:${data.phone.replace(/\s+/g, '')}`} id="service-phone">
              {data.phone}
            </a>
          </dd>
        </div>
      )}
      {data.email !== null && (
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('info.contact.service.email')}</dt>
          <dd className="nhsuk-summary-list__value">
            <a href={`mailto:${data.email}`} id="service-email">
              {data.email}
            </a>
          </dd>
        </div>
      )}
      {data.addressLines.length > 0 && (
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('info.contact.service.address')}</dt>
          <dd className="nhsuk-summary-list__value" id="service-address">
            {data.addressLines.map((line) => (
              <span key={line} className="app-address-line">
                {line}
                <br />
              </span>
            ))}
          </dd>
        </div>
      )}
    </dl>
  );
}

/** How to reach the service: in an emergency, about your care, feedback and complaints. */
export function ContactPage() {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{t('info.contact.title')}</PageHeading>
        <p className="nhsuk-lede-text">{t('info.contact.lede')}</p>
        <TextSection base={`${base}.urgent`} parts={['p1']}>
          <p className="nhsuk-body">
            {t('info.contact.urgent.call999Before')}
            <a href="tel:999">999</a>
            {t('info.contact.urgent.call999After')}
          </p>
          <p className="nhsuk-body">
            {t('info.contact.urgent.call111Before')}
            <a href="tel:111">111</a>
            {t('info.contact.urgent.call111After')}
          </p>
        </TextSection>
        <TextSection base={`${base}.care`} parts={['p1', 'p2']}>
          <ServiceContactDetails />
          <p className="nhsuk-body">
            <Link to="/refer">{t('info.contact.care.refer')}</Link>
          </p>
        </TextSection>
        <div id="feedback">
          <TextSection base={`${base}.feedback`} parts={['p1', 'p2']} />
        </div>
        <TextSection base={`${base}.website`} parts={[]}>
          <ul className="nhsuk-list">
            <li>
              <Link to="/privacy">{t('info.contact.website.privacy')}</Link>
            </li>
            <li>
              <Link to="/accessibility">{t('info.contact.website.accessibility')}</Link>
            </li>
          </ul>
        </TextSection>
        <TextSection base={`${base}.staff`} parts={['p1']} />
      </div>
    </div>
  );
}
