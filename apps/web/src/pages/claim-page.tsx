import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { ArticleText, AttributionChain } from '../claim/article-text';
import { EventForm } from '../claim/event-form';
import { DUPLICATE_EVENTS, DuplicateSuggestion } from '../claim/duplicate-suggestion';
import { EvidencePanel } from '../claim/evidence-panel';
import { FigureConflicts } from '../claim/figure-conflicts';
import { useTransition } from '../claim/use-transition';
import { VerdictForm } from '../claim/verdict-form';
import { allowedEvents, allowsAction } from '../machine';
import { Link } from '../router';
import { useSession } from '../session';
import type { ArticleView, ClaimDetail, Machine, Session, SourceDetail } from '../types';
import { ErrorNote, Loading, StatusBadge, when, words } from '../ui';

export const useMachine = () =>
  useQuery({ queryKey: ['machine'], queryFn: () => api<Machine>('/v1/review/machine'), staleTime: Infinity });

function TrackRecord({ id, as }: { id: string | null; as: 'asSource' | 'asRelay' }) {
  const source = useQuery({
    queryKey: ['sources', id],
    queryFn: () => api<SourceDetail>(`/v1/sources/${id}`),
    enabled: Boolean(id),
    retry: false,
  });
  const record = source.data?.record[as];
  if (!id || !record) return null;
  const problems = (record.attribution.misattributed ?? 0) + (record.attribution.distorted ?? 0);
  return (
    <p className="muted">
      <Link href={`/sources/${id}`}>{source.data?.name}</Link> as {as === 'asSource' ? 'source' : 'relay'}:{' '}
      {record.claims} claims, {record.approved} verdicts, {problems} misattributed or distorted
    </p>
  );
}

function ClaimView({ claim, machine, me }: { claim: ClaimDetail; machine: Machine; me: Session }) {
  const article = useQuery({
    queryKey: ['articles', claim.articleId],
    queryFn: () => api<ArticleView>(`/v1/articles/${claim.articleId}`),
    enabled: Boolean(claim.articleId),
  });
  const transition = useTransition(claim.id);
  const actor = { keyId: me.keyId, role: me.role };
  const allowed = allowedEvents(machine, claim, actor);
  const can = (name: string) => allowed.some((event) => event.name === name);
  const fire = (event: string, payload?: unknown) =>
    transition.mutate({ event, expectedVersion: claim.version, ...(payload ? { payload } : {}) });
  // Duplicate suggestions are settled beside the suggested twin, not in the action bar.
  const buttons = allowed.filter(
    (event) => event.name !== 'submit' && !(DUPLICATE_EVENTS as readonly string[]).includes(event.name),
  );

  return (
    <div className="claim-layout">
      <div>
        <div className="page-head">
          <h1>
            {claim.source} {claim.cue}
          </h1>
          <StatusBadge status={claim.status} />
        </div>
        <AttributionChain source={claim.source} via={claim.via} outlet={claim.article?.outlet} />
        <blockquote className="claim-content">{claim.content}</blockquote>
        <p className="muted">
          Priority {claim.priority} · due {when(claim.dueAt)}
          {claim.leaseExpiresAt ? ` · lease until ${when(claim.leaseExpiresAt)}` : ''}
          {claim.statusNote ? ` · ${claim.statusNote}` : ''}
        </p>
        {claim.matchedClaim ? (
          <p role="status">
            Merged into <Link href={`/claims/${claim.matchedClaim.id}`}>the claim the desk verifies</Link> (
            {words(claim.matchedClaim.status)}).
          </p>
        ) : null}
        <TrackRecord id={claim.sourceId} as="asSource" />
        <TrackRecord id={claim.viaSourceId} as="asRelay" />
        <section aria-label="Actions" className="actions" data-testid="actions">
          {buttons.map((event) => (
            <EventForm
              key={event.name}
              event={event}
              busy={transition.isPending}
              onFire={(payload) => fire(event.name, payload)}
            />
          ))}
          {buttons.length === 0 && !can('submit') ? (
            <span className="muted">Nothing for you to do on this claim now.</span>
          ) : null}
        </section>
        <ErrorNote error={transition.error} />
        {claim.verdict ? (
          <section aria-labelledby="proposed-title">
            <h2 id="proposed-title">Proposed verdict</h2>
            <p>
              Attribution <strong>{words(claim.verdict.attributionVerdict)}</strong>: {claim.verdict.attributionNote}
            </p>
            <p>
              Claim <strong>{words(claim.verdict.claimRating)}</strong>: {claim.verdict.ratingNote}
            </p>
          </section>
        ) : null}
        <DuplicateSuggestion
          claim={claim}
          allowed={DUPLICATE_EVENTS.filter(can)}
          busy={transition.isPending}
          fire={(event, payload) => fire(event, payload)}
        />
        <FigureConflicts claim={claim} role={me.role} />
        <EvidencePanel
          claimId={claim.id}
          evidence={claim.evidence}
          canChange={allowsAction(machine, 'change_evidence', claim, actor)}
          myKeyId={me.keyId}
        />
        {can('submit') ? (
          <VerdictForm
            attributionVerdicts={machine.verdict.attributionVerdicts}
            claimRatings={machine.verdict.claimRatings}
            busy={transition.isPending}
            onSubmit={(verdict) => fire('submit', verdict)}
          />
        ) : null}
        <section aria-labelledby="history-title">
          <h2 id="history-title">History</h2>
          <ol className="history">
            {claim.history.map((entry, index) => (
              <li key={`${entry.at}-${index}`}>
                <time dateTime={entry.at}>{when(entry.at)}</time> <strong>{words(entry.event)}</strong>
                {entry.from && entry.to && entry.from !== entry.to
                  ? ` ${words(entry.from)} → ${words(entry.to)}`
                  : ''}{' '}
                by {entry.actorName ?? entry.role}
              </li>
            ))}
          </ol>
        </section>
        {claim.appearances.length > 1 ? (
          <section aria-labelledby="appearances-title">
            <h2 id="appearances-title">Appearances in other articles</h2>
            <ul>
              {claim.appearances.map((appearance) => (
                <li key={appearance.id}>
                  <Link href={`/articles/${appearance.articleId}`}>{appearance.outlet}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <aside aria-label="Article">
        <h2>
          {claim.article ? (
            <Link href={`/articles/${claim.article.id}`}>{claim.article.headline ?? claim.article.outlet}</Link>
          ) : (
            'Entered by hand'
          )}
        </h2>
        {article.data?.body ? <ArticleText body={article.data.body} start={claim.start} end={claim.end} /> : null}
        <ErrorNote error={article.error} />
      </aside>
    </div>
  );
}

export function ClaimPage({ id }: { id: string }) {
  const session = useSession();
  const machine = useMachine();
  const claim = useQuery({ queryKey: ['claim', id], queryFn: () => api<ClaimDetail>(`/v1/claims/${id}`) });
  if (claim.error || machine.error) return <ErrorNote error={claim.error ?? machine.error} />;
  if (!claim.data || !machine.data || !session.data) return <Loading />;
  return <ClaimView claim={claim.data} machine={machine.data} me={session.data} />;
}
