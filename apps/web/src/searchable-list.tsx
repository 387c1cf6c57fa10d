import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { api, query } from './api';
import { useListCursor } from './keyboard';
import { Link, navigate } from './router';
import { Empty, ErrorNote, Loading } from './ui';

interface Row {
  id: string;
}

/** Rows that `j`/`k` move through and `Enter` opens; each row is a link to its page and a line of `meta`. */
export function KeyboardRows<T extends Row>({
  items,
  href,
  label,
  meta,
}: {
  items: T[];
  href: (item: T) => string;
  label: (item: T) => ReactNode;
  meta: (item: T) => ReactNode;
}) {
  const cursor = useListCursor(items.length, { Enter: (index) => navigate(href(items[index])) });
  return (
    <ul className="rows">
      {items.map((item, index) => (
        <li
          key={item.id}
          ref={cursor.rowRef(index)}
          tabIndex={-1}
          className={index === cursor.index ? 'row current' : 'row'}
        >
          <Link href={href(item)}>{label(item)}</Link>
          <span className="meta">{meta(item)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A page that lists what GET /v1/`resource` answers for a search typed into one box (`q`), first 100 rows, as
 * keyboard rows; `pick` takes the rows out of the answer, `empty` says what to do when there are none. The query is
 * keyed under `resource`, so whatever makes that resource stale (an event, an edit) refetches the list too.
 */
export function SearchableList<Answer, T extends Row>({
  title,
  resource,
  searchLabel,
  pick,
  empty,
  ...rows
}: {
  title: string;
  resource: string;
  searchLabel: string;
  pick: (answer: Answer) => T[];
  empty: ReactNode;
  href: (item: T) => string;
  label: (item: T) => ReactNode;
  meta: (item: T) => ReactNode;
}) {
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: [resource, 'list', q],
    queryFn: () => api<Answer>(`/v1/${resource}${query({ q, limit: 100 })}`),
  });
  const items = list.data ? pick(list.data) : [];
  const id = `${resource}-q`;
  return (
    <>
      <h1>{title}</h1>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={id}>{searchLabel}</label>
        <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </form>
      <ErrorNote error={list.error} />
      {list.isPending ? <Loading /> : items.length ? <KeyboardRows items={items} {...rows} /> : <Empty>{empty}</Empty>}
    </>
  );
}
