// Path aliases mirror tsconfig.json "paths"; swc compiles TypeScript with decorator metadata for Nest.
// NestJS 12 ships ES modules only: Node 20 loads them through require(esm), Jest's module system does not, so
// Jest compiles @nestjs/* to CommonJS with the same transform.
const path = require('path');
const libs = ['attribution', 'review', 'persistence', 'queue', 'platform', 'desk', 'matching'];
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.(ts|js|mjs)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|eventsource-parser)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: Object.fromEntries(
    libs.map((lib) => [`^@factdesk/${lib}$`, path.join(__dirname, `libs/${lib}/src`)]),
  ),
};
