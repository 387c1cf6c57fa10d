/** An answer of the desk API that was not a success, with the API's own plain-words `message`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
}

/**
 * Every call goes to the same origin with the session cookie; X-Requested-With is what the api asks of cookie writes
 * (CSRF), so it is sent always.
 */
export async function api<T>(path: string, { method = 'GET', body }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { 'x-requested-with': 'factdesk-web' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'The desk cannot be reached. Check your connection and try again.');
  }
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON (a proxy's error page): the status alone speaks
  }
  if (!response.ok) {
    const answer = (data ?? {}) as { message?: unknown; details?: unknown };
    const message = typeof answer.message === 'string' ? answer.message : `The desk answered ${response.status}.`;
    throw new ApiError(response.status, message, answer.details);
  }
  return data as T;
}

export const query = (params: Record<string, string | number | boolean | string[] | undefined | null>): string => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(name, String(one));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};
