/** Head nouns of unnamed sources: "sources", "officials familiar with ...", "people familiar with the matter". */
export const ANONYMOUS_HEADS = new Set(['source', 'sources', 'official', 'officials', 'people', 'person', 'persons', 'insider',
  'insiders', 'diplomat', 'diplomats', 'aide', 'aides', 'someone', 'individuals', 'individual', 'staffers', 'residents',
  'witnesses', 'villagers', 'employees', 'workers', 'locals', 'passengers', 'bystanders', 'delegate', 'delegates', 'friend',
  'friends', 'user', 'users', 'fan', 'fans', 'passenger', 'farmers', 'growers', 'traders']);

/** Heads of document sources: reports, studies, polls, filings, data releases. */
export const DOCUMENT_HEADS = new Set(['report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'filing',
  'filings', 'data', 'figures', 'statistics', 'projections', 'forecast', 'forecasts', 'documents', 'document', 'analysis',
  'audit', 'records', 'census', 'research', 'paper', 'review', 'assessment', 'estimates', 'memo', 'minutes', 'ruling',
  'judgment', 'indictment', 'complaint', 'lawsuit', 'letter', 'transcript', 'dossier', 'index', 'model', 'models',
  'emails', 'images', 'footage', 'recordings', 'sheet', 'petition', 'preprint', 'trial', 'trials', 'note', 'outlook',
  // A body's written rules, which "according to" cites as it cites a report: "according to the unit's rules".
  'rules', 'regulations', 'guidelines']);

/** Words that mark an organisation name or phrase. */
export const ORGANIZATION_WORDS = new Set(['ministry', 'ministries', 'department', 'office', 'agency', 'bank', 'council',
  'institute', 'university', 'committee', 'commission', 'court', 'police', 'army', 'party', 'government', 'company', 'group',
  'groups', 'association', 'union', 'foundation', 'organization', 'organisation', 'corporation', 'corp', 'inc', 'ltd', 'plc',
  'authority', 'board', 'club', 'federation', 'league', 'fund', 'bureau', 'service', 'services', 'administration', 'parliament',
  'senate', 'congress', 'cabinet', 'campaign', 'secretariat', 'centre', 'center', 'embassy', 'mission', 'observers', 'analysts',
  'researchers', 'scientists', 'experts', 'economists', 'agencies', 'charity', 'startup', 'start-up', 'alliance', 'coalition', 'movement', 'network',
  'prosecutors', 'investigators', 'regulator', 'regulators', 'firm', 'manufacturer', 'developer', 'operator', 'airline',
  'carrier', 'chipmaker', 'grocer', 'retailer', 'insurer', 'lender', 'producer', 'supplier', 'maker', 'giant', 'consortium', 'platform',
  'energia', 'energy', 'semiconductor', 'foods', 'holdings', 'systems', 'industries', 'airways', 'motors', 'pharma', 'telecom',
  'unit', 'team', 'side', 'ngo', 'watchdog', 'tribunal', 'opposition', 'junta', 'militia', 'rebels', 'state', 'states',
  'countries', 'city', 'municipality', 'region', 'province', 'guard', 'forces', 'navy', 'military', 'assembly', 'directorate',
  'command', 'hospital', 'programme', 'statistics', 'observatory', 'ai', 'technologies']);

/** Role words before or around a name ("Defence Minister Marhaf Abu Qasra", "coach Roberto Sala"): used to strip
 * titles from names and to resolve later mentions like "the minister" or "his coach". */
export const ROLE_WORDS = new Set(['minister', 'president', 'prime', 'vice', 'deputy', 'secretary', 'general', 'colonel',
  'major', 'captain', 'lieutenant', 'admiral', 'commander', 'chief', 'head', 'director', 'manager', 'executive', 'officer',
  'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'analyst', 'economist', 'lawyer', 'attorney', 'judge', 'prosecutor',
  'author', 'lead', 'researcher', 'scientist', 'professor', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir',
  'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'sheikh', 'mayor', 'governor', 'senator', 'councillor',
  'councilor', 'representative', 'rep.', 'sen.', 'gov.', 'ambassador', 'envoy', 'commissioner', 'chairman', 'chairwoman',
  'chair', 'ceo', 'cfo', 'coo', 'founder', 'co-founder', 'candidate', 'leader', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'player', 'captain', 'defence', 'defense', 'foreign', 'interior', 'finance', 'health', 'energy', 'economy',
  'trade', 'justice', 'education', 'environment', 'transport', 'agriculture', 'labour', 'labor', 'migration', 'chancellor',
  'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'activist', 'campaigner', 'expert', 'official', 'adviser', 'advisor',
  'aide', 'member', 'mp', 'mep', 'speaker', 'inspector', 'auditor', 'engineer', 'doctor', 'nurse', 'coordinator', 'founder',
  'owner', 'partner', 'emir', 'crown', 'field', 'marshal', 'sergeant', 'state', 'energy', 'administrator', 'reporter',
  'editor', 'journalist', 'correspondent', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister',
  'widow', 'relative', 'witness', 'resident', 'neighbour', 'neighbor', 'teacher', 'student', 'farmer', 'worker', 'nurse',
  'surgeon', 'physician', 'pilot', 'soldier', 'victim', 'survivor', 'organiser', 'organizer', 'organiser', 'historian',
  'lawmaker', 'legislator', 'singer', 'actor', 'actress', 'rapper', 'musician', 'publicist', 'paediatrician', 'pediatrician',
  'co-author', 'epidemiologist', 'neurologist', 'treasurer', 'sheriff', 'detective', 'superintendent', 'constable',
  'firefighter', 'paramedic', 'driver', 'shopkeeper', 'vendor', 'fisherman', 'mechanic', 'pensioner', 'retiree', 'docker',
  'miner', 'seismologist', 'geologist', 'meteorologist', 'forecaster', 'climatologist', 'volcanologist',
  // Playing positions, which stand before a player's name as a title does ("Wales lock Dafydd Evans").
  'fly-half', 'scrum-half', 'lock', 'flanker', 'winger', 'full-back', 'fullback', 'skipper', 'quarterback', 'pitcher',
  'batter', 'batsman', 'bowler', 'wicketkeeper', 'jockey',
  // Athletes by sport, which a headline uses for the one it is about ("Sprinter says ...").
  'athlete', 'sprinter', 'swimmer', 'cyclist', 'boxer', 'gymnast', 'skier', 'marathoner']);

/** Plural heads of speaking groups, named or not: who a "they" can be when the group opened the sentence before. */
export const GROUP_HEADS = new Set([...[...ANONYMOUS_HEADS].filter((word) => word.endsWith('s') || word === 'people'), 'observers',
  'analysts', 'researchers', 'scientists', 'experts', 'economists', 'prosecutors', 'investigators', 'regulators', 'rebels',
  'teachers', 'parents', 'doctors', 'nurses', 'protesters', 'activists', 'campaigners', 'critics']);

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const GROUP_PRONOUNS = new Set(['it', 'they']);

/** Generic nouns a headline uses for the article's main organisation ("Company says ..."). */
export const GENERIC_ORGANIZATION_NOUNS = new Set(['company', 'firm', 'group', 'developer', 'manufacturer', 'chipmaker',
  'retailer', 'grocer', 'bank', 'operator', 'airline', 'carrier', 'lender', 'insurer', 'club', 'ministry', 'government',
  'regulator', 'agency', 'party', 'campaign', 'team', 'startup', 'start-up', 'organisation', 'organization', 'body',
  'institution', 'office', 'watchdog']);

/** Role words that only people hold: with one of these before a name, the name is a person's. */
export const PERSON_ROLES = new Set([...ROLE_WORDS].filter((word) => !['defence', 'defense', 'foreign', 'interior', 'finance',
  'health', 'energy', 'economy', 'trade', 'justice', 'education', 'environment', 'transport', 'agriculture', 'labour', 'labor',
  'migration', 'state', 'field', 'crown', 'lead', 'vice', 'prime', 'deputy', 'head', 'chief', 'member', 'partner'].includes(word)));
