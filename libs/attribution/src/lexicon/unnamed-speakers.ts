// Speakers a text does not name: unnamed sources, speaking groups and the pronouns that stand for them.

/** Head nouns of unnamed sources: "sources", "officials familiar with ...", "people familiar with the matter". */
export const ANONYMOUS_HEADS = new Set([
  'source',
  'sources',
  'official',
  'officials',
  // Only the plural: an "officer" is as often a named chief executive's title.
  'officers',
  'people',
  'person',
  'persons',
  'insider',
  'insiders',
  'diplomat',
  'diplomats',
  'aide',
  'aides',
  'someone',
  'individuals',
  'individual',
  'staffers',
  'residents',
  'witnesses',
  'villagers',
  'employees',
  'workers',
  'locals',
  'passengers',
  'bystanders',
  'delegate',
  'delegates',
  'friend',
  'friends',
  'user',
  'users',
  'fan',
  'fans',
  'passenger',
  'farmers',
  'growers',
  'traders',
]);

/** Groups of experts, who speak as a group ("Analysts said") and mark an organisation's staff ("analysts at"). */
export const EXPERT_GROUPS = ['observers', 'analysts', 'researchers', 'scientists', 'experts', 'economists'];

/** Plural heads of speaking groups, named or not: who a "they" can be when the group opened the sentence before. */
export const GROUP_HEADS = new Set([
  ...[...ANONYMOUS_HEADS].filter((word) => word.endsWith('s') || word === 'people'),
  ...EXPERT_GROUPS,
  'prosecutors',
  'investigators',
  'regulators',
  'rebels',
  'teachers',
  'parents',
  'doctors',
  'nurses',
  'protesters',
  'activists',
  'campaigners',
  'critics',
]);

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const GROUP_PRONOUNS = new Set(['it', 'they']);
