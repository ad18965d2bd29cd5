export {
  MESSAGE_LABELS,
  LABEL_DESCRIPTIONS,
  LABEL_NAMES,
  analyseMessage,
  explainMessage,
  type MessageLabel,
  type MessageSpan,
  type MessageAnalysis,
  type AnalysisContext,
  type ExplainedAnalysis,
  type ExplainedSpan,
  type SuppressedMatch,
} from "./analyse-message";
export { PHRASE_RULES, stepNameLists, type PhraseRule } from "./rules";
export { sympatheticEndearments } from "./respect-tone";
export { shoutedSpans, type ShoutSpan } from "./shouting";
export { foldObfuscation, rewriteText, type Rewrite, type RewrittenText } from "./obfuscation";
