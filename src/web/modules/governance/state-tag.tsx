import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { TONE } from './tones.js';

const STYLE: Record<string, CSSProperties> = { circulated: TONE.info, open: TONE.info, silence_broken: TONE.bad, adopted: TONE.ok, closed: TONE.done };

/** A procedure's state in words (never by colour alone). */
export function StateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Tag style={STYLE[state] ?? TONE.plain} data-testid="procedure-state">
      {t(`governance.state.${state}`)}
    </Tag>
  );
}
