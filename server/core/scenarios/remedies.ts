/**
 * Resolving a remedy (refund, replacement, repair, goodwill, voucher): the value left to refund, one
 * remedy per fault, the policy limits, and the Consumer Rights Act 2015 assessment of the remedy
 * (consumer-rights). The change is applied only by `commit`, once every check has passed.
 */
import { assessRemedy, type CraRemedyKind, isStatutoryRemedy } from "../consumer-rights";
import type { AttemptState, LearnerEventPayload } from "./engine-types";
import type { ActionOf } from "./learner-actions";
import { absoluteDate, productName } from "./scenario-dataset";
import type { Scenario } from "./scenario-schema";
import { formatPence } from "../money";
import type { Resolved } from "./action-resolution";
import { contactDef, fullName, requireCustomer } from "./attempt-state";
import { conflict, invalid, notFound } from "./scenario-errors";

export function resolveRemedy(
  scenario: Scenario,
  state: AttemptState,
  action: ActionOf<"issue_remedy">,
  t1: number,
  index: number,
): Resolved {
  const c = requireCustomer(state, action.customerRef);
  const order = c.orders[action.orderRef];
  if (!order) throw notFound("UNKNOWN_ORDER", `Order ${action.orderRef} is not on ${fullName(c)}'s record.`);
  if (order.status === "cancelled") {
    throw invalid("INVALID_ACTION", `Order ${order.ref} was cancelled, so there is nothing to remedy.`);
  }
  const faults = scenario.faults.filter((f) => f.customerRef === c.ref && f.orderRef === order.ref);
  let item = null as (typeof order.items)[number] | null;
  if (action.sku) {
    item = order.items.find((i) => i.sku === action.sku) ?? null;
    if (!item)
      throw notFound(
        "UNKNOWN_ITEM",
        `${productName(action.sku)} (${action.sku}) is not on order ${order.ref}.`,
      );
  } else if (order.items.length === 1) {
    item = order.items[0]!;
  } else if (faults.length === 1) {
    item = order.items.find((i) => i.sku === faults[0]!.sku) ?? null;
  }
  const fault = item ? faults.find((f) => f.sku === item!.sku) : undefined;
  const itemValue = item ? item.quantity * item.unitPricePence : 0;
  const orderValue = order.items.reduce((s, i) => s + i.quantity * i.unitPricePence, 0);
  const orderRefunded = order.items.reduce((s, i) => s + i.refundedPence, 0);
  const primaryDone = item
    ? item.replacements + item.repairs > 0 || (itemValue > 0 && item.refundedPence >= itemValue)
    : false;
  const kind = action.kind;
  let amount = 0;
  const applied: { item: (typeof order.items)[number]; pence: number }[] = [];
  let summary = "";

  switch (kind) {
    case "refund": {
      const remaining = action.sku && item ? itemValue - item.refundedPence : orderValue - orderRefunded;
      if (remaining <= 0) {
        throw conflict(
          "ALREADY_REFUNDED",
          `${action.sku && item ? `The ${item.name}` : `Order ${order.ref}`} has already been refunded in full.`,
        );
      }
      if (item && (item.replacements > 0 || item.repairs > 0) && action.sku) {
        throw conflict(
          "ALREADY_REMEDIED",
          `A ${item.replacements > 0 ? "replacement" : "repair"} has already been arranged for the ${item.name}; refunding it as well would remedy the same fault twice.`,
        );
      }
      amount = action.amountPence ?? remaining;
      if (amount <= 0) throw invalid("AMOUNT_REQUIRED", "Enter a refund amount greater than £0.00.");
      if (amount > remaining) {
        throw invalid(
          "REFUND_EXCEEDS_VALUE",
          `${formatPence(amount)} is more than the ${formatPence(remaining)} left to refund on ${action.sku && item ? `the ${item.name}` : `order ${order.ref}`}.`,
        );
      }
      // Spread the refund: the chosen (or faulty) item first, then the rest of the order.
      let left = amount;
      const itemsInOrder = item ? [item, ...order.items.filter((i) => i !== item)] : order.items;
      for (const i of itemsInOrder) {
        if (left <= 0) break;
        if (action.sku && i !== item) break;
        const room = i.quantity * i.unitPricePence - i.refundedPence;
        const pence = Math.min(room, left);
        if (pence > 0) {
          applied.push({ item: i, pence });
          left -= pence;
        }
      }
      summary = `Refunded ${formatPence(amount)} on ${order.ref}${item ? ` (${item.name})` : ""}`;
      break;
    }
    case "replacement":
    case "repair": {
      if (!item) {
        throw invalid(
          "ITEM_REQUIRED",
          `Choose which item on order ${order.ref} to ${kind === "repair" ? "repair" : "replace"}.`,
        );
      }
      if (primaryDone) {
        throw conflict(
          "ALREADY_REMEDIED",
          `The ${item.name} has already been ${item.refundedPence >= itemValue ? "refunded in full" : item.replacements > 0 ? "replaced" : "sent for repair"}; a second remedy for the same fault is not needed.`,
        );
      }
      if (order.status !== "delivered") {
        throw invalid(
          "ORDER_NOT_DELIVERED",
          // A parcel lost in transit is sent again by the warehouse, not replaced from the record: say where to go
          // (four independent tutors' learners tried a replacement here, sessions 48 and 49; the panel's name is the workspace's).
          `Order ${order.ref} has not been delivered yet, so there is nothing to ${kind === "repair" ? "repair" : "replace"}.${order.status === "dispatched" && kind === "replacement" ? " If the parcel is lost on its way, ask the warehouse to send it again (write to them under Colleagues and others)." : ""}`,
        );
      }
      summary =
        kind === "repair"
          ? `Arranged a repair of the ${item.name} (${order.ref})`
          : `Arranged a replacement ${item.name} (${order.ref})`;
      break;
    }
    case "goodwill":
    case "voucher": {
      if (!action.amountPence || action.amountPence <= 0) {
        throw invalid(
          "AMOUNT_REQUIRED",
          `Enter the value of the ${kind === "goodwill" ? "goodwill gesture" : "voucher"}.`,
        );
      }
      amount = action.amountPence;
      // A manager in the scenario may have approved more goodwill for this customer (scripted-people.ts).
      const limit =
        kind === "goodwill"
          ? Math.max(scenario.policy.goodwillMaxPence, state.goodwillApproved[c.ref] ?? 0)
          : scenario.policy.voucherMaxPence;
      const already = state.remedies
        .filter((x) => x.customerRef === c.ref && x.kind === kind)
        .reduce((s, x) => s + x.amountPence, 0);
      if (already + amount > limit) {
        throw invalid(
          kind === "goodwill" ? "GOODWILL_OVER_LIMIT" : "VOUCHER_OVER_LIMIT",
          `Policy limits ${kind === "goodwill" ? "goodwill gestures" : "vouchers"} to ${formatPence(limit)} per customer${
            already > 0 ? ` (${formatPence(already)} already given)` : ""
          }. Escalate to a manager if you think more is justified.`,
        );
      }
      summary =
        kind === "goodwill"
          ? `Gave a goodwill gesture of ${formatPence(amount)} (${order.ref})`
          : `Issued a ${formatPence(amount)} voucher (${order.ref})`;
      break;
    }
  }

  const onItem = kind === "refund" ? (applied.find((x) => x.item === item)?.pence ?? 0) : amount;
  const cra =
    fault && item && order.deliveredAt
      ? craVerdict(
          scenario,
          state,
          c.ref,
          order.ref,
          item,
          fault,
          kind,
          kind === "refund" ? item.refundedPence + onItem : amount,
          t1,
        )
      : null;
  const remedy = { orderRef: order.ref, sku: item?.sku ?? null, kind, amountPence: amount, cra };
  return {
    customer: c,
    person: null,
    caseRef: null,
    caseCategory: null,
    remedy,
    dueInDays: null,
    summary,
    commit: () => {
      for (const a of applied) a.item.refundedPence += a.pence;
      if (item && kind === "replacement") item.replacements += 1;
      if (item && kind === "repair") item.repairs += 1;
      state.remedies.push({
        customerRef: c.ref,
        orderRef: order.ref,
        sku: item?.sku ?? null,
        kind,
        amountPence: amount,
        lawful: cra ? cra.lawful : null,
        atMinute: t1,
        actionIndex: index,
      });
    },
  };
}

type Cra = NonNullable<LearnerEventPayload["remedy"]>["cra"];
type Item = AttemptState["customers"][string]["orders"][string]["items"][number];
type Fault = Scenario["faults"][number];

/**
 * The Consumer Rights Act 2015 verdict on a remedy of this kind for this fault, as issued or as told in words
 * (credit-told.ts): one rule for every scenario and for both. A voucher or credit is lawful only as a kindness
 * on top of the lawful remedy already given, or when the customer has expressly agreed to it instead (the
 * contact's `acceptsRemedies`; CRA 2015 s.20(15)-(16): a refund is paid by the means she paid unless she
 * expressly agrees otherwise).
 */
export function craVerdict(
  scenario: Scenario,
  state: AttemptState,
  customerRef: string,
  orderRef: string,
  item: Item,
  fault: Fault,
  kind: CraRemedyKind,
  amountPence: number,
  t1: number,
): Cra {
  const order = state.customers[customerRef]!.orders[orderRef]!;
  const origin = new Date(state.origin);
  const contact = contactDef(scenario, customerRef);
  const reportedAt = absoluteDate(origin, fault.reportedDaysAgo);
  // The day she exercised the final right to reject (CRA s.20(5)-(6)), on which s.24(10)-(11)'s
  // no-deduction window is judged: when she reported it if she asked for her money back then
  // (requestedRemedy: refund), else no earlier than this refund, which she accepts now.
  const rejectedAt =
    fault.requestedRemedy === "refund" ? reportedAt : new Date(origin.getTime() + t1 * 60_000);
  const a = assessRemedy({
    deliveredAt: new Date(order.deliveredAt!),
    reportedAt,
    rejectedAt,
    itemPricePence: item.unitPricePence,
    remedy: { kind, amountPence },
    previousRepairOrReplacementFailed: fault.previousRepairFailed,
    requestedRemedy: fault.requestedRemedy,
    disproportionate: fault.disproportionate,
    customerAgreed: contact?.acceptsRemedies.includes(kind) ?? false,
  });
  // A goodwill gesture or voucher for an item whose lawful remedy has already been given is a
  // kindness on top of that remedy, not a remedy in place of it (CRA 2015 s.19(3)-(5) give the
  // remedies; nothing stops a trader giving more): the customer has what the law gives them.
  // Given before the remedy, or instead of it, it is still judged as the remedy offered (round 13 A,
  // returns-r13-stacked-offer-ravi: a £15 voucher after Ravi's replacement was read as unlawful).
  const onTop =
    (kind === "goodwill" || kind === "voucher") &&
    state.remedies.find(
      (x) =>
        x.customerRef === customerRef &&
        x.orderRef === orderRef &&
        x.sku === item.sku &&
        x.lawful === true &&
        isStatutoryRemedy(x.kind),
    );
  return onTop
    ? {
        lawful: true,
        right: a.right,
        daysSinceDelivery: a.daysSinceDelivery,
        explanation: `A ${kind === "goodwill" ? "goodwill gesture" : "voucher"} on top of the lawful ${onTop.kind} already given: the remedy the law requires is honoured, and this is extra.`,
      }
    : {
        lawful: a.lawful,
        right: a.right,
        daysSinceDelivery: a.daysSinceDelivery,
        explanation: a.explanation,
      };
}

/**
 * Credit told in words as given in place of a remedy (credit-told.ts), judged as a voucher issued for each of
 * the customer's faults would be: the first unlawful verdict, or null when every one is lawful (she agreed to
 * a voucher, or her lawful remedy was already given) or she has no fault here.
 */
export function toldCreditVerdict(
  scenario: Scenario,
  state: AttemptState,
  customerRef: string,
  t1: number,
): NonNullable<Cra> | null {
  const c = state.customers[customerRef];
  if (!c) return null;
  for (const fault of scenario.faults.filter((f) => f.customerRef === customerRef)) {
    const order = c.orders[fault.orderRef];
    const item = order?.items.find((i) => i.sku === fault.sku);
    if (!order || !item || !order.deliveredAt) continue;
    const v = craVerdict(
      scenario,
      state,
      customerRef,
      order.ref,
      item,
      fault,
      "voucher",
      item.unitPricePence,
      t1,
    );
    if (v && !v.lawful) return v;
  }
  return null;
}
