import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Sentences written for this test (not taken from the fixtures).

describe('extract: an organisation named by its kind and what it serves', () => {
  it.each<ClaimCase>([
    {
      rule: 'keeps a title word that qualifies the kind ("General Directorate of Customs"), and "the directorate" is it',
      text: 'Officers seized 40 kilograms of cocaine at the port, the General Directorate of Customs said on Monday. The directorate said two sailors had been arrested.',
      claims: [
        { source: 'General Directorate of Customs', content: 'Officers seized 40 kilograms of cocaine at the port' },
        { source: 'General Directorate of Customs', content: 'two sailors had been arrested' },
      ],
    },
    {
      rule: 'reads "the inspectorate" as the one named with what it serves after its kind, not as its first two words',
      text: 'The National Inspectorate for Road Safety said 312 people died on the roads in 2025. The inspectorate said speeding caused most crashes.',
      find: { 'speeding caused': { source: 'National Inspectorate for Road Safety' } },
    },
    {
      rule: 'names a kind serving a list of three closed by "and" in full ("Ministry of Agriculture, Forestry and Fisheries")',
      text: 'The Ministry of Agriculture, Forestry and Fisheries will pay farmers 2 billion yen in drought aid, the ministry said.',
      first: { source: 'Ministry of Agriculture, Forestry and Fisheries' },
    },
    {
      rule: 'does not take a second body joined by "and" into the name ("the Bank of Ghana and Reuters")',
      text: 'Analysts at the Bank of Ghana and Reuters counted 14 new lenders in 2025, the bank said.',
      first: { source: 'Bank of Ghana' },
    },
    {
      rule: 'still strips a title before a person ("General Oleh Marchenko")',
      text: 'General Oleh Marchenko said the front line had held through the night.',
      first: { source: 'Oleh Marchenko', sourceType: 'person' },
    },
  ])('$rule', expectClaims);
});
