/**
 * A jsonb column's object. Typed as `object` because TypeORM's partial-entity types cannot walk
 * `Record<string, unknown>` or a recursive JSON type; readers narrow it where they need fields.
 */
export type JsonRecord = object;
