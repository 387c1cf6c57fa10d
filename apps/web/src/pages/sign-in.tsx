import { type FormEvent, useState } from 'react';
import { useSignIn } from '../session';
import { ErrorNote } from '../ui';

export function SignInPage() {
  const [key, setKey] = useState('');
  const signIn = useSignIn();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(key.trim());
  };
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to factdesk</h1>
      <form onSubmit={submit}>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          value={key}
          onChange={(event) => setKey(event.target.value)}
          placeholder="fdk_…"
          required
        />
        <p className="muted">
          Your key stays on this page: the desk trades it for a session cookie and keeps only that. Ask an admin for a
          key (<code>npm run cli -- keys:create</code>).
        </p>
        <button type="submit" disabled={signIn.isPending || !key.trim()}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        <ErrorNote error={signIn.error} />
      </form>
    </main>
  );
}
