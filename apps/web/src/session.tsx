import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from './api';
import type { Session } from './types';

export const SESSION_KEY = ['session'] as const;

/** Who is signed in: null when nobody is (the api answered 401). */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: () =>
      api<Session>('/v1/session').catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }),
    staleTime: Infinity,
  });
}

/** Another person's figures must not show for a moment; the session query itself stays, so the shell sees the change. */
const forgetAllButSession = (client: QueryClient) =>
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => api<Session>('/v1/session', { method: 'POST', body: { key } }),
    onSuccess: (session) => {
      forgetAllButSession(client);
      client.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/v1/session', { method: 'DELETE' }),
    onSettled: () => {
      forgetAllButSession(client);
      client.setQueryData(SESSION_KEY, null);
    },
  });
}

export const isEditor = (session: Session | null | undefined): boolean =>
  session?.role === 'editor' || session?.role === 'admin';
