import { Tree, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPlanRole } from '../../../domain/contract/plan-structure.js';
import type { TLookups } from './part-editor-modal.js';

type TNode = { key: string; title: string; children: TNode[] };

/** Who calls whom when the plan is activated, as the tree people picture it. */
export function CallTree({ roles, lookups }: { roles: TPlanRole[]; lookups: TLookups }) {
  const { t } = useTranslation();
  const ids = new Set(roles.map((r) => r.id));
  const name = (id: string | null) => (id ? (lookups.people.find((p) => p.value === id)?.label ?? '—') : t('planning.vacant'));
  const build = (parent: string | null, seen: Set<string>): TNode[] =>
    roles
      .filter((r) => (parent === null ? r.calledByRoleId === null || !ids.has(r.calledByRoleId) : r.calledByRoleId === parent) && !seen.has(r.id))
      .map((r) => ({ key: r.id, title: `${r.title} — ${name(r.primaryPersonId)}`, children: build(r.id, new Set([...seen, r.id])) }));
  const tree = build(null, new Set());
  return (
    <section aria-labelledby="call-tree-heading" style={{ marginTop: 16 }}>
      <h3 id="call-tree-heading" className="card-title">
        {t('planning.callTree')}
      </h3>
      <Typography.Paragraph type="secondary">{t('planning.callTreeHelp')}</Typography.Paragraph>
      <Tree data-testid="call-tree" treeData={tree} defaultExpandAll selectable={false} showLine blockNode />
    </section>
  );
}
