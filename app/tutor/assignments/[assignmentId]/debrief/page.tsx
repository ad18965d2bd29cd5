import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DebriefView } from "./debrief-view";

export const metadata: Metadata = { title: "Debrief" };

export default async function DebriefPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const id = Number(assignmentId);
  if (!/^\d+$/.test(assignmentId) || !Number.isSafeInteger(id) || id < 1) notFound();
  return <DebriefView assignmentId={id} />;
}
