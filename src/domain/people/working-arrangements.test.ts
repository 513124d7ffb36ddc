import { describe, expect, it } from 'vitest';
import { arrangementMatrix, levelOfUnitKind } from './working-arrangements.js';

describe('Annex XIII matrix', () => {
  it('maps unit kinds to levels', () => {
    expect(['headquarters', 'department', 'regional_office', 'country_office', 'duty_station'].map(levelOfUnitKind)).toEqual(['headquarters', 'headquarters', 'regional', 'field', 'field']);
  });

  it('shows the arrangement in force per kind and level, the latest when periods overlap', () => {
    const m = arrangementMatrix(
      [
        { id: '1', level: 'headquarters', kind: 'regular_telework', adoption: 'occasionally', permanence: 'permanent', effectiveFrom: '2019-01-01', effectiveTo: null },
        { id: '2', level: 'headquarters', kind: 'regular_telework', adoption: 'widely', permanence: 'temporary', effectiveFrom: '2020-03-16', effectiveTo: '2021-06-30' },
        { id: '3', level: 'field', kind: 'full_time_telework', adoption: 'certain_functions', permanence: 'temporary', effectiveFrom: '2020-03-16', effectiveTo: '2020-12-31' },
      ],
      '2021-01-15',
    );
    expect(m.find((c) => c.level === 'headquarters' && c.kind === 'regular_telework')).toMatchObject({ adoption: 'widely', arrangementId: '2' });
    expect(m.find((c) => c.level === 'field' && c.kind === 'full_time_telework')).toMatchObject({ adoption: null });
    expect(m).toHaveLength(18);
  });
});
