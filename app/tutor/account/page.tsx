import type { Metadata } from "next";
import { AccountSettings } from "./account-settings";

export const metadata: Metadata = { title: "Your tutor account" };

export default function TutorAccountPage() {
  return <AccountSettings />;
}
