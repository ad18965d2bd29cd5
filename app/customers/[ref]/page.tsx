import type { Metadata } from "next";
import { DemoCustomerRecord } from "./demo-customer-record";

export const metadata: Metadata = { title: "Customer record" };

export default async function CustomerPage({ params }: { params: Promise<{ ref: string }> }) {
  const { ref } = await params;
  return <DemoCustomerRecord customerRef={decodeURIComponent(ref)} />;
}
