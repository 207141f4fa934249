/**
 * The plan on paper: an A4 page with the whole plan and a wallet-size card (85 × 54 mm, front
 * and back, to fold) inside dashed cut lines. Printed in the language chosen in the app.
 */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../domain/plan-model';
import { planHasContent } from '../domain/plan-validation';
import { PlanSummary } from './plan-summary';

function WalletCard({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plan');
  const outside = plan.contacts.find((c) => c.outsideArea && c.name);
  const numbers = plan.numbers.filter((n) => n.number.trim()).slice(0, 7);
  return (
    <div className="wallet-cut" aria-label={t('print.card')} role="group">
      <p className="cut-label" aria-hidden="true">
        ✂ {t('print.cutHere')}
      </p>
      <div className="wallet-card">
        <div className="wallet-face">
          <p className="wallet-title">{t('print.docTitle')}</p>
          <p>
            <strong>{t('print.meetNear')}:</strong> {plan.meetingNearHome.description || '–'}
          </p>
          <p>
            <strong>{t('print.meetOut')}:</strong> {plan.meetingOutsideArea.description || '–'}
          </p>
          {outside ? (
            <p>
              <strong>{t('print.outsideContact')}:</strong> {outside.name} {outside.phone}
            </p>
          ) : null}
          <p>
            <strong>{t('print.cardMembers')}:</strong> {plan.members.map((m) => [m.name, m.phone].filter(Boolean).join(' ')).join('; ') || '–'}
          </p>
        </div>
        <div className="wallet-face">
          <p className="wallet-title">{t('print.cardNumbers')}</p>
          <ul>
            {numbers.map((n) => (
              <li key={n.id}>
                {n.label || t(`numbers.kinds.${n.kind}`)}: <strong>{n.number}</strong>
              </li>
            ))}
          </ul>
          <p className="wallet-small">{t('print.followAuthorities')}</p>
        </div>
      </div>
    </div>
  );
}

export function PrintView({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation('plan');
  const today = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
  return (
    <div className="plan-print">
      <div className="no-print">
        <p>{t('print.intro')}</p>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('print.button')}
        </button>
      </div>
      <article className="print-sheet" aria-labelledby="print-doc-title">
        <h2 id="print-doc-title">{t('print.docTitle')}</h2>
        <p className="print-meta">
          {t('print.printed', { date: today })} · {t('print.keepOnPaper')}
        </p>
        {planHasContent(plan) ? null : <p>{t('print.empty')}</p>}
        <PlanSummary plan={plan} />
        <p className="print-meta">{t('print.followAuthorities')}</p>
        <WalletCard plan={plan} />
      </article>
    </div>
  );
}
