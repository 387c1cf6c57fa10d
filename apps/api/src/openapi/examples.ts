/**
 * Example payloads for the OpenAPI document, taken from a real run on the seed article (Bloomberg's report of
 * Türkiye's plans, relayed anonymous sources, the defence minister's post on X). Ids are fixed so examples agree.
 */
export const IDS = {
  article: 'f8d73d5d-65d9-489c-9a25-c4de7849977d',
  claim: '23495e93-4ba4-4cae-9bdc-be49320ed6c7',
  otherClaim: '8df5fcf9-4c5a-4d21-933f-0777aa62fa2f',
  source: 'b95418cf-8bef-49da-8e2c-c71e000fc26c',
  alias: 'a6cf1948-91c0-4cd3-81c6-e9c2fdfcfea7',
  evidence: 'bbac0a7a-cfbb-45db-af79-73eb4872c9ab',
  reviewerKey: 'a372d9e1-9d1e-4902-9235-d0c3907e9dd0',
} as const;

export const SEED_BODY_EXCERPT =
  'Bloomberg recently reported that Türkiye plans to supply Syria with armoured vehicles, drones, artillery, and ' +
  'missile systems, as part of expanded defence coordination that could extend Turkish operational range against ' +
  'Kurdish militants inside northern Syria.';

export const CLAIM = {
  id: IDS.claim,
  articleId: IDS.article,
  source: 'Bloomberg',
  sourceType: 'media',
  via: null,
  cue: 'reported',
  quote: 'indirect',
  content:
    'Türkiye plans to supply Syria with armoured vehicles, drones, artillery, and missile systems, as part of ' +
    'expanded defence coordination that could extend Turkish operational range against Kurdish militants inside ' +
    'northern Syria',
  start: 1667,
  end: 1893,
  sentence: 10,
  confidence: 0.85,
  status: 'queued',
  priority: 40,
  version: 2,
  assigneeId: null,
  lastReviewerId: null,
  leaseExpiresAt: null,
  dueAt: '2026-12-07T19:57:52.066Z',
  slaBreachedAt: null,
  verdict: null,
  holdReason: null,
  resumeAt: null,
  statusNote: null,
  sourceId: IDS.source,
  viaSourceId: null,
  checkWorthiness: 0.2,
  reach: 1,
  matchedClaim: null,
  possibleDuplicateOf: null,
  duplicateSimilarity: null,
  createdAt: '2026-12-06T19:57:51.968Z',
};

export const CLAIM_IN_REVIEW = {
  ...CLAIM,
  status: 'in_review',
  version: 3,
  assigneeId: IDS.reviewerKey,
  lastReviewerId: IDS.reviewerKey,
  leaseExpiresAt: '2026-12-06T20:27:54.882Z',
};

export const VERDICT = {
  attributionVerdict: 'confirmed',
  attributionNote: 'Bloomberg’s report of 28 October says so, citing people familiar with the plans',
  claimRating: 'unproven',
  ratingNote: 'No official confirmation from Ankara or Damascus yet',
};

export const CLAIM_AWAITING_APPROVAL = {
  ...CLAIM_IN_REVIEW,
  status: 'awaiting_approval',
  version: 4,
  verdict: VERDICT,
};

export const ARTICLE = {
  id: IDS.article,
  outlet: 'MNTV',
  url: 'https://example.com/news/syria-officers',
  headline: null,
  language: 'en',
  publishedAt: null,
  status: 'extracted',
  error: null,
  claimCount: 3,
  createdAt: '2026-12-06T19:57:51.785Z',
  claims: [CLAIM],
};

export const EVIDENCE = {
  id: IDS.evidence,
  kind: 'url',
  url: 'https://www.bloomberg.com/news/example',
  title: 'Original Bloomberg report',
  note: 'The report says Türkiye plans to supply armoured vehicles.',
  addedBy: IDS.reviewerKey,
  createdAt: '2026-12-06T19:57:55.179Z',
};

export const HISTORY_EVENT = {
  claimId: IDS.claim,
  event: 'triage',
  from: 'new',
  to: 'queued',
  actor: null,
  role: 'system',
  at: '2026-12-06T19:57:52.092Z',
  payload: { priority: 40, reasons: ['+20 source is an outlet'], dueAt: '2026-12-07T19:57:52.066Z' },
};

export const CLAIM_DETAIL = {
  ...CLAIM,
  article: {
    id: IDS.article,
    outlet: 'MNTV',
    url: 'https://example.com/news/syria-officers',
    headline: null,
    paragraph: SEED_BODY_EXCERPT,
    highlightStart: 32,
    highlightEnd: 258,
  },
  appearances: [
    {
      id: '96722c37-6b81-4d4b-a842-9d91a567b9e3',
      originClaimId: IDS.claim,
      articleId: IDS.article,
      outlet: 'MNTV',
      url: 'https://example.com/news/syria-officers',
      start: 1667,
      end: 1893,
      publishedAt: null,
      similarity: 1,
      createdAt: '2026-12-06T19:57:52.081Z',
    },
  ],
  worthinessFeatures: [
    { name: 'base', note: 'every claim starts here', value: 1, weight: 0.1, contribution: 0.1 },
    { name: 'entities', note: 'names: Türkiye, Syria', value: 1, weight: 0.1, contribution: 0.1 },
  ],
  articleUrl: null,
  note: null,
  evidence: [EVIDENCE],
  history: [HISTORY_EVENT],
  conflicts: [] as unknown[],
};

const COUNTS = {
  attribution: { confirmed: 0, misattributed: 0, distorted: 0, unverifiable: 0 },
  rating: { true: 0, mostly_true: 0, mixed: 0, misleading: 0, false: 0, unproven: 0 },
};

export const SOURCE_DETAIL = {
  id: IDS.source,
  name: 'Bloomberg',
  key: 'bloomberg',
  type: 'media',
  notes: 'Often quoted second-hand',
  createdAt: '2026-12-06T19:57:51.968Z',
  updatedAt: '2026-12-06T19:58:10.000Z',
  aliases: [
    {
      id: IDS.alias,
      alias: 'Bloomberg News',
      aliasKey: 'bloomberg news',
      createdBy: IDS.reviewerKey,
      createdAt: '2026-12-06T19:57:55.529Z',
    },
  ],
  record: {
    asSource: {
      claims: 1,
      approved: 0,
      ...COUNTS,
      risk: { risk: 0.2, decided: 0, note: 'no verdicts yet: risk is the base rate 0.2' },
    },
    asRelay: { claims: 0, approved: 0, ...COUNTS },
    unnamedSources: {
      sourceId: '7c1e9a42-6b3d-4f58-8e21-0a9b8c7d6e5f',
      name: 'sources via Bloomberg',
      claims: 1,
      approved: 0,
      ...COUNTS,
      risk: { risk: 0.2, decided: 0, note: 'no verdicts yet: risk is the base rate 0.2' },
    },
  },
  claims: [
    {
      id: IDS.claim,
      content: CLAIM.content,
      source: 'Bloomberg',
      status: 'queued',
      via: null,
      reach: 1,
      checkWorthiness: 0.2,
      verdict: null,
      articleId: IDS.article,
      createdAt: '2026-12-06T19:57:51.968Z',
    },
  ],
  relayed: [],
  history: [
    {
      id: '3e8d1c2b-9a7f-4e6d-8c5b-4a3f2e1d0c9b',
      event: 'notes_changed',
      actor: IDS.reviewerKey,
      role: 'editor',
      payload: { from: null, to: 'Often quoted second-hand' },
      at: '2026-12-06T19:58:10.000Z',
    },
  ],
};

/** A conflict as GET /v1/claims/:id lists it and as settling it answers. */
export const CONFLICT = {
  id: '6f1c2a3e-8a3b-4d6e-9f70-2b1c3d4e5f60',
  claimId: '0b7e3f2a-1c4d-4e5f-8a9b-7c6d5e4f3a21',
  figures: ['200'],
  otherFigures: ['300'],
  similarity: 0.66,
  status: 'settled',
  outcome: 'contradiction',
  note: 'The agency’s statement says 200.',
  settledBy: IDS.reviewerKey,
  settledAt: '2026-12-09T10:15:00.000Z',
  createdAt: '2026-12-09T09:02:11.000Z',
};

export const SOURCE_PAGE = {
  sources: [
    { id: IDS.source, name: 'Bloomberg', type: 'media', claimCount: 1, relayCount: 0, aliases: ['Bloomberg News'] },
  ],
  nextCursor: null,
};

export const ALIAS_CREATED = {
  ...SOURCE_DETAIL.aliases[0],
  sourceId: IDS.source,
  folded: [{ id: '5d0f7a55-2b8e-4c1a-9f0e-8d4c3b2a1f00', name: 'Bloomberg News', type: 'media' }],
  movedClaims: 2,
  movedRelays: 0,
};
