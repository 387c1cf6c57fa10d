import { printChaosReport } from '../chaos/chaos';
import { runChaos } from '../chaos/chaos-run';

// `npm run chaos -- --short` as part of `npm test`: two api and two worker processes, workers SIGKILLed every 3 s, an
// api killed once and Redis restarted once while articles arrive and reviewers decide; PostgreSQL must show nothing
// lost, nothing doubled, an audit event for every transition, and every event delivered to a webhook at least once.
describe('chaos (short): processes and Redis die under load', () => {
  it('loses nothing, doubles nothing and keeps every audit trail', async () => {
    const report = await runChaos({ articles: 300, perSecond: 15, killEveryMs: 3_000 });
    printChaosReport(report);
    expect(report.articles).toBe(300);
    expect(report.claims).toBeGreaterThan(300);
    expect(report.restarts).toEqual({ worker: expect.any(Number), api: 1, redis: 1 });
    expect(report.restarts.worker).toBeGreaterThanOrEqual(2);
    expect({ lost: report.lost, duplicated: report.duplicated, brokenTrails: report.brokenTrails }).toEqual({
      lost: 0,
      duplicated: 0,
      brokenTrails: 0,
    });
    expect(report.webhooks.events).toBeGreaterThan(report.claims);
    expect({ missing: report.webhooks.missing, wrong: report.webhooks.wrong }).toEqual({ missing: 0, wrong: 0 });
  }, 300_000);
});
