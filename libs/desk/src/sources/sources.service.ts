import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sourceRisk } from '@factdesk/matching';
import { bind, SourceEntity } from '@factdesk/persistence';
import { actorOfCaller, Caller, DomainError, notFound, recordAudit } from '@factdesk/platform';
import { AliasHolder, planAlias, RegistrySource } from './alias-plan';
import { editSource, type SourceChanges, sourceEvents } from './source-edit';
import { foldSources } from './source-fold';
import { pageOf, SourceListQuery, sourceListStatement } from './source-list';
import { keyOf } from './source-rows';
import {
  AliasAdded,
  UnnamedSourcesRecord,
  SourceAliasView,
  SourceClaimRow,
  SourceDetail,
  SourceListItem,
  SourcePage,
  toSourceClaimView,
} from './source-view';
import { attributionRecord, RecordRole, trackRecords } from './track-record';

export const SOURCE_CLAIMS_SHOWN = 50;
export const MAX_ALIAS_LENGTH = 300;

const CLAIM_COLUMN: Record<RecordRole, string> = { source: 'source_id', via: 'via_source_id' };

interface AliasRow {
  id: string;
  alias: string;
  alias_key: string;
  created_by: string | null;
  created_at: Date;
}

const toAliasView = (row: AliasRow): SourceAliasView => ({
  id: row.id,
  alias: row.alias,
  aliasKey: row.alias_key,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
});

const ALIAS_COLUMNS = 'id, alias, alias_key, created_by, created_at';

/** The source registry: who said what, under which names, and how their words have held up. */
@Injectable()
export class SourcesService {
  private readonly logger = new Logger(SourcesService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: SourceListQuery): Promise<SourcePage> {
    const { sql, params } = sourceListStatement(query);
    const rows: (SourceListItem & { key: string })[] = await this.dataSource.query(...bind(sql, params));
    const page = pageOf(rows, query.limit);
    return { sources: page.rows.map(({ key: _key, ...item }) => item), nextCursor: page.nextCursor };
  }

  async detail(id: string): Promise<SourceDetail> {
    const source = await this.dataSource.getRepository(SourceEntity).findOneBy({ id });
    if (!source) throw notFound('source', id);
    const manager = this.dataSource.manager;
    const [aliases, asSource, asRelay, claims, relayed, history, unnamed] = await Promise.all([
      manager.query<AliasRow[]>(
        ...bind(`SELECT ${ALIAS_COLUMNS} FROM source_aliases WHERE source_id = :id ORDER BY created_at, id`, { id }),
      ),
      trackRecords(manager, [id], 'source'),
      trackRecords(manager, [id], 'via'),
      this.recentClaims(manager, id, 'source'),
      this.recentClaims(manager, id, 'via'),
      sourceEvents(manager, id),
      this.unnamedSourcesOf(manager, source),
    ]);
    const sourceRecord = asSource.get(id);
    const relayRecord = asRelay.get(id);
    if (!sourceRecord || !relayRecord) throw notFound('source', id);
    return {
      id: source.id,
      name: source.name,
      key: source.normalisedName,
      type: source.type,
      notes: source.notes,
      createdAt: source.createdAt.toISOString(),
      updatedAt: source.updatedAt.toISOString(),
      aliases: aliases.map(toAliasView),
      record: {
        asSource: { ...sourceRecord, risk: sourceRisk(attributionRecord(sourceRecord)) },
        asRelay: relayRecord,
        unnamedSources: unnamed,
      },
      claims,
      relayed,
      history,
    };
  }

  /**
   * Makes `alias` another name of the source. Registry rows already under the alias's key (any type) are folded
   * into this source in the same transaction, so "Bloomberg News" claims join "Bloomberg"; later claims under that
   * name resolve to this source at extraction. The alias row records who added it (`created_by`).
   */
  async addAlias(id: string, alias: string, caller: Caller): Promise<AliasAdded> {
    const name = alias.trim();
    if (!name || name.length > MAX_ALIAS_LENGTH) {
      throw new DomainError('invalid_input', `alias must be 1-${MAX_ALIAS_LENGTH} characters`, [
        { field: 'alias', errors: [`must be 1-${MAX_ALIAS_LENGTH} characters`] },
      ]);
    }
    const aliasKey = keyOf(name);
    const added = await this.dataSource.transaction(async (manager) => {
      // Same lock order as registerSources (type, then key, byte order), so this and an extraction never deadlock.
      const rows: RegistrySource[] = await manager.query(
        ...bind(
          `SELECT id, name, normalised_name AS key, type, notes FROM sources
           WHERE id = :id OR normalised_name = :aliasKey
           ORDER BY type COLLATE "C", normalised_name COLLATE "C", id FOR UPDATE`,
          { id, aliasKey },
        ),
      );
      const target = rows.find((row) => row.id === id);
      if (!target) throw notFound('source', id);
      const [holder]: AliasHolder[] = await manager.query(
        ...bind(
          `SELECT a.id AS "aliasId", a.alias, a.source_id AS "sourceId", s.name AS "sourceName"
           FROM source_aliases a JOIN sources s ON s.id = a.source_id WHERE a.alias_key = :aliasKey`,
          { aliasKey },
        ),
      );
      const plan = planAlias(target, name, aliasKey, holder ?? null, rows);
      if (plan.kind === 'refuse') throw new DomainError('conflict', plan.message, plan.details);
      const aliasRow = plan.existingAliasId
        ? (
            await manager.query<AliasRow[]>(
              ...bind(`SELECT ${ALIAS_COLUMNS} FROM source_aliases WHERE id = :aliasId`, {
                aliasId: plan.existingAliasId,
              }),
            )
          )[0]
        : await this.insertAlias(manager, target.id, name, aliasKey, caller);
      const fold = await foldSources(manager, target, plan.fold);
      if (!fold.folded.length)
        await manager.query(...bind(`UPDATE sources SET updated_at = now() WHERE id = :id`, { id: target.id }));
      await recordAudit(manager, {
        actor: actorOfCaller(caller),
        action: 'source.alias_added',
        targetType: 'source',
        targetId: target.id,
        details: {
          aliasId: aliasRow.id,
          alias: name,
          folded: fold.folded.map((row) => row.id),
          movedClaims: fold.claims,
          movedRelays: fold.relayed,
        },
      });
      return {
        ...toAliasView(aliasRow),
        sourceId: target.id,
        folded: fold.folded,
        movedClaims: fold.claims,
        movedRelays: fold.relayed,
      };
    });
    // The audit log has what was folded too; this line puts it beside the request in the logs.
    this.logger.log(
      `alias "${name}" (${aliasKey}) on source ${id} by key ${caller.keyId}; folded ${added.folded.map((row) => row.id).join(', ') || 'nothing'}` +
        ` (${added.movedClaims} claims, ${added.movedRelays} relayed)`,
    );
    return added;
  }

  /** Claims already folded in stay with this source; later claims under the name get their own registry row again. */
  async removeAlias(id: string, aliasId: string, caller: Caller): Promise<void> {
    const removed = await this.dataSource.transaction(async (manager) => {
      // Wrapped in WITH ... SELECT: TypeORM answers a top-level UPDATE or DELETE with [rows, count], a SELECT with rows.
      const [gone] = await manager.query<{ alias: string }[]>(
        ...bind(
          `WITH gone AS (DELETE FROM source_aliases WHERE id = :aliasId AND source_id = :id RETURNING source_id, alias),
           touched AS (UPDATE sources SET updated_at = now() WHERE id IN (SELECT source_id FROM gone))
           SELECT alias FROM gone`,
          { id, aliasId },
        ),
      );
      if (gone) {
        await recordAudit(manager, {
          actor: actorOfCaller(caller),
          action: 'source.alias_removed',
          targetType: 'source',
          targetId: id,
          details: { aliasId, alias: gone.alias },
        });
      }
      return Boolean(gone);
    });
    if (removed) return;
    if (!(await this.dataSource.getRepository(SourceEntity).existsBy({ id }))) throw notFound('source', id);
    throw new DomainError('not_found', `alias ${aliasId} of source ${id} does not exist`, {
      id: aliasId,
      sourceId: id,
    });
  }

  /** Renames, retypes or annotates a source (see `editSource`), each change audited. */
  async update(id: string, changes: SourceChanges, caller: Caller): Promise<SourceDetail> {
    await this.dataSource.transaction((manager) => editSource(manager, id, changes, caller));
    return this.detail(id);
  }

  /**
   * A relay's unnamed sources (the registry row "sources via <relay>") and how their claims fared: what the record
   * of "sources cited by Bloomberg" says about Bloomberg's sourcing, apart from Bloomberg's own reports.
   */
  private async unnamedSourcesOf(manager: EntityManager, relay: SourceEntity): Promise<UnnamedSourcesRecord | null> {
    if (relay.type !== 'media' && relay.type !== 'social') return null;
    const [row] = await manager.query<{ id: string; name: string }[]>(
      ...bind(`SELECT id, name FROM sources WHERE normalised_name = :key AND type = 'anonymous'`, {
        key: `sources via ${relay.normalisedName}`,
      }),
    );
    if (!row) return null;
    const record = (await trackRecords(manager, [row.id], 'source')).get(row.id);
    return record ? { sourceId: row.id, name: row.name, ...record, risk: sourceRisk(attributionRecord(record)) } : null;
  }

  private async insertAlias(
    manager: EntityManager,
    sourceId: string,
    alias: string,
    aliasKey: string,
    caller: Caller,
  ): Promise<AliasRow> {
    const [row]: AliasRow[] = await manager.query(
      ...bind(
        `INSERT INTO source_aliases (source_id, alias, alias_key, created_by)
         VALUES (:sourceId, :alias, :aliasKey, :createdBy)
         ON CONFLICT (alias_key) DO NOTHING RETURNING ${ALIAS_COLUMNS}`,
        { sourceId, alias, aliasKey, createdBy: caller.keyId },
      ),
    );
    if (!row)
      throw new DomainError('conflict', `"${alias}" was just added as an alias by someone else; reload the source`, {
        alias,
        aliasKey,
      });
    return row;
  }

  /** Newest first; merged appearances are shown through the claim they joined (its `reach`). */
  private async recentClaims(manager: EntityManager, id: string, role: RecordRole) {
    const rows: SourceClaimRow[] = await manager.query(
      ...bind(
        `SELECT id, content, source_name, review_status, via, reach, check_worthiness, article_id, created_at,
           verdict IS NOT NULL AS has_verdict, verdict->>'attributionVerdict' AS attribution_verdict,
           verdict->>'claimRating' AS claim_rating
         FROM claims WHERE ${CLAIM_COLUMN[role]} = :id AND review_status <> 'merged'
         ORDER BY created_at DESC, id DESC LIMIT :limit`,
        { id, limit: SOURCE_CLAIMS_SHOWN },
      ),
    );
    return rows.map(toSourceClaimView);
  }
}
