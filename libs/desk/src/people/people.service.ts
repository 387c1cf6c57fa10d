import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { API_KEY_USABLE, DomainError } from '@factdesk/platform';
import { type Person, type PersonRef } from './person';

/** The roles work can be assigned to: the desk's reviewers and editors. */
export const DESK_ROLES = ['reviewer', 'editor'] as const;

/** The desk's people are its API keys: each has a name and a role, never shown with its secret. */
@Injectable()
export class PeopleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The reviewers and editors, by name; `active` narrows to keys in use (true) or revoked ones (false). */
  async list(filter: { role?: string; active?: boolean } = {}): Promise<Person[]> {
    const roles = filter.role ? [filter.role] : [...DESK_ROLES];
    return this.dataSource.query<Person[]>(
      ...bind(
        `SELECT id, name, role, ${API_KEY_USABLE} AS active FROM api_keys
         WHERE role = ANY(:roles::text[]) AND (:active::boolean IS NULL OR ${API_KEY_USABLE} = :active::boolean)
         ORDER BY name, id`,
        { roles, active: filter.active ?? null },
      ),
    );
  }

  /** Names and roles of the given keys, for audit entries and evidence (ids unknown here are left out). */
  async byId(
    ids: (string | null)[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, PersonRef>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await manager.query<PersonRef[]>(
      ...bind(`SELECT id, name, role FROM api_keys WHERE id = ANY(:ids::uuid[])`, { ids: wanted }),
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Work goes to an active reviewer or editor only; anything else is the caller's mistake, named by `field`. */
  async assertAssignable(id: string, field: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const [row] = UUID.test(id)
      ? await manager.query<{ role: string; active: boolean }[]>(
          ...bind(`SELECT role, ${API_KEY_USABLE} AS active FROM api_keys WHERE id = :id::uuid`, { id }),
        )
      : [];
    const problem = !row
      ? 'is not the id of anyone on the desk'
      : !row.active
        ? 'belongs to a revoked or expired key'
        : !(DESK_ROLES as readonly string[]).includes(row.role)
          ? `belongs to a key with role ${row.role}, not a reviewer or editor`
          : null;
    if (problem) {
      throw new DomainError('invalid_input', `${field} ${problem}: see GET /v1/people`, [{ field, errors: [problem] }]);
    }
  }
}
