import { Tag, Tree } from 'antd';
import type { TreeDataNode as DataNode } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { useCollator } from '../../app/format.js';
import { buildUnitTree, type TUnitNode } from './unit-tree-data.js';

function toData(nodes: TUnitNode[], kindLabel: (kind: string) => string): DataNode[] {
  return nodes.map(({ unit, children }) => ({
    key: unit.id,
    title: (
      <span>
        {unit.name}{' '}
        <Tag style={{ marginInlineStart: 4 }} variant="outlined">
          {kindLabel(unit.kind)}
        </Tag>
      </span>
    ),
    children: toData(children, kindLabel),
  }));
}

export function UnitTree({
  units,
  selectedId,
  onSelect,
}: {
  units: TUnitView[];
  selectedId: string | undefined;
  onSelect: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const collator = useCollator();
  const treeData = useMemo(
    () => toData(buildUnitTree(units, collator), (kind) => t(`enums.unitKind.${kind}`)),
    [units, collator, t],
  );
  const allKeys = useMemo(() => units.map((u) => u.id), [units]);
  return (
    <Tree
      data-testid="unit-tree"
      aria-label={t('units.treeLabel')}
      treeData={treeData}
      defaultExpandedKeys={allKeys}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(String(key));
      }}
      showLine
      blockNode
    />
  );
}
