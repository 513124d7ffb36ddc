import { Collapse, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPlanDiff } from '../../../domain/contract/plans.js';

type Part = TPlanDiff['title'][number];

/** Added text green and underlined, removed red and struck through (not colour alone), each announced with a +/- prefix for screen readers. */
function DiffParts({ parts }: { parts: Part[] }) {
  const { t } = useTranslation();
  return (
    // Plan text may be in another language than the interface: let it run in its own direction.
    <p className="diff-text" dir="auto">
      {parts.map((part, index) => {
        if (part.kind === 'added')
          return (
            <ins key={index} className="diff-added">
              <span className="visually-hidden">+ {t('history.addedPrefix')}</span>
              {part.text}
            </ins>
          );
        if (part.kind === 'removed')
          return (
            <del key={index} className="diff-removed">
              <span className="visually-hidden">- {t('history.removedPrefix')}</span>
              {part.text}
            </del>
          );
        return <span key={index}>{part.text}</span>;
      })}
    </p>
  );
}

export function DiffView({ diff }: { diff: TPlanDiff }) {
  const { t } = useTranslation();
  const titleChanged = diff.title.some((p) => p.kind !== 'same');
  const changed = diff.sections.filter((s) => s.changed);
  const parts = diff.structure.filter((p) => p.changed);
  return (
    <div data-testid="plan-diff">
      <Typography.Paragraph>{t('history.diffSummary', { from: diff.from, to: diff.to, sections: changed.length })}</Typography.Paragraph>
      {parts.length > 0 && (
        <>
          <h3 className="card-title">{t('planning.diff.structureTitle')}</h3>
          <ul data-testid="structure-diff">
            {parts.map((p) => (
              <li key={p.key}>{t('planning.diff.partChanged', { part: t(`planning.parts.${p.key}.title`), from: p.from, to: p.to })}</li>
            ))}
          </ul>
        </>
      )}
      {titleChanged && (
        <>
          <h3 className="card-title">{t('history.titleChange')}</h3>
          <DiffParts parts={diff.title} />
        </>
      )}
      {changed.length === 0 && !titleChanged && parts.length === 0 ? (
        <Empty description={t('history.noChanges')} />
      ) : (
        <Collapse
          defaultActiveKey={changed.map((s) => s.key)}
          items={diff.sections.map((section) => ({
            key: section.key,
            label: `${t(`plans.sections.${section.key}.title`)} — ${section.changed ? t('history.changed') : t('history.unchanged')}`,
            children: <DiffParts parts={section.parts} />,
          }))}
        />
      )}
    </div>
  );
}
