/**
 * The fictional shop's catalogue: a UK online retailer of homeware and small kitchen appliances,
 * with a coffee-bean subscription and a loyalty scheme. Prices are today's prices in integer pence
 * (VAT included, as UK consumers see them). SKUs are stable: scenarios refer to them.
 */
import type { CatalogueProduct } from "./crm-dataset";

export const SHOP_NAME = "Hearth & Bean";

export const PRODUCT_CATEGORIES = [
  "Kettles",
  "Toasters",
  "Coffee machines",
  "Coffee grinders",
  "Cafetières & brewers",
  "Blenders",
  "Air fryers",
  "Mugs & tableware",
  "Tea towels & textiles",
  "Storage",
  "Coffee beans",
  "Coffee subscriptions",
  "Care & spares",
] as const;

export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const CATALOGUE: CatalogueProduct[] = [
  // Kettles
  { sku: "KET-AURORA-17", name: "Aurora 1.7L Glass Kettle", category: "Kettles", pricePence: 4499 },
  {
    sku: "KET-STEEL-15",
    name: "Brushed Steel 1.5L Rapid-Boil Kettle",
    category: "Kettles",
    pricePence: 3499,
  },
  {
    sku: "KET-GOOSE-08",
    name: "Gooseneck Temperature-Control Kettle 0.8L",
    category: "Kettles",
    pricePence: 6999,
  },
  // Toasters
  { sku: "TST-HALO-4", name: "Halo 4-Slice Toaster", category: "Toasters", pricePence: 5499 },
  { sku: "TST-HALO-2", name: "Halo 2-Slice Toaster", category: "Toasters", pricePence: 3999 },
  // Coffee machines
  {
    sku: "ESP-CREMA-ONE",
    name: "Crema One Espresso Machine",
    category: "Coffee machines",
    pricePence: 24999,
  },
  {
    sku: "ESP-CREMA-DUO",
    name: "Crema Duo Bean-to-Cup Coffee Machine",
    category: "Coffee machines",
    pricePence: 44999,
  },
  {
    sku: "CFM-DRIP-10",
    name: "Morning Drip 10-Cup Filter Coffee Maker",
    category: "Coffee machines",
    pricePence: 5999,
  },
  { sku: "FRT-MILK-CLOUD", name: "Cloud Milk Frother", category: "Coffee machines", pricePence: 4999 },
  // Grinders
  { sku: "GRD-BURR-PRO", name: "Burr Pro Coffee Grinder", category: "Coffee grinders", pricePence: 12999 },
  {
    sku: "GRD-BLADE-MINI",
    name: "Mini Blade Coffee & Spice Grinder",
    category: "Coffee grinders",
    pricePence: 2499,
  },
  {
    sku: "GRD-HAND-CER",
    name: "Hand Coffee Grinder with Ceramic Burrs",
    category: "Coffee grinders",
    pricePence: 3999,
  },
  // Cafetières & brewers
  {
    sku: "CAF-GLASS-8",
    name: "Classic Glass Cafetière, 8-cup",
    category: "Cafetières & brewers",
    pricePence: 2499,
  },
  {
    sku: "CAF-STEEL-3",
    name: "Double-Walled Steel Cafetière, 3-cup",
    category: "Cafetières & brewers",
    pricePence: 3499,
  },
  {
    sku: "BRW-POUROVER-02",
    name: "Ceramic Pour-Over Dripper (size 02)",
    category: "Cafetières & brewers",
    pricePence: 1899,
  },
  // Blenders
  { sku: "BLD-VORTEX-1200", name: "Vortex 1200W Jug Blender", category: "Blenders", pricePence: 8999 },
  { sku: "BLD-STICK-600", name: "600W Stick Blender Set", category: "Blenders", pricePence: 3499 },
  // Air fryers
  { sku: "AFR-CRISP-55", name: "Crisp 5.5L Air Fryer", category: "Air fryers", pricePence: 9999 },
  {
    sku: "AFR-CRISP-DUO-9",
    name: "Crisp Duo 9L Dual-Basket Air Fryer",
    category: "Air fryers",
    pricePence: 14999,
  },
  // Mugs & tableware
  { sku: "MUG-STONE-SET4", name: "Stoneware Mugs, set of 4", category: "Mugs & tableware", pricePence: 2800 },
  { sku: "MUG-ENAMEL-HB", name: "Hearth & Bean Enamel Mug", category: "Mugs & tableware", pricePence: 1200 },
  {
    sku: "MUG-TRAVEL-350",
    name: "Insulated Travel Mug 350ml",
    category: "Mugs & tableware",
    pricePence: 1999,
  },
  // Tea towels & textiles
  {
    sku: "TWL-LINEN-SET3",
    name: "Linen Tea Towels, set of 3",
    category: "Tea towels & textiles",
    pricePence: 1800,
  },
  {
    sku: "TWL-STRIPE-2",
    name: "Striped Cotton Tea Towels, pair",
    category: "Tea towels & textiles",
    pricePence: 1000,
  },
  { sku: "OVG-DOUBLE", name: "Double Oven Glove", category: "Tea towels & textiles", pricePence: 1499 },
  // Storage
  {
    sku: "JAR-GLASS-SET3",
    name: "Glass Storage Jars with Bamboo Lids, set of 3",
    category: "Storage",
    pricePence: 2499,
  },
  { sku: "CAN-COFFEE-VAC", name: "Vacuum Coffee Canister 500g", category: "Storage", pricePence: 2299 },
  { sku: "BIN-BREAD-OAK", name: "Oak Bread Bin", category: "Storage", pricePence: 3999 },
  // Coffee beans (one-off)
  { sku: "BNS-HOUSE-500", name: "House Blend Beans 500g", category: "Coffee beans", pricePence: 1295 },
  { sku: "BNS-DECAF-250", name: "Swiss Water Decaf Beans 250g", category: "Coffee beans", pricePence: 850 },
  { sku: "BNS-ESPRESSO-1KG", name: "Espresso Roast Beans 1kg", category: "Coffee beans", pricePence: 2450 },
  // Coffee subscriptions (one order a month while active)
  {
    sku: "SUB-BEANS-500G-MONTHLY",
    name: "House Blend Beans 500g – monthly subscription",
    category: "Coffee subscriptions",
    pricePence: 1150,
  },
  {
    sku: "SUB-BEANS-1KG-MONTHLY",
    name: "House Blend Beans 1kg – monthly subscription",
    category: "Coffee subscriptions",
    pricePence: 2100,
  },
  // Care & spares
  {
    sku: "CAR-DESCALE-4",
    name: "Kettle & Coffee Machine Descaler, 4 sachets",
    category: "Care & spares",
    pricePence: 799,
  },
  {
    sku: "FLT-WATER-3",
    name: "Water Filter Cartridges, pack of 3",
    category: "Care & spares",
    pricePence: 1499,
  },
  {
    sku: "FLT-PAPER-100",
    name: "Paper Coffee Filters (size 4), pack of 100",
    category: "Care & spares",
    pricePence: 299,
  },
  {
    sku: "CAR-CLEAN-TABS",
    name: "Espresso Machine Cleaning Tablets, pack of 10",
    category: "Care & spares",
    pricePence: 699,
  },
];

const BY_SKU = new Map(CATALOGUE.map((p) => [p.sku, p]));

/** The catalogue entry for a SKU, or undefined. */
export function findProduct(sku: string): CatalogueProduct | undefined {
  return BY_SKU.get(sku);
}

/** The catalogue entry for a SKU; throws if the SKU is unknown (a bug in seed or scenario data). */
export function getProduct(sku: string): CatalogueProduct {
  const p = BY_SKU.get(sku);
  if (!p) throw new Error(`Unknown product SKU "${sku}"`);
  return p;
}
