import { ConfigError, loadConfig, redisConnectionSettings } from './config';

describe('loadConfig', () => {
  it('defaults to the local services', () => {
    const sut = loadConfig({});
    expect(sut.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/factdesk');
    expect(sut.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(sut.PORT).toBe(3000);
    expect(sut.DATABASE_READ_URL).toBeUndefined();
  });

  it('takes a read replica URL', () => {
    expect(loadConfig({ DATABASE_READ_URL: 'postgres://replica:5432/factdesk' }).DATABASE_READ_URL).toBe(
      'postgres://replica:5432/factdesk',
    );
  });

  it('coerces numbers and treats empty strings as unset', () => {
    const sut = loadConfig({ PORT: '8080', LOG_LEVEL: '' });
    expect(sut.PORT).toBe(8080);
    expect(sut.LOG_LEVEL).toBe('info');
  });

  it('keeps operator files under the XDG state directory unless STATE_DIR says otherwise', () => {
    expect(loadConfig({ HOME: '/home/ana' }).STATE_DIR).toBe('/home/ana/.local/state/factdesk');
    expect(loadConfig({ HOME: '/home/ana', XDG_STATE_HOME: '/var/state' }).STATE_DIR).toBe('/var/state/factdesk');
    expect(loadConfig({ STATE_DIR: '/srv/factdesk' }).STATE_DIR).toBe('/srv/factdesk');
  });

  it('reads review policy flags as booleans, on by default', () => {
    expect(loadConfig({}).REQUIRE_SECOND_APPROVER).toBe(true);
    expect(loadConfig({ REQUIRE_SECOND_APPROVER: 'false' }).REQUIRE_SECOND_APPROVER).toBe(false);
    expect(loadConfig({}).REVIEW_MAX_LEASES).toBe(5);
  });

  it('derives the ClaimReview url template from DESK_URL unless given one', () => {
    expect(loadConfig({}).CLAIMREVIEW_URL_TEMPLATE).toBe('http://localhost:3000/fact-checks/{id}');
    expect(loadConfig({ DESK_URL: 'https://desk.example/' }).CLAIMREVIEW_URL_TEMPLATE).toBe(
      'https://desk.example/fact-checks/{id}',
    );
    expect(
      loadConfig({ CLAIMREVIEW_URL_TEMPLATE: 'https://news.example/checks/{id}.html' }).CLAIMREVIEW_URL_TEMPLATE,
    ).toBe('https://news.example/checks/{id}.html');
    expect(loadConfig({}).PUBLIC_CLAIMREVIEW).toBe(false);
  });

  it.each([
    ['REQUIRE_SECOND_APPROVER', 'no'],
    ['REVIEW_MAX_LEASES', '0'],
    ['DATABASE_URL', 'mysql://root@localhost/x'],
    ['DATABASE_URL', 'postgres://postgres@localhost'],
    ['DATABASE_READ_URL', 'http://replica:5432/factdesk'],
    ['DATABASE_READ_URL', 'postgres://replica:5432'],
    ['READ_AFTER_WRITE_SECONDS', '0'],
    ['REDIS_URL', 'redis://localhost:6379/abc'],
    ['PORT', 'eighty'],
    ['LOG_LEVEL', 'loud'],
    ['DESK_URL', 'ftp://desk.example'],
    ['DESK_LANGUAGE', 'english please'],
    ['CLAIMREVIEW_URL_TEMPLATE', 'https://desk.example/fact-checks/'],
    ['CLAIMREVIEW_URL_TEMPLATE', 'javascript:{id}'],
    ['PUBLIC_CLAIMREVIEW', 'yes'],
  ])('rejects a bad %s naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});

describe('redisConnectionSettings', () => {
  it('honours the database index, credentials and port', () => {
    expect(redisConnectionSettings('redis://user:p%40ss@cache:6380/3')).toEqual({
      host: 'cache',
      port: 6380,
      db: 3,
      username: 'user',
      password: 'p@ss',
      tls: undefined,
    });
  });

  it('defaults to database 0 on port 6379', () => {
    expect(redisConnectionSettings('redis://127.0.0.1')).toMatchObject({ port: 6379, db: 0 });
  });
});
