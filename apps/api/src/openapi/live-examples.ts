import { IDS } from './examples';

/** Examples of the stats and live-event routes, from a bench desk (figures) and an e2e run (stream). */
export const STATS = {
  asOf: '2026-12-02T10:00:01.204Z',
  window: { from: '2026-11-02T00:00:00.000Z', to: '2026-12-03T00:00:00.000Z', bucket: 'day', outlet: null },
  claimsByStatus: {
    new: 0,
    queued: 1120,
    in_review: 212,
    awaiting_approval: 230,
    approved: 4105,
    on_hold: 70,
    escalated: 12,
    returned: 66,
    discarded: 140,
    reopened: 3,
    merged: 213,
  },
  decided: {
    total: 4190,
    byAttributionVerdict: { confirmed: 2094, misattributed: 699, distorted: 698, unverifiable: 699 },
    byClaimRating: { true: 840, mostly_true: 700, mixed: 690, misleading: 660, false: 650, unproven: 650 },
  },
  series: [{ start: '2026-12-01T00:00:00.000Z', articles: 120, claims: 360, approved: 141 }],
  intakeToApproved: { approvals: 4190, p50Seconds: 142393.5, p90Seconds: 233611.2 },
  openByPriority: { high: 410, normal: 380, low: 923 },
  overdue: { count: 1220, oldest: { claimId: IDS.claim, dueAt: '2026-11-20T08:00:00.000Z', overdueSeconds: 1065600 } },
  reviewers: [
    { id: IDS.reviewerKey, name: 'Reviewer 1', role: 'reviewer', decisions: 210, medianHandlingSeconds: 5130.4 },
  ],
  topSources: {
    byClaims: [
      { id: IDS.source, name: 'Bloomberg', type: 'media', claims: 210, decided: 40, problems: 9, problemShare: 0.225 },
    ],
    byProblemShare: [
      { id: IDS.source, name: 'Bloomberg', type: 'media', claims: 210, decided: 40, problems: 9, problemShare: 0.225 },
    ],
  },
  topRelays: { byClaims: [], byProblemShare: [] },
  precision: {
    durations:
      'percentiles from histograms with bins 10 % wide: each lies within a factor 1.1 of the exact percentile_disc',
    topLists: 'all time (the window does not apply): exact counts of claims and published verdicts',
    problemShareMinDecided: 5,
  },
};

export const STREAM_TOKEN = { token: 'fdt_3q2T7wEvJ1bQk0m4V9xZcA8rLp5sYd2H', expiresAt: '2026-12-02T10:01:00.000Z' };

export const STREAM =
  'retry: 3000\n: connected\n\n' +
  `id: 1042\nevent: claim.queued\ndata: {"claimId":"${IDS.claim}","articleId":"${IDS.article}","outlet":"MNTV",` +
  '"event":"triage","from":"new","to":"queued","actorRole":"system","priority":72,"at":"2026-12-02T10:00:00.000Z"}\n\n' +
  `id: 1043\nevent: claim.transitioned\ndata: {"claimId":"${IDS.claim}","articleId":"${IDS.article}","outlet":"MNTV",` +
  '"event":"claim","from":"queued","to":"in_review","actorRole":"reviewer","at":"2026-12-02T10:00:04.120Z"}\n\n' +
  ': heartbeat\n\n';
