/**
 * The typed refusals of the scenario engine: a learner action the attempt's state does not allow.
 */
import { DomainError } from "../domain-errors";

export type ScenarioErrorKind = "not_found" | "invalid" | "conflict";

export type ScenarioErrorCode =
  | "ATTEMPT_SUBMITTED"
  | "UNKNOWN_CUSTOMER"
  | "UNKNOWN_ORDER"
  | "UNKNOWN_ITEM"
  | "UNKNOWN_CASE"
  | "UNKNOWN_PERSON"
  | "UNKNOWN_PROMPT"
  | "NOT_AN_ESCALATION_CONTACT"
  | "INVALID_ACTION"
  | "NO_CONTACT_DETAILS"
  | "ITEM_REQUIRED"
  | "AMOUNT_REQUIRED"
  | "REFUND_EXCEEDS_VALUE"
  | "ALREADY_REFUNDED"
  | "ALREADY_REMEDIED"
  | "ORDER_NOT_DELIVERED"
  | "GOODWILL_OVER_LIMIT"
  | "VOUCHER_OVER_LIMIT"
  | "CASE_ALREADY_CLOSED"
  | "USE_CLOSE_CASE"
  | "STAGE_UNCHANGED";

/**
 * A learner action the attempt's state does not allow. `kind` follows the shared DomainError kinds
 * (so the tRPC layer maps it to NOT_FOUND / BAD_REQUEST / CONFLICT); `code` says exactly what.
 */
export class ScenarioDomainError extends DomainError {
  constructor(
    kind: ScenarioErrorKind,
    readonly code: ScenarioErrorCode,
    message: string,
  ) {
    super(kind, message);
    this.name = "ScenarioDomainError";
  }
  declare readonly kind: ScenarioErrorKind;
}

export const notFound = (code: ScenarioErrorCode, message: string) =>
  new ScenarioDomainError("not_found", code, message);
export const invalid = (code: ScenarioErrorCode, message: string) =>
  new ScenarioDomainError("invalid", code, message);
export const conflict = (code: ScenarioErrorCode, message: string) =>
  new ScenarioDomainError("conflict", code, message);
