import { articleBody, waitForArticle } from '../support/articles';
import { http } from '../support/http';
import { runCli } from '../support/processes';
import { type Stack, startStack } from '../support/stack';

describe('no key, secret or token in any log line (e2e)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ env: { LOG_LEVEL: 'debug' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('runs a flow with every kind of credential and finds none of them in the api or worker output', async () => {
    const created = runCli(['keys:create', '--role', 'editor', '--name', 'Logged', '--json'], stack.env);
    const editor = JSON.parse(created.stdout.trim().split('\n').pop()!) as { id: string; key: string };
    const rotated = JSON.parse(
      runCli(['keys:rotate', editor.id, '--grace', '1h', '--json'], stack.env).stdout.trim().split('\n').pop()!,
    ) as { key: string };

    const article = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: { outlet: 'Log Wire', body: articleBody(3) },
    });
    expect(article.status).toBe(202);
    await waitForArticle(stack, article.body.id);
    for (const key of [editor.key, rotated.key]) {
      expect((await http(stack.baseUrl, 'GET', `/v1/articles/${article.body.id}`, { key })).status).toBe(200);
    }
    const token = (await stack.request('POST', '/v1/events/token', { as: 'reviewer' })).body.token as string;
    const stream = await fetch(`${stack.baseUrl}/v1/events?token=${token}&lastEventId=0`, {
      signal: AbortSignal.timeout(1_000),
    }).catch(() => null);
    await stream?.body?.cancel().catch(() => undefined);
    const wrong = 'fdk_wrongwrongwrongwrongwrongwrongwr';
    expect((await http(stack.baseUrl, 'GET', '/v1/review/machine', { key: wrong })).status).toBe(401);

    const output = stack.api!.output() + stack.worker!.output();
    expect(output).toContain('"url":"/v1/events?token=[Redacted]');
    const secrets = [...Object.values(stack.keys), editor.key, rotated.key, token, wrong];
    for (const secret of secrets)
      expect({ secret, logged: output.includes(secret) }).toEqual({ secret, logged: false });
  });
});
