import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading.js';
import { SectionCard } from '../components/SectionCard.js';
import { useSession } from '../session.js';
import { sectionsForRoles } from '../staff-sections.js';

export function StaffHomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  if (!user) return null;
  const sections = sectionsForRoles(user.roles);
  const none = t('staffHome.none');
  return (
    <>
      <PageHeading>{t('staffHome.title')}</PageHeading>
      <p className="nhsuk-body" id="signed-in-as">
        {t('staffHome.signedInAs', { name: user.name })}
      </p>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('staffHome.roles')}</dt>
          <dd className="nhsuk-summary-list__value" id="user-roles">
            {user.roles.length > 0 ? user.roles.map((role) => t(`roles.${role}`)).join(', ') : none}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('staffHome.organisations')}</dt>
          <dd className="nhsuk-summary-list__value" id="user-organisations">
            {user.organisations.length > 0 ? (
              <ul className="nhsuk-list">
                {user.organisations.map((organisation) => (
                  <li key={organisation.id}>
                    {organisation.name} ({t(`organisationKinds.${organisation.kind}`)})
                  </li>
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
        </div>
      </dl>
      <p className="nhsuk-body">
        <Link to="/account/two-factor" id="two-factor-link">
          {t('account.twoFactor.title')}
        </Link>
      </p>
      <h2 className="nhsuk-heading-l">{t('staffHome.yourWork')}</h2>
      {sections.length === 0 ? (
        <p className="nhsuk-body">{t('staffHome.noRoles')}</p>
      ) : (
        <ul className="nhsuk-grid-row nhsuk-card-group">
          {sections.map((section) => (
            <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={section.id}>
              <SectionCard
                heading={t(`sections.${section.id}.title`)}
                description={t(`sections.${section.id}.description`)}
                href={section.href}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
