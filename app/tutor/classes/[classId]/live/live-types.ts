import type { RouterOutputs } from "@/lib/trpc/router-outputs";

export type LiveData = RouterOutputs["results"]["live"];
export type LiveLearner = LiveData["learners"][number];
export type NameOf = (l: { learnerId: number; displayName: string }) => string;
