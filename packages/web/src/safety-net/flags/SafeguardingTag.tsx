import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Tag.js';

/** Marks a request about someone who may be at risk of abuse or neglect. */
export function SafeguardingTag() {
  const { t } = useTranslation();
  return <Tag colour="pink">{t('safetyNet.safeguardingTag')}</Tag>;
}
