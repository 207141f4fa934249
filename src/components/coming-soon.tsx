import { useTranslation } from 'react-i18next';
import { Notice } from './notice';
import { Page } from './page';

/** Placeholder for a section whose issue has not landed: says so plainly, pretends nothing. */
export function ComingSoon({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      <Notice tone="info">{t('section.coming')}</Notice>
    </Page>
  );
}
