/**
 * Share the plan: a link with the plan in the fragment, its QR code drawn here (SVG), the
 * system share sheet where there is one, and the plan as a file.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import type { Plan } from '../domain/plan-model';
import { serializePlanFile } from '../domain/plan-file';
import { makeQr, qrPath, type QrResult } from '../domain/qr';
import { planLink } from '../domain/share-link';
import { downloadText } from '../../../lib/download';

export function SharePanel({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plan');
  const [link, setLink] = useState<string | null>(null);
  const [qr, setQr] = useState<QrResult | null>(null);
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  useEffect(() => {
    let live = true;
    void planLink(window.location.origin, plan).then((l) => {
      if (!live) return;
      setLink(l);
      setQr(makeQr(l));
    });
    return () => {
      live = false;
    };
  }, [plan]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link ?? '');
      setCopy('copied');
    } catch {
      setCopy('copyFailed');
    }
  };
  const canShare = typeof navigator.share === 'function';

  return (
    <section className="card plan-share" aria-labelledby="plan-share-title">
      <h2 id="plan-share-title">{t('share.title')}</h2>
      <p>{t('share.intro')}</p>
      {!link ? (
        <p role="status">{t('share.making')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="plan-share-link">{t('share.link')}</label>
            <textarea id="plan-share-link" className="plan-link" readOnly rows={3} value={link} onFocus={(e) => e.currentTarget.select()} />
          </div>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void copyLink()}>
              {t('share.copy')}
            </button>
            {canShare ? (
              <button type="button" className="button" onClick={() => void navigator.share({ title: t('print.docTitle'), url: link }).catch(() => undefined)}>
                {t('share.native')}
              </button>
            ) : null}
          </div>
          <p role="status">{copy ? t(`share.${copy}`) : null}</p>
          <h3>{t('share.qrTitle')}</h3>
          {qr?.ok ? (
            <figure className="plan-qr">
              <svg viewBox={`0 0 ${qr.size + 8} ${qr.size + 8}`} role="img" aria-label={t('share.qrAlt')} shapeRendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d={qrPath(qr)} fill="#000" />
              </svg>
              <figcaption>{t('share.qrHint')}</figcaption>
            </figure>
          ) : qr ? (
            <Notice tone="warning">{t('share.tooLarge', { bytes: qr.bytes })}</Notice>
          ) : null}
        </>
      )}
      <h3>{t('share.file')}</h3>
      <p>{t('share.fileHint')}</p>
      <button type="button" className="button" onClick={() => downloadText(`beredt-plan-${new Date().toISOString().slice(0, 10)}.json`, serializePlanFile(plan, new Date()), 'application/json')}>
        {t('share.download')}
      </button>
    </section>
  );
}
