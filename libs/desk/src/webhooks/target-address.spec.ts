import { isPrivateAddress, urlProblem } from './target-address';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '64:ff9b::a9fe:a9fe',
    '2002:a00:1::',
    '[::1]',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('urlProblem', () => {
  it('takes http and https only, without credentials', () => {
    expect(urlProblem(new URL('https://hooks.example.org/x'))).toBeNull();
    expect(urlProblem(new URL('ftp://hooks.example.org/x'))?.reason).toMatch(/http/);
    expect(urlProblem(new URL('file:///etc/passwd'))?.reason).toMatch(/http/);
    expect(urlProblem(new URL('https://user:pw@hooks.example.org/x'))?.reason).toMatch(/credentials/);
  });
});
