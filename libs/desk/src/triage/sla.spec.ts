import { slaSchedule } from './sla';

const CONFIG = { SLA_HOURS_HIGH: 4, SLA_HOURS_NORMAL: 24, SLA_HOURS_LOW: 72, SLA_TIMER_STEP_SECONDS: 60 };
const NOW = new Date('2026-11-25T10:00:30Z');

describe('slaSchedule', () => {
  it.each([
    [90, 4],
    [70, 4],
    [69, 24],
    [40, 24],
    [39, 72],
    [0, 72],
  ])('priority %i is due in %i hours', (priority, hours) => {
    expect(slaSchedule(CONFIG, priority, NOW).dueAt).toEqual(new Date(NOW.getTime() + hours * 3_600_000));
  });

  it('rounds the timer up to the next step, so claims due in the same minute share one job', () => {
    const sut = slaSchedule(CONFIG, 90, NOW);
    expect(sut.timer.runAt).toEqual(new Date('2026-11-25T14:01:00Z'));
    expect(slaSchedule(CONFIG, 90, new Date('2026-11-25T10:00:59Z')).timer.jobId).toBe(sut.timer.jobId);
  });
});
