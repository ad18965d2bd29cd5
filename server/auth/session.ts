/**
 * Who is asking. The session is an iron-session sealed cookie (httpOnly, SameSite=Lax); it holds only
 * ids and a random session token, and every request re-checks them against the database, which keeps
 * only the token's hash: a tutor's session is a row in tutor_sessions (see tutor-sessions.ts), a
 * learner's is the hash on their row (server/data/learners.ts), dropped at sign-out, a tutor's reset
 * or removal. The cookie key alone therefore cannot make a cookie that passes for anyone.
 */
export interface SessionData {
  tutorId?: number;
  /** The random token whose hash names this browser's row in tutor_sessions. */
  tutorSession?: string;
  learnerId?: number;
  /** The random token whose hash is on the learner's row (learners.session_hash). */
  learnerSession?: string;
  /** Only in cookies from before learner tokens: swapped for a token on first use. */
  learnerVersion?: number;
  /** A signed-in tutor trying scenarios as their preview learner (see server/data/previews.ts). */
  preview?: boolean;
  /**
   * Never sealed: for a cookie from before learner tokens, when its seal was made, read from the seal
   * itself (http-context.ts), so such a cookie obeys the learner idle limit too.
   */
  legacySealedAt?: number;
}

/** Only the fields a session may hold (an unsealed cookie could carry anything). */
export function sessionFields(data: SessionData): SessionData {
  return {
    tutorId: typeof data.tutorId === "number" ? data.tutorId : undefined,
    tutorSession: typeof data.tutorSession === "string" ? data.tutorSession : undefined,
    learnerId: typeof data.learnerId === "number" ? data.learnerId : undefined,
    learnerSession: typeof data.learnerSession === "string" ? data.learnerSession : undefined,
    learnerVersion: typeof data.learnerVersion === "number" ? data.learnerVersion : undefined,
    preview: data.preview === true ? true : undefined,
  };
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
