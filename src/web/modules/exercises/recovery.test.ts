import { describe, expect, it } from 'vitest';
import { barWidths, countVerdicts, marginMinutes, objectivesFromText, previewVerdict } from './recovery.js';

describe('exercise results', () => {
  it('counts met, missed and results without an RTO', () => {
    expect(countVerdicts([{ verdict: 'met' }, { verdict: 'missed' }, { verdict: 'met' }, { verdict: 'no_objective' }])).toEqual({ met: 2, missed: 1, no_objective: 1 });
    expect(countVerdicts([])).toEqual({ met: 0, missed: 0, no_objective: 0 });
  });

  it('measures the margin against the RTO: negative when beaten, positive when missed, none without an RTO', () => {
    expect(marginMinutes({ achievedMinutes: 300, rtoMinutes: 120 })).toBe(180);
    expect(marginMinutes({ achievedMinutes: 360, rtoMinutes: 1440 })).toBe(-1080);
    expect(marginMinutes({ achievedMinutes: 120, rtoMinutes: 120 })).toBe(0);
    expect(marginMinutes({ achievedMinutes: 60, rtoMinutes: null })).toBeNull();
  });

  it('draws every bar on the scale of the longest time, achieved or objective', () => {
    expect(barWidths([
      { achievedMinutes: 300, rtoMinutes: 120 },
      { achievedMinutes: 360, rtoMinutes: 1440 },
      { achievedMinutes: 1, rtoMinutes: null },
    ])).toEqual([
      { achieved: 20.8, rto: 8.3 },
      { achieved: 25, rto: 100 },
      // Never thinner than a visible sliver.
      { achieved: 1, rto: null },
    ]);
    expect(barWidths([])).toEqual([]);
  });

  it('previews the verdict with the server rule: meeting the RTO exactly is met', () => {
    expect(previewVerdict(120, 120)).toBe('met');
    expect(previewVerdict(121, 120)).toBe('missed');
    expect(previewVerdict(60, null)).toBe('no_objective');
    expect(previewVerdict(null, 120)).toBeNull();
  });

  it('reads objectives one per line, dropping blank lines', () => {
    expect(objectivesFromText(' Pay households \n\n  Reach every staff member\n ')).toEqual(['Pay households', 'Reach every staff member']);
    expect(objectivesFromText(undefined)).toEqual([]);
  });
});
