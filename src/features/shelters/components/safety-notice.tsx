import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';

/** Always on the page: registered places are not open shelters; follow the authorities. */
export function SafetyNotice() {
  const { t } = useTranslation('shelters');
  return (
    <Notice tone="warning" role="note" className="shelter-notice">
      <h2>{t('notice.title')}</h2>
      <p>{t('notice.body')}</p>
      <p>
        <strong>{t('notice.follow')}</strong>
      </p>
    </Notice>
  );
}
