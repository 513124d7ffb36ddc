import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { useCollator } from '../../app/format.js';
import { buildUnitTree, flattenTree } from './unit-tree-data.js';

/** A unit picker in tree order, indented by depth, searchable by name. */
export function UnitSelect({ units, ...props }: { units: TUnitView[] } & SelectProps<string>) {
  const collator = useCollator();
  const options = useMemo(
    () =>
      flattenTree(buildUnitTree(units, collator)).map(({ unit, depth }) => ({
        value: unit.id,
        label: unit.name,
        title: unit.name,
        depth,
      })),
    [units, collator],
  );
  return (
    <Select<string>
      {...props}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      optionRender={(option) => (
        <span style={{ paddingInlineStart: Number(option.data.depth ?? 0) * 16 }}>{option.label}</span>
      )}
    />
  );
}
