import type { Metadata } from "next";
import { DraftScope } from "@/components/scenarios/use-draft";
import { AttemptWorkspace } from "./attempt-workspace";

export const metadata: Metadata = { title: "Scenario workspace" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const id = Number(attemptId);
  const valid = Number.isInteger(id) && id > 0 ? id : 0;
  // Unsent text in the workspace's forms is kept on this device per attempt (use-draft.ts).
  return (
    <DraftScope attemptId={valid}>
      <AttemptWorkspace attemptId={valid} />
    </DraftScope>
  );
}
