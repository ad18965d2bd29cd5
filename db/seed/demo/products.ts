/** Which products each kind of basket draws from, which appliances develop faults, and prices over time. */
import type { DatasetOrderItem } from "../../../server/core/crm-dataset";
import { getProduct } from "../../../server/core/catalogue";
import { DAY, DEMO_AS_OF } from "./context";
import { SUB_1KG, SUB_500 } from "./plans";

export type Tier = "big" | "mid" | "small" | "consumable";
export const TIERS: Record<Tier, readonly string[]> = {
  big: [
    "ESP-CREMA-ONE",
    "ESP-CREMA-DUO",
    "GRD-BURR-PRO",
    "AFR-CRISP-55",
    "AFR-CRISP-DUO-9",
    "BLD-VORTEX-1200",
  ],
  mid: [
    "KET-AURORA-17",
    "KET-STEEL-15",
    "KET-GOOSE-08",
    "TST-HALO-4",
    "TST-HALO-2",
    "CFM-DRIP-10",
    "FRT-MILK-CLOUD",
    "GRD-HAND-CER",
    "GRD-BLADE-MINI",
    "CAF-STEEL-3",
    "CAF-GLASS-8",
    "BLD-STICK-600",
    "BIN-BREAD-OAK",
  ],
  small: [
    "MUG-STONE-SET4",
    "MUG-ENAMEL-HB",
    "MUG-TRAVEL-350",
    "TWL-LINEN-SET3",
    "TWL-STRIPE-2",
    "OVG-DOUBLE",
    "JAR-GLASS-SET3",
    "CAN-COFFEE-VAC",
    "BRW-POUROVER-02",
  ],
  consumable: [
    "BNS-HOUSE-500",
    "BNS-DECAF-250",
    "BNS-ESPRESSO-1KG",
    "CAR-DESCALE-4",
    "FLT-WATER-3",
    "FLT-PAPER-100",
    "CAR-CLEAN-TABS",
  ],
};
/** Appliances that can plausibly develop a fault. */
export const FAULT_PRONE = [
  "TST-HALO-4",
  "KET-AURORA-17",
  "AFR-CRISP-55",
  "BLD-VORTEX-1200",
  "KET-STEEL-15",
  "CFM-DRIP-10",
  "TST-HALO-2",
];

/** Bean prices rose (and one air fryer's price fell) about 15 months before DEMO_AS_OF. */
const PRICE_CHANGE_AT = new Date(DEMO_AS_OF.getTime() - 445 * DAY);
const EARLIER_PRICES: Record<string, number> = {
  [SUB_500]: 1050,
  [SUB_1KG]: 1950,
  "BNS-HOUSE-500": 1195,
  "BNS-ESPRESSO-1KG": 2250,
  "AFR-CRISP-55": 10999,
  "KET-AURORA-17": 4799,
};

export function priceAt(sku: string, at: Date): number {
  const earlier = EARLIER_PRICES[sku];
  if (earlier !== undefined && at.getTime() < PRICE_CHANGE_AT.getTime()) return earlier;
  return getProduct(sku).pricePence;
}

/** One order line at the price on that day. */
export function item(sku: string, at: Date, quantity = 1): DatasetOrderItem {
  return { sku, quantity, unitPricePence: priceAt(sku, at) };
}

export function lineTotal(i: DatasetOrderItem): number {
  return i.unitPricePence * i.quantity;
}

export function nameOf(i: DatasetOrderItem): string {
  return getProduct(i.sku).name;
}
