/**
 * The shapes of the API answers the desk reads. Where a lib defines the answer, its type is imported from there,
 * type-only: `import type` is erased by the build, so the bundle gets no code from libs (tsconfig maps @factdesk/*
 * for the type checker only; Vite has no such alias, so a value import from a lib would fail the build).
 */
import type {
  ArticleListItem,
  ArticlePage,
  ArticleView,
  ClaimDetail as StoredClaimDetail,
  ClaimPage,
  ConflictView,
  EvidenceView,
  SourceDetail,
  SourceListItem,
  SourcePage,
  SourceFigure,
  StatsFigures,
} from '@factdesk/desk';
import type { Role } from '@factdesk/persistence';
import type { Caller } from '@factdesk/platform';
import type { REVIEW_MACHINE, Verdict } from '@factdesk/review';

export type {
  ArticleListItem,
  ArticlePage,
  ArticleView,
  ClaimPage as ClaimListPage,
  ConflictView,
  EvidenceView,
  Role,
  SourceDetail,
  SourceListItem,
  SourcePage,
  SourceFigure,
  StatsFigures,
  Verdict,
};
export type { ClaimListItem } from '@factdesk/desk';

/** GET /v1/session: the key the session cookie stands for. */
export type Session = Pick<Caller, 'keyId' | 'name' | 'role'> & { expiresAt: string | null };

/** The stored verdict is typed loosely (`object`) in the lib; what the API answers is the submitted verdict. */
export type ClaimDetail = Omit<StoredClaimDetail, 'verdict'> & { verdict: Verdict | null };

/** GET /v1/review/machine answers REVIEW_MACHINE as JSON. */
export type Machine = typeof REVIEW_MACHINE;
export type MachineEvent = Machine['events'][number];

/** A source's record as the speaker (with its risk) or as a relay. */
export type SourceCounts = SourceDetail['record']['asRelay'] &
  Partial<Pick<SourceDetail['record']['asSource'], 'risk'>>;

/** The part of a JSON Schema (zod's output, as the machine serves each payload) the event forms read. */
export interface JsonSchema {
  type?: string;
  enum?: string[];
  default?: unknown;
  maxLength?: number;
  format?: string;
  anyOf?: JsonSchema[];
}
