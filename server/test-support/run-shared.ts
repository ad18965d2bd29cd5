/**
 * Something every project of one Vitest run shares, made by the first project's global set-up that asks
 * and stopped by the last one's teardown: the throw-away PostgreSQL cluster, which the projects need
 * alike (they differ only in how their files are scheduled). A project's global set-up provides to its
 * own project only, so each names the set-up; Vitest runs them all in its main process, so a global
 * holds what they share.
 */
const shared = globalThis as { crmRunShared?: Map<string, { users: number; ready: Promise<unknown> }> };

export async function shareInRun<T>(
  key: string,
  start: () => Promise<T>,
  stop: (value: T) => Promise<void>,
): Promise<{ value: T; release: () => Promise<void> }> {
  const all = (shared.crmRunShared ??= new Map());
  let entry = all.get(key);
  if (!entry) {
    entry = { users: 0, ready: start() };
    all.set(key, entry);
  }
  const mine = entry;
  mine.users++;
  const leave = () => --mine.users === 0 && all.get(key) === mine && all.delete(key);
  let value: T;
  try {
    value = (await mine.ready) as T;
  } catch (error) {
    leave();
    throw error;
  }
  return {
    value,
    release: async () => {
      if (leave()) await stop(value);
    },
  };
}
