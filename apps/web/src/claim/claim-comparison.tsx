import { useQuery } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { api } from '../api';
import { Link } from '../router';
import type { ClaimDetail } from '../types';
import { ErrorNote, Loading, StatusBadge } from '../ui';
import { AttributionChain } from './article-text';

/** One side of a comparison: what a reviewer weighs to tell one claim from two. */
function ClaimSide({ label, claim, figures }: { label: string; claim: ClaimDetail; figures?: string[] }) {
  return (
    <article className="compare-side" aria-label={label}>
      <h3>
        {label} <StatusBadge status={claim.status} />
      </h3>
      <blockquote>{claim.content}</blockquote>
      <AttributionChain source={claim.source} via={claim.via} outlet={claim.article?.outlet} />
      {figures ? (
        <p>
          Figures: <strong data-testid="figures">{figures.join(', ') || 'none'}</strong>
        </p>
      ) : null}
      <p className="muted">
        <Link href={`/claims/${claim.id}`}>Open this claim</Link>
        {claim.article ? ` · ${claim.article.headline ?? claim.article.outlet}` : ' · entered by hand'}
      </p>
    </article>
  );
}

/**
 * This claim beside another (a suggested duplicate, or a claim giving other figures), with the actions that settle
 * the pair below both.
 */
export function ClaimComparison({
  claim,
  otherId,
  figures,
  otherFigures,
  children,
}: {
  claim: ClaimDetail;
  otherId: string;
  figures?: string[];
  otherFigures?: string[];
  children?: ReactNode;
}) {
  const other = useQuery({
    queryKey: ['claim', otherId],
    queryFn: () => api<ClaimDetail>(`/v1/claims/${otherId}`),
  });
  return (
    <>
      <div className="side-by-side">
        <ClaimSide label="This claim" claim={claim} figures={figures} />
        {other.data ? (
          <ClaimSide label="The other claim" claim={other.data} figures={otherFigures} />
        ) : other.error ? (
          <ErrorNote error={other.error} />
        ) : (
          <Loading />
        )}
      </div>
      {children}
    </>
  );
}
