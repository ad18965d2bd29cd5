/** Who is asking: resolved once per request from the session and re-read from the database. */
export type Actor =
  | { kind: "anonymous" }
  | { kind: "learner"; learner: { id: number; classId: number | null; displayName: string } }
  | { kind: "tutor"; tutor: { id: number; name: string; email: string; mustChangePassword: boolean } };
