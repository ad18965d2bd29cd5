/**
 * The syllabus the scenarios teach: the assessment criteria (examiner marking points) from the
 * revision notes in the project's seeds, given short codes so a scenario's learning outcomes can
 * cite them and the schema can check every citation.
 *
 * - CR-*  Pearson End-Point Assessment (Business Administration), "Understand customers and
 *         customer retention" (seeds 000 and 002).
 * - FA-*  Focus Awards Level 3 Diploma in Customer Service (RQF), same topic (seed 001).
 * - CSE-* Pearson End-Point Assessment, "Understand the customer service environment" (seed 003).
 * - REL-* Customer relationships element: expectations, CRM and complaint handling (seed 004).
 */
export interface SyllabusCriterion {
  code: string;
  source: string;
  text: string;
}

export const SYLLABUS: readonly SyllabusCriterion[] = [
  {
    code: "CR-1",
    source: "Pearson BTEC Level 3 Diploma in Customer Service — Understand customers and customer retention",
    text: "Explain how CRM systems collect and utilise customer data to personalise service and anticipate needs.",
  },
  {
    code: "CR-2",
    source: "Pearson BTEC Level 3 Diploma in Customer Service — Understand customers and customer retention",
    text: "Outline the stages of the customer retention lifecycle (onboarding, engagement, loyalty, win-back) and propose appropriate retention strategies for each stage.",
  },
  {
    code: "CR-3",
    source: "Pearson BTEC Level 3 Diploma in Customer Service — Understand customers and customer retention",
    text: "Evaluate quantitative (e.g. NPS, CSAT) and qualitative methods for measuring customer satisfaction, with their strengths and limitations.",
  },
  {
    code: "FA-1",
    source:
      "Focus Awards Level 3 Diploma in Customer Service (RQF) — Understand customers and customer retention",
    text: "Describe how CRM systems collect, store and use customer data to enhance relationships.",
  },
  {
    code: "FA-2",
    source:
      "Focus Awards Level 3 Diploma in Customer Service (RQF) — Understand customers and customer retention",
    text: "Identify and explain at least two distinct customer retention strategies with practical examples.",
  },
  {
    code: "FA-3",
    source:
      "Focus Awards Level 3 Diploma in Customer Service (RQF) — Understand customers and customer retention",
    text: "Interpret customer satisfaction metrics and propose actionable improvements.",
  },
  {
    code: "FA-4",
    source:
      "Focus Awards Level 3 Diploma in Customer Service (RQF) — Understand customers and customer retention",
    text: "Link customer satisfaction measurement to business performance indicators such as repeat purchase rate.",
  },
  {
    code: "CSE-1",
    source: "Pearson BTEC Level 3 Diploma in Customer Service — Understand the customer service environment",
    text: "Show how customer service policies and procedures reflect and reinforce brand identity and values.",
  },
  {
    code: "CSE-2",
    source: "Pearson BTEC Level 3 Diploma in Customer Service — Understand the customer service environment",
    text: "Describe the structure of a customer service function, including roles, responsibilities and communication channels.",
  },
  {
    code: "CSE-3",
    source: "Pearson BTEC Level 3 Diploma in Customer Service — Understand the customer service environment",
    text: "Evaluate the impact of key legislation (e.g. Consumer Rights Act, Data Protection Act) on customer service delivery and organisational practice.",
  },
  {
    code: "CSE-4",
    source: "Pearson BTEC Level 3 Diploma in Customer Service — Understand the customer service environment",
    text: "Give clear examples that link theoretical concepts to practical customer service scenarios.",
  },
  {
    code: "REL-1",
    source: "Customer relationships (Business Administration)",
    text: "Distinguish between internal and external customers and their needs.",
  },
  {
    code: "REL-2",
    source: "Customer relationships (Business Administration)",
    text: "Explain methods used to identify customer requirements, such as surveys, feedback forms or direct communication.",
  },
  {
    code: "REL-3",
    source: "Customer relationships (Business Administration)",
    text: "Explain how an organisation responds to customer feedback and complaints, including the stages of a structured complaints procedure and service recovery.",
  },
  {
    code: "REL-4",
    source: "Customer relationships (Business Administration)",
    text: "Outline the key components of a CRM system: data collection, analysis and use for personalised service.",
  },
  {
    code: "REL-5",
    source: "Customer relationships (Business Administration)",
    text: "Describe the core principles of CRM — using data to personalise service and maintaining ongoing communication to build loyalty — and how they contribute to retention.",
  },
];

export const SYLLABUS_CODES: ReadonlySet<string> = new Set(SYLLABUS.map((c) => c.code));

export function syllabusCriterion(code: string): SyllabusCriterion | undefined {
  return SYLLABUS.find((c) => c.code === code);
}

/**
 * The seed documents the codes come from (the project's shared seeds, 000–004), by topic, so coverage
 * can be read per seed as well as per code.
 */
export const SEED_TOPICS: readonly { seed: string; topic: string; codes: readonly string[] }[] = [
  {
    seed: "000, 002",
    topic: "Understand customers and customer retention (Pearson)",
    codes: ["CR-1", "CR-2", "CR-3"],
  },
  {
    seed: "001",
    topic: "Understand customers and customer retention (Focus Awards)",
    codes: ["FA-1", "FA-2", "FA-3", "FA-4"],
  },
  {
    seed: "003",
    topic: "Understand the customer service environment (Pearson)",
    codes: ["CSE-1", "CSE-2", "CSE-3", "CSE-4"],
  },
  {
    seed: "004",
    topic: "Customer relationships: expectations, CRM and complaints",
    codes: ["REL-1", "REL-2", "REL-3", "REL-4", "REL-5"],
  },
];
