import { bind } from '@factdesk/persistence';
import { auditListStatement } from './audit-list-sql';

const ID = '9d1c2a4e-8d9b-4c7a-9e2f-1a2b3c4d5e6f';

describe('auditListStatement', () => {
  it('writes no condition without filters, newest first', () => {
    const sut = auditListStatement({}, { limit: 51 });
    expect(sut.text).not.toContain('WHERE');
    expect(sut.text).toContain('ORDER BY a.created_at DESC, a.id DESC');
    expect(sut.params).toEqual({ limit: 51 });
  });

  it('binds every filter and the cursor as parameters, never into the text', () => {
    const since = new Date('2026-12-01T00:00:00Z');
    const until = new Date('2026-12-08T00:00:00Z');
    const sut = auditListStatement(
      {
        actor: ID,
        action: ['key.revoked', "x'; DROP TABLE audit_log; --"],
        targetType: 'claim',
        targetId: ID,
        since,
        until,
      },
      { after: ['2026-12-07T09:00:00.000000Z', ID], limit: 11 },
    );
    expect(sut.text).not.toContain('DROP TABLE');
    const [text, values] = bind(sut.text, sut.params);
    expect(text).toContain(`a.details->'claimIds' @> to_jsonb(`);
    expect(values).toEqual(
      expect.arrayContaining([ID, ['key.revoked', "x'; DROP TABLE audit_log; --"], 'claim', since, until, 11]),
    );
  });
});
