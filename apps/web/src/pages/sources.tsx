import { SearchableList } from '../searchable-list';
import type { SourcePage } from '../types';

export function SourcesPage() {
  return (
    <SearchableList
      title="Sources"
      resource="sources"
      searchLabel="Search names and aliases"
      pick={(answer: SourcePage) => answer.sources}
      href={(source) => `/sources/${source.id}`}
      label={(source) => source.name}
      meta={(source) => (
        <>
          {source.type} · {source.claimCount} claims · relayed {source.relayCount}
          {source.aliases.length ? ` · also ${source.aliases.join(', ')}` : ''}
        </>
      )}
      empty="No source matches. Try part of a name, or fewer letters."
    />
  );
}
