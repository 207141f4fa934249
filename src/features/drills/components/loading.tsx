import { useTranslation } from 'react-i18next';

/** The shell's "Loading…" line, while a drill or the set-up is read from the device. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
