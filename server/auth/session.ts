/**
 * Who is asking. The session is an iron-session sealed cookie (httpOnly, SameSite=Lax); it holds only
 * ids and a version number, and every request re-checks them against the database, so a tutor can
 * revoke a learner's access by bumping the learner's session version.
 */
export interface SessionData {
  tutorId?: number;
  learnerId?: number;
  learnerVersion?: number;
}

/** Storage for the session, abstracted so tests can drive the real procedures without HTTP. */
export interface SessionStore {
  read(): SessionData;
  save(data: SessionData): Promise<void>;
  destroy(): Promise<void>;
}

export function memorySessionStore(initial: SessionData = {}): SessionStore & { current: SessionData } {
  const store = {
    current: { ...initial },
    read: () => store.current,
    save: async (data: SessionData) => {
      store.current = { ...data };
    },
    destroy: async () => {
      store.current = {};
    },
  };
  return store;
}
