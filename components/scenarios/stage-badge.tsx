import { STAGE_LABEL, STAGE_TONE } from "../labels";
import { Badge, type BadgeTone } from "../ui";

export const BAND_TONE: Record<string, BadgeTone> = {
  Distinction: "purple",
  Merit: "green",
  Pass: "blue",
  Fail: "red",
};

export function StageBadge({ stage }: { stage: string }) {
  return <Badge tone={STAGE_TONE[stage] ?? "neutral"}>{STAGE_LABEL[stage] ?? stage} stage</Badge>;
}

export function BandBadge({ band, percent }: { band: string | null; percent?: number | null }) {
  if (!band) return null;
  return (
    <Badge tone={BAND_TONE[band] ?? "neutral"}>
      {band}
      {percent !== null && percent !== undefined ? ` · ${percent}%` : ""}
    </Badge>
  );
}
