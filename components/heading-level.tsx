"use client";

import { type ComponentProps, createContext, type ReactNode, useContext } from "react";

const Level = createContext<2 | 3>(2);

/**
 * The cards and sections inside are part of something that has its own level-2 heading (a customer's
 * record in the workspace, its insights panel), so their headings are level 3, under it, not beside it
 * (WCAG 1.3.1): a screen reader's list of headings then shows what belongs to what.
 */
export function SubHeadings({ children }: { children: ReactNode }) {
  return <Level value={3}>{children}</Level>;
}

/** A card's or section's heading: h2, or h3 inside `SubHeadings`. */
export function SectionHeading(props: ComponentProps<"h2">) {
  const Heading = useContext(Level) === 3 ? "h3" : "h2";
  return <Heading {...props} />;
}
