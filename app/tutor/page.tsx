import type { Metadata } from "next";
import { TutorHome } from "./tutor-home";

export const metadata: Metadata = { title: "Tutor" };

export default function TutorPage() {
  return <TutorHome />;
}
