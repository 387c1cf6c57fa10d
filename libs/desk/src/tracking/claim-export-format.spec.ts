import { parse } from 'csv-parse/sync';
import { Readable } from 'stream';
import { buffer } from 'stream/consumers';
import { csvWriter, spreadsheetSafe } from './claim-export-format';

describe('claim export format', () => {
  it('guards cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', 'plain', '2 - 1'].map(spreadsheetSafe)).toEqual([
      "'=1+1",
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      'plain',
      '2 - 1',
    ]);
  });

  it('writes RFC 4180 CSV with a BOM, a header and nested fields by path', async () => {
    const item = {
      id: 'a',
      content: 'He said "yes", then\r\nleft',
      source: { id: null, name: 'Öztürk, Kemal', type: 'person' },
      via: null,
      overdue: false,
      priority: 7,
    };
    const bytes = await buffer(Readable.from([item]).pipe(csvWriter()));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sut = bytes.toString('utf8');
    expect(sut.startsWith('\ufeffid,status,')).toBe(true);
    expect(sut).toContain('"He said ""yes"", then\r\nleft"');
    expect(sut.endsWith('\r\n')).toBe(true);
    const [record] = parse<Record<string, string>>(sut, { bom: true, columns: true });
    expect(record).toMatchObject({
      id: 'a',
      content: 'He said "yes", then\r\nleft',
      'source.name': 'Öztürk, Kemal',
      'source.id': '',
      'via.name': '',
      overdue: 'false',
      priority: '7',
    });
  });
});
