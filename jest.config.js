const shared = require('./jest.shared');
module.exports = {
  ...shared,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test/eval'],
  testRegex: '\\.spec\\.ts$',
};
