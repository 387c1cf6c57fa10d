import { useEffect, useRef } from 'react';

/** The article body with the claim's span (its character offsets) marked and scrolled into view. */
export function ArticleText({ body, start, end }: { body: string; start: number | null; end: number | null }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => mark.current?.scrollIntoView?.({ block: 'center' }), [start, end]);
  const valid = start !== null && end !== null && start >= 0 && end <= body.length && start < end;
  return (
    <div className="article-text" tabIndex={0} aria-label="Article text">
      {valid ? (
        <>
          {body.slice(0, start)}
          <mark ref={mark} data-testid="claim-span" aria-label="Attributed claim">
            {body.slice(start, end)}
          </mark>
          {body.slice(end)}
        </>
      ) : (
        body
      )}
    </div>
  );
}

/** How the claim travelled: "sources → Al-Araby Al-Jadeed → MNTV" (speaker, relay, the outlet that printed it). */
export function AttributionChain({ source, via, outlet }: { source: string; via: string | null; outlet?: string }) {
  const hops = [source, via, outlet].filter((hop): hop is string => Boolean(hop));
  return (
    <ol className="chain" aria-label="Chain of attribution">
      {hops.map((hop, index) => (
        <li key={`${hop}-${index}`}>{hop}</li>
      ))}
    </ol>
  );
}
