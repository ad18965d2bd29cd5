import type { Metadata } from "next";
import { AttemptWorkspace } from "./attempt-workspace";

export const metadata: Metadata = { title: "Scenario workspace" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const id = Number(attemptId);
  return <AttemptWorkspace attemptId={Number.isInteger(id) && id > 0 ? id : 0} />;
}
