/**
 * No two tutors on a server may go by names that read alike (auth.tutorSignUp), so a test's helper
 * that signs up a tutor per call gives the first its name as written and later ones a number after it
 * ("Morgan Tutor", "Morgan Tutor 2"…). Per test file: each file's database is its own, and the names used are
 * forgotten before each file (shared-modules-setup.ts), since files that share a module graph share this map.
 */
const used = new Map<string, number>();

export function tutorName(name: string): string {
  const seen = (used.get(name) ?? 0) + 1;
  used.set(name, seen);
  return seen === 1 ? name : `${name} ${seen}`;
}

/** Forgets the names given (a new test file, a fresh database: shared-modules-setup.ts). */
export function forgetTutorNames(): void {
  used.clear();
}
