import { printFuzzReport } from '../fuzz/fuzz-api';
import { fuzzTheApi } from '../fuzz/fuzz-desk';

// `npm run fuzz:api -- --short` as part of `npm test`: a few thousand generated hostile requests over every route of
// the OpenAPI document, on a desk of its own. A failure prints the seed and the findings; replay with --seed.
describe('fuzzing the api from its OpenAPI document (short)', () => {
  it('answers every hostile request below 500, within the timeout, and refused requests change no row', async () => {
    const seed = Date.now() % 1_000_000;
    const result = await fuzzTheApi(2_000, seed);
    printFuzzReport(result, seed);
    expect(result.sent).toBe(2_000);
    expect(result.operations).toBeGreaterThanOrEqual(25);
    expect(result.checkedForChanges).toBeGreaterThan(result.sent / 2);
    expect(result.findings).toEqual([]);
    expect({ serverErrors: result.serverErrors, hangs: result.hangs, changedRows: result.changedRows }).toEqual({
      serverErrors: 0,
      hangs: 0,
      changedRows: 0,
    });
  }, 300_000);
});
