import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClassView } from "./class-view";

export const metadata: Metadata = { title: "Class" };

export default async function TutorClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const id = Number(classId);
  if (!/^\d+$/.test(classId) || !Number.isSafeInteger(id) || id < 1) notFound();
  return <ClassView classId={id} />;
}
