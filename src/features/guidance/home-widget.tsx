import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { nextSirenTest, SIREN_TIME_ZONE } from './domain/siren-schedule';
import { intlLocale, useGuidanceLang } from './hooks/use-lang';

/** On the start page: when the next national siren test is, and a way to learn the signals. */
export function HomeWidget() {
  const { t } = useTranslation('guidance');
  const lang = useGuidanceLang();
  const next = nextSirenTest(new Date());
  const date = new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: SIREN_TIME_ZONE }).format(next);
  return (
    <section className="card" aria-labelledby="home-siren-test">
      <h2 id="home-siren-test" style={{ marginTop: 0 }}>
        <span aria-hidden="true">📢</span> {t('widget.title')}
      </h2>
      <p>
        <time dateTime={next.toISOString()}>{t('siren.nextTestWhen', { date })}</time>
      </p>
      <p>
        <Link href="/guidance/siren">{t('widget.link')}</Link>
      </p>
    </section>
  );
}
