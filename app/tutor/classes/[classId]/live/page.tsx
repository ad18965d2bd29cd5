import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LiveDashboard } from "./live-dashboard";

export const metadata: Metadata = { title: "Live dashboard" };

export default async function LiveDashboardPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const id = Number(classId);
  if (!/^\d+$/.test(classId) || !Number.isSafeInteger(id) || id < 1) notFound();
  return <LiveDashboard classId={id} />;
}
