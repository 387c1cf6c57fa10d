const shared = require('./jest.shared');
module.exports = { ...shared, roots: ['<rootDir>/apps', '<rootDir>/libs'], testRegex: '\\.spec\\.ts$' };
