/**
 * A refusal about one field of the form, sent to the page as that field's error (server/trpc/init.ts
 * puts it in `fieldErrors`, as for invalid input), so the page shows it beside the field and marks the
 * field invalid (WCAG 3.3.1) instead of under the form.
 */
import { DomainError, type DomainErrorKind } from "@/server/core/domain-errors";

export class FieldRefusal extends DomainError {
  constructor(
    kind: DomainErrorKind,
    readonly field: string,
    message: string,
  ) {
    super(kind, message);
  }
}
