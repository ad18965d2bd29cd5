/** Who is asking: resolved once per request from the session and re-read from the database. */
export type Actor =
  | { kind: "anonymous" }
  /** previewOfTutorId: a tutor playing scenarios as their preview learner (no class, so nothing counts). */
  | {
      kind: "learner";
      learner: { id: number; classId: number | null; displayName: string; previewOfTutorId?: number };
    }
  | { kind: "tutor"; tutor: { id: number; name: string; email: string; mustChangePassword: boolean } };
