import { useEffect, useRef, useState } from 'react';

/** Keys typed into a field are the field's, never shortcuts. */
const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** One page-wide shortcut per key (`n`, `a`, `r`, ...); without modifiers, outside fields. */
export function useShortcuts(handlers: Record<string, () => void>): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const handler = current.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** `j`/`k` move a cursor through a list of `count` rows; the row at the cursor gets focus. */
export function useListCursor(count: number, extra: Record<string, (index: number) => void> = {}) {
  const [index, setIndex] = useState(0);
  const rows = useRef<(HTMLElement | null)[]>([]);
  const at = Math.min(index, Math.max(count - 1, 0));
  const move = (step: number) => {
    const next = Math.max(0, Math.min(count - 1, at + step));
    setIndex(next);
    rows.current[next]?.focus();
  };
  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    ...Object.fromEntries(Object.entries(extra).map(([key, run]) => [key, () => count > 0 && run(at)])),
  });
  return {
    index: at,
    setIndex,
    rowRef: (row: number) => (element: HTMLElement | null) => {
      rows.current[row] = element;
    },
  };
}
