import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignmentResultsView } from "./assignment-results";

export const metadata: Metadata = { title: "Results" };

export default async function AssignmentResultsPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  const id = Number(assignmentId);
  if (!/^\d+$/.test(assignmentId) || !Number.isSafeInteger(id) || id < 1) notFound();
  return <AssignmentResultsView assignmentId={id} />;
}
