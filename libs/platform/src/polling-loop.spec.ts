import { PollingLoop } from './polling-loop';

const logger = { warn: () => undefined, info: () => undefined };
const LONG_WAIT_MS = 60_000;

/**
 * A started loop whose step counts its runs and asks for a long wait after each, once its first step has run;
 * `during` runs inside that first step.
 */
async function countingLoop(during: (loop: PollingLoop) => void = () => undefined) {
  const state = { runs: 0 };
  const sut: PollingLoop = new PollingLoop(
    'test loop',
    async () => {
      state.runs += 1;
      if (state.runs === 1) during(sut);
      return LONG_WAIT_MS;
    },
    logger,
  );
  sut.start();
  await until(() => state.runs >= 1);
  return { sut, state };
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('PollingLoop', () => {
  it('waits the delay its step asks for between steps', async () => {
    const { sut, state } = await countingLoop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.runs).toBe(1);
    await sut.stop();
  });

  it('runs the next step at once when woken during its wait', async () => {
    const { sut, state } = await countingLoop();
    sut.wake();
    await until(() => state.runs >= 2);
    expect(state.runs).toBe(2);
    await sut.stop();
  });

  it('skips the next wait when woken while a step is running', async () => {
    const { sut, state } = await countingLoop((loop) => loop.wake());
    await until(() => state.runs >= 2);
    expect(state.runs).toBe(2);
    await sut.stop();
  });

  it('stops without waiting out the delay', async () => {
    const { sut } = await countingLoop();
    const stopping = Date.now();
    await sut.stop();
    expect(Date.now() - stopping).toBeLessThan(1_000);
  });
});
