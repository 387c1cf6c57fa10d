/** Says which database answered a list: the replica, or the primary (no replica, or the caller just wrote). */
export const READ_SOURCE_HEADER = 'x-read-source';

export const READ_SOURCE_DOCS = {
  [READ_SOURCE_HEADER]: {
    description: 'primary or replica: the database that answered',
    schema: { type: 'string', enum: ['primary', 'replica'] },
  },
};

export const BAD_LIST_QUERY =
  'A filter value is invalid (`details` names each field), or the cursor is not one this API issued for these filters and sort.';
