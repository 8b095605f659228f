import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { AdminUser, Organisation } from '../../api-types.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { NotFoundPage } from '../../pages/NotFoundPage.js';
import { hasRole, useSession } from '../../session.js';
import { useResource } from '../../hooks/use-resource.js';
import type { ClinicTemplate, Site } from '../clinic-types.js';
import { londonToday } from '../dates.js';
import { TemplateForm } from './TemplateForm.js';
import { newTemplateValues, templateValuesOf } from './template-values.js';

/** /clinics/templates/new and /clinics/templates/:id — add or change a clinic template. */
export function TemplateFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  const isAdmin = hasRole(user, 'admin');
  const templates = useResource<{ templates: ClinicTemplate[] }>(
    id ? '/api/clinic-templates' : null,
  );
  const sites = useResource<{ sites: Site[] }>('/api/sites');
  const organisations = useResource<{ organisations: Organisation[] }>('/api/organisations');
  const users = useResource<{ users: AdminUser[] }>(isAdmin ? '/api/admin/users' : null);

  const failed = templates.error ?? sites.error ?? organisations.error;
  if (failed) return <LoadFailure error={failed} />;
  if ((id && !templates.data) || !sites.data || !organisations.data || (isAdmin && !users.data))
    return <Loading />;
  const template = id ? templates.data?.templates.find((tpl) => tpl.id === id) : undefined;
  if (id && !template) return <NotFoundPage />;

  const initial = template
    ? templateValuesOf(template)
    : { ...newTemplateValues(londonToday()), otId: hasRole(user, 'ot') ? (user?.id ?? '') : '' };
  const ots = (users.data?.users ?? [])
    .filter((u) => u.active && u.roles.includes('ot'))
    .map((u) => ({ id: u.id, name: u.name }));
  return (
    <TemplateForm
      key={id ?? 'new'}
      templateId={template?.id ?? null}
      title={
        template
          ? t('clinics.template.changeTitle', { name: template.name })
          : t('clinics.template.newTitle')
      }
      initial={initial}
      ots={template ? [] : ots}
      sites={sites.data.sites}
      organisations={organisations.data.organisations}
      defaultOrganisationId={user?.organisations[0]?.id ?? ''}
    />
  );
}
