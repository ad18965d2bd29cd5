import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Page not found" };

/** Any address the app does not have: a real page with one h1 and a way on, inside the usual layout. */
export default function NotFound() {
  return (
    <>
      <PageHeader
        title="Page not found"
        description="If you typed the address, check it is correct. If you followed a link, it may be out of date."
      />
      <ul className="flex flex-col gap-2 text-sm">
        <li>
          <Link href="/" className="font-medium text-brand-700 underline underline-offset-2">
            Go to the home page
          </Link>
        </li>
        <li>
          <Link href="/scenarios" className="font-medium text-brand-700 underline underline-offset-2">
            Choose a scenario
          </Link>
        </li>
      </ul>
    </>
  );
}
