/**
 * The live stream's wake (LISTEN/NOTIFY on PostgreSQL): a wake makes the stream look at once instead
 * of at its next poll, one that arrives while the view is being built is not lost, and the stream stops
 * listening when it ends. The poll interval here is far longer than the test's timeout, so only a wake
 * can deliver the change in time.
 */
import { describe, expect, it } from "vitest";
import { pollingStream } from "./polling-stream";

const HOUR = 3_600_000;

function wakeSource() {
  const listeners = new Set<() => void>();
  return {
    listeners,
    wake: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fire: () => {
      for (const l of [...listeners]) l();
    },
  };
}

describe("pollingStream's wake", () => {
  it("looks again at once when woken, and stops listening when the stream ends", async () => {
    const source = wakeSource();
    let version = 1;
    const controller = new AbortController();
    const stream = pollingStream({
      signal: controller.signal,
      wake: source.wake,
      intervalMs: HOUR,
      refreshMs: HOUR,
      signature: () => String(version),
      load: () => ({ version }),
      stillAllowed: () => true,
    });
    expect((await stream.next()).value).toMatchObject({ view: { version: 1 } });
    expect(source.listeners.size).toBe(1);

    version = 2;
    const next = stream.next();
    source.fire();
    expect((await next).value).toMatchObject({ view: { version: 2 } });

    controller.abort();
    expect((await stream.next()).done).toBe(true);
    expect(source.listeners.size).toBe(0);
  });

  it("keeps a wake that lands while the view is being built", async () => {
    const source = wakeSource();
    let version = 1;
    const stream = pollingStream({
      signal: undefined,
      wake: source.wake,
      intervalMs: HOUR,
      refreshMs: HOUR,
      signature: () => String(version),
      load: () => {
        // A change is committed, and its notice heard, while this view is built.
        if (version === 1) {
          version = 2;
          source.fire();
        }
        return { version };
      },
      stillAllowed: () => true,
    });
    expect((await stream.next()).value).toMatchObject({ view: { version: 2 } });
    version = 3;
    expect((await stream.next()).value).toMatchObject({ view: { version: 3 } });
    await stream.return();
    expect(source.listeners.size).toBe(0);
  });
});
