const shared = require('../jest.shared');
module.exports = {
  ...shared,
  roots: ['<rootDir>/test'],
  testRegex: '\\.e2e-spec\\.ts$',
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
};
