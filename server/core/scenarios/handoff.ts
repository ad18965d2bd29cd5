/**
 * A customer passed from an automated channel to a person, said in any words (red-team round 17 A,
 * review-r17-put-through-to-us: "Bean Bot gives customers no way to get put through to our advisers", "it
 * never passes a customer on to an adviser"). The public review scenario's root cause and fix are this
 * hand-off; its criteria listed the model's words ("hand over", "a person", "live agent"…), so an honest
 * learner's "put through to an adviser" earned only partly. Read as a routing verb (hand over / off / on,
 * pass on or through, put through, transfer, connect, route, get through, reach, speak or talk to) with a
 * person on our side within a few words after it (a person, a human, someone, an adviser or agent, staff,
 * a colleague, "one of us / the team", the live, service, support or care team). Not a problem passed to a
 * team that fixes it ("I've passed it to our digital team"): that team is no person a customer reaches.
 */
const ROUTE = String.raw`(?:hand(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:over|off|on)|hand-?over|hand-?off|pass(?:es|ed|ing)?\s+(?:\w+\s+){0,3}?(?:on|over|through|across)|put(?:s|ting)?\s+(?:\w+\s+){0,3}?through|transfer(?:s|red|ring)?|connect(?:s|ed|ing)?|rout(?:e|es|ed|ing)|get(?:s|ting)?\s+(?:\w+\s+){0,2}?through|reach(?:es|ed|ing)?|speak(?:s|ing)?|talk(?:s|ing)?|escalat(?:e|es|ed|ing))`;
const PERSON = String.raw`(?:an?\s+|the\s+|our\s+|one\s+of\s+(?:our|the)\s+|a\s+real\s+|a\s+live\s+)?(?:person|people|human|humans|someone|somebody|adviser|advisers|advisor|advisors|agent|agents|staff|colleague|colleagues|operator|team\s+member|member\s+of\s+(?:staff|the\s+team|our\s+team)|(?:live|service|customer\s+service|support|care|customer\s+care|chat|contact\s+centre)\s+team|one\s+of\s+us|one\s+of\s+the\s+team)`;
const HANDOFF = new RegExp(
  String.raw`\b${ROUTE}\b(?:\s+\w+){0,3}?\s+(?:to|with)\s+${PERSON}\b|\b(?:hand-?over|hand-?off)\b`,
  "i",
);

/** Does the text say a customer is (or should be, or cannot be) passed to a person? */
export function mentionsHandoffToPerson(text: string): boolean {
  return HANDOFF.test(text);
}
