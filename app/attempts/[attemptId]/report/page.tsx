import type { Metadata } from "next";
import { AttemptReportView } from "./attempt-report";

export const metadata: Metadata = { title: "Your report" };

export default async function AttemptReportPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const id = Number(attemptId);
  return <AttemptReportView attemptId={Number.isInteger(id) && id > 0 ? id : 0} />;
}
