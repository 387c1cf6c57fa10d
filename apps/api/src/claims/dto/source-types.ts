export const SOURCE_TYPES = ['person', 'organization', 'media', 'anonymous', 'document', 'social'] as const;
