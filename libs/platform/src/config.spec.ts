import { ConfigError, loadConfig, redisConnectionSettings } from './config';

describe('loadConfig', () => {
  it('defaults to the local services', () => {
    const sut = loadConfig({});
    expect(sut.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/factdesk');
    expect(sut.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(sut.PORT).toBe(3000);
  });

  it('coerces numbers and treats empty strings as unset', () => {
    const sut = loadConfig({ PORT: '8080', LOG_LEVEL: '' });
    expect(sut.PORT).toBe(8080);
    expect(sut.LOG_LEVEL).toBe('info');
  });

  it.each([
    ['DATABASE_URL', 'mysql://root@localhost/x'],
    ['DATABASE_URL', 'postgres://postgres@localhost'],
    ['REDIS_URL', 'redis://localhost:6379/abc'],
    ['PORT', 'eighty'],
    ['LOG_LEVEL', 'loud'],
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
