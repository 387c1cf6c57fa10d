// Path aliases mirror tsconfig.json "paths"; swc compiles TypeScript with decorator metadata for Nest.
const path = require('path');
const libs = ['attribution', 'review', 'persistence', 'queue', 'platform', 'desk'];
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: Object.fromEntries(
    libs.map((lib) => [`^@factdesk/${lib}$`, path.join(__dirname, `libs/${lib}/src`)]),
  ),
};
