import { describe, expect, it } from 'vitest';
import { compareOptions } from '../src/options/compare-options.js';
import type { OptionResult } from '../src/options/option-result.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';

const lagged = (wanLinkMbps: number) =>
  compareOptions(withInputs({ wan_link_mbps: wanLinkMbps }), reference, { options: ['dag-lagged-dr'] })
    .options[0] as OptionResult;
const n = (value: unknown) => Number(value);
/** The shipped office-day profile, % of the day's logs an hour (data/log-generation-by-hour.csv, an assumption). */
const PROFILE = [1, 1, 1, 1, 1, 1, 3, 4, 8, 9, 9, 8, 7, 8, 9, 8, 7, 5, 3, 2, 1, 1, 1, 1];

/** The backlog hour by hour, day after day until it repeats: the steady state, worked independently of the model. */
function steadyWorstBacklog(perDayGB: number, capacityGBPerHour: number): number {
  let backlog = 0;
  let worst = 0;
  for (let day = 0; day < 10; day++) {
    worst = 0;
    for (const share of PROFILE) {
      backlog = Math.max(0, backlog + (perDayGB * share) / 100 - capacityGBPerHour);
      worst = Math.max(worst, backlog);
    }
  }
  return worst;
}

describe('a WAN link short at the peak: the DR copies fall behind, and a site loss loses what they lag by [S13]', () => {
  it('the shipped dag-lagged-dr on a 100 Mbit/s link: 244 minutes behind by 17:00, caught up by midnight', () => {
    const o = lagged(100);
    // 525.176847 GB of logs a day to the one lagged DR copy; 70 % of 100 Mbit/s = 70 Mbit/s = 70 / 8.388608 MB/s
    // = 29.336661 GB an hour. From 08:00 each hour of 8 % or more brings more than that: 8 % = 42.014 GB, 12.678 over;
    // 9 % 17.929 over; 7 % 7.426 over. By the end of 16:00: 12.678 + 17.929 x 2 + 12.678 + 7.426 + 12.678 + 17.929 +
    // 12.678 + 7.426 = 119.349 GB not yet shipped; 17:00 (5 %) starts to drain it and 23:00 ends the day current.
    // 119.349 / 29.336661 x 60 = 244.095566 minutes behind.
    expect(o.figures.wanUsableGBPerHour).toBe('29.336661');
    expect(o.figures.wanBacklogAtMidnightGB).toBe('0');
    expect(o.figures.wanWorstLagMinutes).toBe('244.095566');
    expect(n(o.figures.wanWorstLagMinutes)).toBeCloseTo(
      (steadyWorstBacklog(525.176847, 29.336661) / 29.336661) * 60,
      3,
    );
    // The site loss data loss: the copy queue of a datacenter switchover (1 minute) plus that lag.
    expect(o.figures.siteLossDataLossMinutes).toBe('245.095566');
    expect(o.valid).toBe(true);
    expect(o.warnings.find((w) => w.code === 'wan-bandwidth')?.message).toMatch(/up to 245 minutes behind/);
  });

  it('a link barely above the day’s average: the backlog runs past midnight, and the second day is the steady one', () => {
    const o = lagged(77);
    // 70 % of 77 Mbit/s carries 22.589229 GB an hour, 542 GB a day, above the 525 GB a day brings: it keeps up, but
    // the evening leaves some not shipped at midnight, which the next morning adds to.
    const capacity = n(o.figures.wanUsableGBPerHour);
    expect(capacity).toBeCloseTo(((53.9 / 8.388608) * 3.6) / 1.024, 6);
    expect(o.figures.wanKeepsUp).toBe(true);
    expect(n(o.figures.wanBacklogAtMidnightGB)).toBeGreaterThan(0);
    expect(n(o.figures.wanWorstLagMinutes)).toBeCloseTo((steadyWorstBacklog(525.176847, capacity) / capacity) * 60, 3);
  });

  it('a link that cannot ship a day in a day: the site loss protection does not hold, the design is invalid', () => {
    const o = lagged(20);
    // 70 % of 20 Mbit/s = 5.867332 GB an hour, 140.8 GB a day, against 525.2 GB: ever further behind.
    expect(o.figures.wanKeepsUp).toBe(false);
    expect(o.valid).toBe(false);
    expect(o.warnings.find((w) => w.code === 'wan-keeps-up')?.severity).toBe('unbuildable');
  });

  it('the shipped dag-srm on a 1 Gbit/s link: a day of array replication (5 % of 203,562 GB) is more than it ships', () => {
    // The shipped link is 10 Gbit/s (data/scenario-parameters.csv) for this reason.
    const srm = compareOptions(withInputs({ wan_link_mbps: 1000 }), reference, { options: ['dag-srm'] })
      .options[0] as OptionResult;
    // 203,561.777 GB replicated x 5 % = 10,178.09 GB a day; 29.336661 x 10 x 24 = 7,040.8 GB a day at 70 % of 1 Gbit/s.
    expect(srm.figures.wanReplicationPerDayGB).toBe('10178.088852');
    expect(n(srm.figures.wanUsableGBPerHour) * 24).toBeCloseTo(7040.8, 1);
    expect(srm.valid).toBe(false);
    expect(srm.warnings.map((w) => w.code)).toContain('wan-keeps-up');
    // Its DR site falls ever further behind: a site loss is not protected, whatever it would recover.
    expect([srm.figures.siteLossProtected, srm.figures.siteLossDataLossMinutes]).toEqual([false, 'not protected']);
  });

  it('array replication counts its whole day of changed blocks, even replicated once a day', () => {
    const daily = compareOptions(
      withInputs({ srm_replication_interval_minutes: 1440, wan_link_mbps: 1000 }),
      reference,
      {
        options: ['dag-srm'],
      },
    ).options[0] as OptionResult;
    // The interval spreads the peak, not the day: 10,178.09 GB a day still, more than the link ships in a day.
    expect(daily.figures.wanReplicationPerDayGB).toBe('10178.088852');
    expect(daily.figures.wanKeepsUp).toBe(false);
    expect(daily.valid).toBe(false);
  });
});
