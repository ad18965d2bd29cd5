/**
 * Cross-field checks zod cannot express: unique refs, known SKUs, syllabus codes, labels and flags,
 * references between records, rules and criteria, and the text tokens (text-templates.ts).
 */
import { MESSAGE_LABELS } from "../analysis";
import type { CatalogueProduct } from "../crm-dataset";
import { evidenceProblems } from "./case-evidence";
import { checkConsentStatements } from "./consent-evidence";
import type { ScenarioFileError } from "./scenario-file-errors";
import { ENGINE_FLAGS, type ActionMatch, type Scenario } from "./scenario-schema";
import { alwaysSameDayOrAfter } from "./scenario-dataset";
import { SYLLABUS_CODES } from "./syllabus";
import { TEMPLATE_RE, templateProblem } from "./text-templates";

function baseName(file: string): string {
  const slash = Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"));
  return file.slice(slash + 1);
}

/** Cross-field checks zod cannot express: unique refs, known SKUs, references between records. */
export function checkReferences(
  file: string,
  s: Scenario,
  catalogue: readonly CatalogueProduct[],
): ScenarioFileError[] {
  const errors: ScenarioFileError[] = [];
  const err = (path: string, message: string) => errors.push({ file, path, message });
  const skus = new Set(catalogue.map((p) => p.sku));
  const labels = new Set<string>(MESSAGE_LABELS);
  // Feedback kinds with a row dated in days ago: their monthly figures depend on the start date.
  const dayDatedKinds = new Set(
    s.customers.flatMap((c) => c.feedback.filter((f) => "daysAgo" in f.daysAgo).map((f) => f.kind)),
  );

  const base = baseName(file).replace(/\.ya?ml$/i, "");
  if (base !== baseName(file) && base !== s.id) {
    err("id", `"${s.id}" must match the file name ("${base}")`);
  }
  // Honest mapping: an outcome may cite a syllabus code only if a rubric criterion assesses it.
  const assessed = new Set<string>();
  for (const [i, c] of s.rubric.entries()) {
    for (const [j, code] of (c.syllabus ?? []).entries()) {
      if (!SYLLABUS_CODES.has(code)) {
        err(
          `rubric[${i}].syllabus[${j}]`,
          `unknown syllabus criterion "${code}" (see server/core/scenarios/syllabus.ts)`,
        );
      }
      assessed.add(code);
    }
  }
  for (const [i, lo] of s.learningOutcomes.entries()) {
    for (const [j, code] of lo.syllabus.entries()) {
      if (!SYLLABUS_CODES.has(code)) {
        err(
          `learningOutcomes[${i}].syllabus[${j}]`,
          `unknown syllabus criterion "${code}" (see server/core/scenarios/syllabus.ts)`,
        );
      } else if (!assessed.has(code)) {
        err(
          `learningOutcomes[${i}].syllabus[${j}]`,
          `cites "${code}" but no rubric criterion assesses it: add "${code}" to the syllabus list of the criterion that marks it, or stop citing it`,
        );
      }
    }
  }

  // Customers and their records.
  const customerIndex = new Map<string, number>();
  const orderOwner = new Map<string, string>();
  const caseOwner = new Map<string, string>();
  const orderItems = new Map<string, Set<string>>();
  for (const [ci, c] of s.customers.entries()) {
    const p = `customers[${ci}]`;
    if (customerIndex.has(c.ref)) err(`${p}.ref`, `duplicate customer ref "${c.ref}"`);
    customerIndex.set(c.ref, ci);
    const channelsWithConsent = new Set<string>();
    for (const [k, consent] of c.consents.entries()) {
      if (channelsWithConsent.has(consent.channel)) {
        err(`${p}.consents[${k}].channel`, `consent for "${consent.channel}" is recorded twice`);
      }
      channelsWithConsent.add(consent.channel);
    }
    for (const [oi, o] of c.orders.entries()) {
      const op = `${p}.orders[${oi}]`;
      if (orderOwner.has(o.ref)) err(`${op}.ref`, `duplicate order ref "${o.ref}"`);
      orderOwner.set(o.ref, c.ref);
      const itemSkus = new Set<string>();
      for (const [ii, item] of o.items.entries()) {
        if (!skus.has(item.sku)) err(`${op}.items[${ii}].sku`, `unknown SKU "${item.sku}"`);
        if (itemSkus.has(item.sku))
          err(`${op}.items[${ii}].sku`, `SKU "${item.sku}" appears twice in the order; use quantity`);
        itemSkus.add(item.sku);
      }
      orderItems.set(o.ref, itemSkus);
      if (o.status === "delivered" && !o.deliveredDaysAgo) {
        err(`${op}.deliveredDaysAgo`, 'is required when status is "delivered"');
      }
      if (o.deliveredDaysAgo && !alwaysSameDayOrAfter(o.deliveredDaysAgo, o.placedDaysAgo)) {
        err(`${op}.deliveredDaysAgo`, "the order cannot be delivered before it was placed");
      }
      if (!alwaysSameDayOrAfter(o.placedDaysAgo, c.customerSinceDaysAgo)) {
        err(`${op}.placedDaysAgo`, "the order was placed before the customer's customerSinceDaysAgo");
      }
    }
    for (const [ki, cs] of c.cases.entries()) {
      if (caseOwner.has(cs.ref)) err(`${p}.cases[${ki}].ref`, `duplicate case ref "${cs.ref}"`);
      if (/^CASE-A\d+$/.test(cs.ref))
        err(`${p}.cases[${ki}].ref`, `"${cs.ref}" is reserved for cases learners open (CASE-A1, CASE-A2…)`);
      caseOwner.set(cs.ref, c.ref);
    }
  }
  for (const [ci, c] of s.customers.entries()) {
    const p = `customers[${ci}]`;
    const own = (ref: string) => orderOwner.get(ref) === c.ref;
    for (const [fi, f] of c.feedback.entries()) {
      if (f.orderRef && !own(f.orderRef))
        err(`${p}.feedback[${fi}].orderRef`, `unknown order "${f.orderRef}" for ${c.ref}`);
    }
    for (const [ki, cs] of c.cases.entries()) {
      if (cs.orderRef && !own(cs.orderRef))
        err(`${p}.cases[${ki}].orderRef`, `unknown order "${cs.orderRef}" for ${c.ref}`);
    }
    for (const [ii, it] of c.interactions.entries()) {
      if (it.caseRef && caseOwner.get(it.caseRef) !== c.ref) {
        err(`${p}.interactions[${ii}].caseRef`, `unknown case "${it.caseRef}" for ${c.ref}`);
      }
    }
  }

  const knownCustomer = (ref: string, path: string) => {
    if (!customerIndex.has(ref)) err(path, `unknown customer "${ref}"`);
  };

  // Flags any rule can set: conditions may only test these (catches typos).
  const settable = new Set<string>(ENGINE_FLAGS);
  for (const c of s.contacts) {
    for (const r of [...c.reactions, ...c.timers]) for (const f of r.setFlags) settable.add(f);
  }
  // A person's reply can set flags on a customer's contact too (acts.customerFlags).
  for (const p of s.people)
    for (const r of p.reactions) for (const f of r.acts?.customerFlags ?? []) settable.add(f);
  const personFlags = new Set<string>();
  for (const p of s.people)
    for (const r of [...p.reactions, ...p.timers]) for (const f of r.setFlags) personFlags.add(f);
  const personIndex = new Map(s.people.map((p, i) => [p.ref, i]));
  const checkFlags = (fs: { all?: string[]; none?: string[] } | undefined, path: string) => {
    if (!fs) return;
    for (const key of ["all", "none"] as const) {
      for (const [i, f] of (fs[key] ?? []).entries()) {
        if (!settable.has(f))
          err(`${path}.${key}[${i}]`, `unknown flag "${f}" (no reaction or timer sets it)`);
      }
    }
  };
  const checkLabels = (ls: { all?: string[]; any?: string[]; none?: string[] } | undefined, path: string) => {
    if (!ls) return;
    for (const key of ["all", "any", "none"] as const) {
      for (const [i, l] of (ls[key] ?? []).entries()) {
        if (!labels.has(l))
          err(`${path}.${key}[${i}]`, `unknown message label "${l}" (known: ${[...labels].join(", ")})`);
      }
    }
  };
  const allOrders = new Set(s.customers.flatMap((c) => c.orders.map((o) => o.ref)));
  const checkMatch = (
    m: ActionMatch & { customerRef?: string[]; orderRef?: string[] },
    path: string,
    ownerRef?: string,
  ) => {
    checkLabels(m.labels, `${path}.labels`);
    for (const [i, ref] of (m.orderRef ?? []).entries())
      if (!allOrders.has(ref)) err(`${path}.orderRef[${i}]`, `unknown order "${ref}"`);
    for (const [i, ref] of (m.personRef ?? []).entries())
      if (!personIndex.has(ref))
        err(`${path}.personRef[${i}]`, `unknown person "${ref}" (declare them in people)`);
    for (const [i, id] of (m.promptId ?? []).entries())
      if (!s.prompts.some((q) => q.id === id)) err(`${path}.promptId[${i}]`, `unknown prompt "${id}"`);
    for (const [i, ref] of (m.customerRef ?? []).entries()) knownCustomer(ref, `${path}.customerRef[${i}]`);
    for (const [i, ref] of (m.disclosesPersonalDataOf ?? []).entries())
      knownCustomer(ref, `${path}.disclosesPersonalDataOf[${i}]`);
    // Answers name the questions in the evidence of the customer(s) concerned.
    const owners = ownerRef ? [ownerRef] : (m.customerRef ?? []);
    for (const key of ["all", "any"] as const) {
      for (const [i, q] of (m.answers?.[key] ?? []).entries()) {
        const known = owners.some((ref) =>
          s.contacts.find((k) => k.customerRef === ref)?.evidence?.questions.some((x) => x.id === q),
        );
        if (!known)
          err(
            `${path}.answers.${key}[${i}]`,
            `unknown question "${q}" (declare it in the customer's contact evidence.questions)`,
          );
      }
    }
  };

  // Scripted customers.
  const reactionIds = new Map<string, Set<string>>();
  const contactRefs = new Set<string>();
  for (const [ci, c] of s.contacts.entries()) {
    const p = `contacts[${ci}]`;
    knownCustomer(c.customerRef, `${p}.customerRef`);
    if (contactRefs.has(c.customerRef))
      err(`${p}.customerRef`, `customer "${c.customerRef}" already has a contact entry`);
    contactRefs.add(c.customerRef);
    const ids = new Set<string>();
    for (const [ri, r] of c.reactions.entries()) {
      const rp = `${p}.reactions[${ri}]`;
      if (ids.has(r.id)) err(`${rp}.id`, `duplicate rule id "${r.id}"`);
      ids.add(r.id);
      checkMatch(r.when, `${rp}.when`, c.customerRef);
      checkFlags(r.when.flags, `${rp}.when.flags`);
      checkTemplates(r.reply, `${rp}.reply`);
    }
    for (const [ti, t] of c.timers.entries()) {
      const tp = `${p}.timers[${ti}]`;
      if (ids.has(t.id)) err(`${tp}.id`, `duplicate rule id "${t.id}"`);
      ids.add(t.id);
      checkFlags(t.when.flags, `${tp}.when.flags`);
      checkTemplates(t.reply, `${tp}.reply`);
    }
    for (const [oi, o] of c.opening.entries()) checkTemplates(o.text, `${p}.opening[${oi}].text`);
    if (c.evidence)
      for (const [path, message] of evidenceProblems(c.evidence)) err(`${p}.evidence.${path}`, message);
    // A choice is recorded by flags some rule sets, or it could never be made (promises.ts choiceClaims).
    for (const [ci, ch] of (c.evidence?.choices ?? []).entries())
      for (const [fi, f] of ch.flags.entries())
        if (!settable.has(f))
          err(
            `${p}.evidence.choices[${ci}].flags[${fi}]`,
            `unknown flag "${f}" (no reaction or timer sets it)`,
          );
    for (const [qi, q] of c.outcomeQuotes.entries())
      checkFlags(q.when.flags, `${p}.outcomeQuotes[${qi}].when.flags`);
    for (const [fi, f] of [...c.churnFlags, ...c.loyaltyFlags].entries()) {
      if (!settable.has(f))
        err(
          `${p}.${fi < c.churnFlags.length ? `churnFlags[${fi}]` : `loyaltyFlags[${fi - c.churnFlags.length}]`}`,
          `unknown flag "${f}" (no reaction or timer sets it)`,
        );
    }
    reactionIds.set(c.customerRef, ids);
  }
  checkTemplates(s.brief, "brief");
  s.objectives.forEach((o, i) => checkTemplates(o, `objectives[${i}]`));
  s.policy.notes.forEach((n, i) => checkTemplates(n, `policy.notes[${i}]`));
  for (const [i, q] of s.prompts.entries()) {
    checkTemplates(q.question, `prompts[${i}].question`);
    for (const k of ["met", "partly", "not_met"] as const)
      checkTemplates(q.rubric[k], `prompts[${i}].rubric.${k}`);
    checkTemplates(q.modelAnswer, `prompts[${i}].modelAnswer`);
  }
  for (const [i, c] of s.rubric.entries()) {
    checkTemplates(c.title, `rubric[${i}].title`);
    checkTemplates(c.description, `rubric[${i}].description`);
    for (const k of ["met", "partly", "not_met"] as const)
      checkTemplates(c.feedback[k], `rubric[${i}].feedback.${k}`);
  }
  checkTemplates(s.modelAnswer.summary, "modelAnswer.summary");
  s.modelAnswer.steps.forEach((t, i) => checkTemplates(t, `modelAnswer.steps[${i}]`));
  checkTemplates(s.modelAnswer.teachingNotes, "modelAnswer.teachingNotes");

  // Other people: refs unique and not a customer's; their rules as for customers.
  const checkPersonFlags = (fs: { all?: string[]; none?: string[] } | undefined, path: string) => {
    for (const key of ["all", "none"] as const)
      for (const [i, f] of (fs?.[key] ?? []).entries())
        if (!personFlags.has(f))
          err(`${path}.${key}[${i}]`, `unknown flag "${f}" (no rule of a person sets it)`);
  };
  const personRefs = new Set<string>();
  for (const [pi, person] of s.people.entries()) {
    const p = `people[${pi}]`;
    if (personRefs.has(person.ref)) err(`${p}.ref`, `duplicate person ref "${person.ref}"`);
    if (customerIndex.has(person.ref)) err(`${p}.ref`, `"${person.ref}" is already a customer's ref`);
    personRefs.add(person.ref);
    const ids = new Set<string>();
    for (const [ri, r] of person.reactions.entries()) {
      const rp = `${p}.reactions[${ri}]`;
      if (ids.has(r.id)) err(`${rp}.id`, `duplicate rule id "${r.id}"`);
      ids.add(r.id);
      checkMatch(r.when, `${rp}.when`);
      checkPersonFlags(r.when.flags, `${rp}.when.flags`);
      checkTemplates(r.reply, `${rp}.reply`);
      if (r.replyChannel === "review" && person.role !== "public")
        err(`${rp}.replyChannel`, "only a member of the public replies on a review");
    }
    for (const [ti, t] of person.timers.entries()) {
      const tp = `${p}.timers[${ti}]`;
      if (ids.has(t.id)) err(`${tp}.id`, `duplicate rule id "${t.id}"`);
      ids.add(t.id);
      checkPersonFlags(t.when.flags, `${tp}.when.flags`);
      checkTemplates(t.reply, `${tp}.reply`);
    }
    for (const [oi, o] of person.opening.entries()) {
      checkTemplates(o.text, `${p}.opening[${oi}].text`);
      if (o.customerRef) knownCustomer(o.customerRef, `${p}.opening[${oi}].customerRef`);
    }
  }
  const promptIds = new Set<string>();
  for (const [qi, q] of s.prompts.entries()) {
    if (promptIds.has(q.id)) err(`prompts[${qi}].id`, `duplicate prompt id "${q.id}"`);
    promptIds.add(q.id);
  }

  for (const [fi, f] of s.faults.entries()) {
    const p = `faults[${fi}]`;
    knownCustomer(f.customerRef, `${p}.customerRef`);
    if (orderOwner.get(f.orderRef) !== f.customerRef)
      err(`${p}.orderRef`, `unknown order "${f.orderRef}" for ${f.customerRef}`);
    else if (!orderItems.get(f.orderRef)?.has(f.sku))
      err(`${p}.sku`, `SKU "${f.sku}" is not on order ${f.orderRef}`);
  }

  // The rubric.
  const criterionIds = new Set<string>();
  const checkSince = (since: string | undefined, ref: string | undefined, path: string) => {
    if (!since) return;
    if (!ref) {
      err(path, `\`${path.split(".").at(-1)}\` needs the criterion's customerRef`);
      return;
    }
    if (!reactionIds.get(ref)?.has(since)) err(path, `unknown reaction or timer "${since}" for ${ref}`);
  };
  for (const [ci, c] of s.rubric.entries()) {
    const p = `rubric[${ci}]`;
    if (criterionIds.has(c.id)) err(`${p}.id`, `duplicate criterion id "${c.id}"`);
    criterionIds.add(c.id);
    switch (c.kind) {
      case "message":
        if (c.customerRef) knownCustomer(c.customerRef, `${p}.customerRef`);
        checkMatch(c.match, `${p}.match`, c.customerRef);
        if (c.partly?.match) checkMatch(c.partly.match, `${p}.partly.match`, c.customerRef);
        checkSince(c.since, c.customerRef, `${p}.since`);
        checkSince(c.from, c.customerRef, `${p}.from`);
        break;
      case "sequence":
        if (c.customerRef) knownCustomer(c.customerRef, `${p}.customerRef`);
        checkLabels({ all: c.steps }, `${p}.steps`);
        for (const [step, ms] of Object.entries(c.stepActions)) {
          if (!c.steps.includes(step)) err(`${p}.stepActions.${step}`, `"${step}" is not one of the steps`);
          ms.forEach((m, i) => checkMatch(m, `${p}.stepActions.${step}[${i}]`));
        }
        checkSince(c.since, c.customerRef, `${p}.since`);
        checkSince(c.from, c.customerRef, `${p}.from`);
        break;
      case "action":
      case "absence":
        c.match.forEach((m, i) => checkMatch(m, `${p}.match[${i}]`));
        if (c.kind === "action") {
          c.partly?.match.forEach((m, i) => checkMatch(m, `${p}.partly.match[${i}]`));
          c.after?.forEach((m, i) => checkMatch(m, `${p}.after[${i}]`));
        }
        break;
      case "response_time":
        if ((c.customerRef === undefined) === (c.personRef === undefined)) {
          err(p, "give customerRef or personRef (whose opening message is answered), not both");
        } else if (c.customerRef !== undefined) {
          knownCustomer(c.customerRef, `${p}.customerRef`);
          if (!s.contacts.some((k) => k.customerRef === c.customerRef && k.opening.length > 0)) {
            err(`${p}.customerRef`, `customer "${c.customerRef}" sends no opening message to reply to`);
          }
        } else if (!s.people.some((k) => k.ref === c.personRef && k.opening.length > 0)) {
          err(
            `${p}.personRef`,
            `person "${c.personRef}" is not declared in people or sends no opening message`,
          );
        }
        break;
      case "before":
        c.first.forEach((m, i) => checkMatch(m, `${p}.first[${i}]`));
        c.next.forEach((m, i) => checkMatch(m, `${p}.next[${i}]`));
        break;
      case "tutor_marked":
        if (!promptIds.has(c.promptId)) err(`${p}.promptId`, `unknown prompt "${c.promptId}"`);
        break;
      case "final_state":
        for (const [k, check] of c.checks.entries()) {
          if (check.check === "person") {
            if (!personIndex.has(check.personRef))
              err(`${p}.checks[${k}].personRef`, `unknown person "${check.personRef}"`);
            checkPersonFlags(check.flags, `${p}.checks[${k}].flags`);
            continue;
          }
          knownCustomer(check.customerRef, `${p}.checks[${k}].customerRef`);
          if (
            check.check === "case" &&
            check.orderRef &&
            orderOwner.get(check.orderRef) !== check.customerRef
          ) {
            err(`${p}.checks[${k}].orderRef`, `unknown order "${check.orderRef}" for ${check.customerRef}`);
          }
        }
        if (c.partlyMin > c.checks.length) err(`${p}.partlyMin`, "cannot be more than the number of checks");
        break;
      case "customer_set":
        c.match.forEach((m, i) => checkMatch(m, `${p}.match[${i}]`));
        c.partly?.match.forEach((m, i) => checkMatch(m, `${p}.partly.match[${i}]`));
        c.include.forEach((r, i) => knownCustomer(r, `${p}.include[${i}]`));
        c.exclude.forEach((r, i) => {
          knownCustomer(r, `${p}.exclude[${i}]`);
          if (c.include.includes(r)) err(`${p}.exclude[${i}]`, `"${r}" is in both include and exclude`);
        });
        break;
      case "respect":
      case "consistency":
      case "plain_english":
        for (const [i, ref] of (c.customerRef ?? []).entries()) knownCustomer(ref, `${p}.customerRef[${i}]`);
        break;
      case "unneeded_actions":
        c.remedyCustomers.forEach((r, i) => knownCustomer(r, `${p}.remedyCustomers[${i}]`));
        c.offerCustomers.forEach((r, i) => knownCustomer(r, `${p}.offerCustomers[${i}]`));
        for (const ref of Object.keys(c.stages)) knownCustomer(ref, `${p}.stages.${ref}`);
        checkFlags({ all: c.escalationFlags }, `${p}.escalationFlags`);
        c.escalateTo.forEach((r, i) => {
          if (!personRefs.has(r)) err(`${p}.escalateTo[${i}]`, `unknown person "${r}"`);
        });
        break;
      case "customer_state":
        knownCustomer(c.customerRef, `${p}.customerRef`);
        if (!contactRefs.has(c.customerRef))
          err(`${p}.customerRef`, `customer "${c.customerRef}" has no contact entry (no mood to check)`);
        checkFlags(c.flags, `${p}.flags`);
        checkFlags(c.partly?.flags, `${p}.partly.flags`);
        break;
    }
  }
  // With two or more customers on the CRM, a message to one can give away another's data: every such
  // scenario judges it (workspace-disclosure.ts), so no rubric can forget the gate.
  if (s.customers.length >= 2 && s.contacts.length > 0 && !s.rubric.some((c) => c.kind === "confidentiality"))
    err(
      "rubric",
      'needs a "confidentiality" criterion (no message gives one customer another\'s personal data; capBandIfNotMet: Pass)',
    );
  for (const [i, id] of s.coreCriteria.entries()) {
    if (!criterionIds.has(id)) err(`coreCriteria[${i}]`, `unknown criterion "${id}"`);
  }

  function checkTemplates(text: string | undefined, path: string) {
    if (!text) return;
    for (const m of text.matchAll(TEMPLATE_RE)) {
      const problem = templateProblem(m[1] ?? "", m[2], orderOwner, skus, dayDatedKinds);
      if (problem) err(path, problem);
    }
  }
  checkConsentStatements(s, err);

  return errors;
}
