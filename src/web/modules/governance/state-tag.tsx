import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOR: Record<string, string> = { draft: 'default', circulated: 'blue', open: 'blue', silence_broken: 'red', adopted: 'green', withdrawn: 'default', closed: 'purple' };

/** A procedure's state in words (never by colour alone). */
export function StateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[state] ?? 'default'} data-testid="procedure-state">
      {t(`governance.state.${state}`)}
    </Tag>
  );
}
