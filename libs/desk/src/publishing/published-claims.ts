import { type EntityManager } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { type PublishedAppearance, type PublishedClaim, type Verdict } from '@factdesk/review';

interface ClaimRow {
  id: string;
  content: string;
  source_name: string;
  source_type: string;
  via: string | null;
  verdict: Verdict;
  first_approved_at: Date | null;
  decided_at: Date;
  created_at: Date;
  article_url: string | null;
}

interface AppearanceRow {
  claim_id: string;
  outlet: string | null;
  url: string | null;
  headline: string | null;
  language: string | null;
  published_at: Date | null;
  created_at: Date;
}

/**
 * The registry's names where the claim has a row there (a rename reaches published reviews), else the claim's own; an
 * unnamed source keeps its words ("officials"), not its registry row ("sources via Delfi"). The first approval is
 * the earliest approve event, or decided_at (what the feed pages by) for a claim approved once: the event is written
 * a moment after decided_at in the same transaction, and the feed's `since` must find a review at its datePublished.
 */
const CLAIMS = `
  SELECT c.id, c.content,
         CASE WHEN c.source_type = 'anonymous' THEN c.source_name ELSE coalesce(s.name, c.source_name) END AS source_name,
         coalesce(s.type, c.source_type) AS source_type, coalesce(v.name, c.via) AS via,
         c.verdict, c.decided_at, c.created_at, c.article_url,
         least(c.decided_at, (SELECT min(e.created_at) FROM review_events e
                               WHERE e.claim_id = c.id AND e.event = 'approve')) AS first_approved_at
    FROM claims c
    LEFT JOIN sources s ON s.id = c.source_id
    LEFT JOIN sources v ON v.id = c.via_source_id
   WHERE c.id = ANY(:ids::uuid[]) AND c.review_status = 'approved'`;

const APPEARANCES = `
  SELECT a.claim_id, coalesce(a.outlet, ar.outlet) AS outlet, coalesce(a.url, ar.url) AS url, ar.headline, ar.language,
         coalesce(a.published_at, ar.published_at) AS published_at, a.created_at
    FROM claim_appearances a
    LEFT JOIN articles ar ON ar.id = a.article_id
   WHERE a.claim_id = ANY(:ids::uuid[])`;

const toAppearance = (row: AppearanceRow): PublishedAppearance => ({
  outlet: row.outlet,
  url: row.url,
  headline: row.headline,
  language: row.language,
  publishedAt: row.published_at,
  seenAt: row.created_at,
});

/** The approved claims among `ids`, in the order given, with what their ClaimReview needs; others are left out. */
export async function publishedClaims(manager: EntityManager, ids: string[]): Promise<PublishedClaim[]> {
  if (ids.length === 0) return [];
  const [claims, appearances] = await Promise.all([
    manager.query<ClaimRow[]>(...bind(CLAIMS, { ids })),
    manager.query<AppearanceRow[]>(...bind(APPEARANCES, { ids })),
  ]);
  const byId = new Map(claims.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        content: row.content,
        source: { name: row.source_name, type: row.source_type },
        via: row.via,
        verdict: row.verdict,
        firstApprovedAt: row.first_approved_at ?? row.decided_at,
        approvedAt: row.decided_at,
        createdAt: row.created_at,
        articleUrl: row.article_url,
        appearances: appearances.filter((appearance) => appearance.claim_id === id).map(toAppearance),
      },
    ];
  });
}
