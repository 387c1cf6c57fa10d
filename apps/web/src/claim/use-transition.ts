import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';

/** Fires a review event at the version the page shows; a stale version comes back as the API's 409 message. */
export function useTransition(claimId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { event: string; expectedVersion: number; payload?: unknown }) =>
      api(`/v1/claims/${claimId}/transitions`, { method: 'POST', body: input }),
    onSettled: () =>
      Promise.all(['claim', 'claims', 'mine'].map((key) => client.invalidateQueries({ queryKey: [key] }))),
  });
}
