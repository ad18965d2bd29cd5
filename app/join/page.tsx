import type { Metadata } from "next";
import { Suspense } from "react";
import { LoadingState } from "@/components/ui";
import { JoinView } from "./join-view";

export const metadata: Metadata = { title: "Join a class" };

export default function JoinPage() {
  return (
    <Suspense fallback={<LoadingState />}>
      <JoinView />
    </Suspense>
  );
}
