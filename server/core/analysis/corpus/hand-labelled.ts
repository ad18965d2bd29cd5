/**
 * Hand-labelled learner replies for the message analyser.
 *
 * Each example lists the FULL set of labels a careful human marker would give the reply, following
 * the labelling guide in README.md (for example: "sorry to hear" counts as an apology; "for any
 * inconvenience" is a non-apology; "straight away" / "soon" are not a timeframe; a product's type
 * noun such as "kettle" counts as an order reference when the customer bought that product).
 * The sentences were written and labelled before the rules were tuned; do not edit a label just to
 * make the analyser pass. If a label is genuinely debatable, fix the guide, then the label.
 */
import type { AnalysisContext, MessageLabel } from "../analyse-message";

export interface LabelledSentence {
  text: string;
  context?: AnalysisContext;
  expect: MessageLabel[];
  /** Why the example is here (tricky cases). */
  note?: string;
}

/** Complaint: a kettle that stopped working. */
export const KETTLE: AnalysisContext = {
  customerFirstName: "Priya",
  customerLastName: "Shah",
  otherNames: ["Tom", "Janet", "Marcus"],
  orderRefs: ["ORD-10234"],
  productNames: ["Aurora 1.7L Glass Kettle"],
};

/** Complaint: a coffee grinder that arrived damaged. */
export const GRINDER: AnalysisContext = {
  customerFirstName: "Gareth",
  customerLastName: "Evans",
  otherNames: ["Aisha", "Sam"],
  orderRefs: ["ORD-10561"],
  productNames: ["Barista Burr Coffee Grinder"],
};

/** Complaint: a toaster that burns on one side. */
export const TOASTER: AnalysisContext = {
  customerFirstName: "Margaret",
  customerLastName: "O'Neill",
  otherNames: ["Linda"],
  orderRefs: ["ORD-10877"],
  productNames: ["Hearth 4-Slice Toaster"],
};

/** Onboarding: a brand-new coffee-bean subscriber. */
export const SUBSCRIBER: AnalysisContext = {
  customerFirstName: "Kwame",
  customerLastName: "Mensah",
  otherNames: ["Olivia"],
  orderRefs: ["SUB-2041"],
  productNames: ["Sumatra Dark Roast Beans"],
};

/** Win-back: a lapsed customer. */
export const LAPSED: AnalysisContext = {
  customerFirstName: "Chloe",
  customerLastName: "Barnes",
  otherNames: ["Zoe"],
  orderRefs: ["ORD-09812"],
  productNames: ["Ember Milk Frother"],
};

export const LABELLED_SENTENCES: LabelledSentence[] = [
  // ---------------------------------------------------------------- listen
  { text: "I understand your kettle stopped working after only a week.", expect: ["listen"] },
  { text: "So the grinder arrived with a cracked hopper, is that right?", expect: ["listen", "question"] },
  { text: "Could you tell me when the problem first started?", expect: ["listen", "question"] },
  { text: "What happened when you switched it on?", expect: ["listen", "question"] },
  { text: "Just to confirm, the lid won't stay closed?", expect: ["listen", "question"] },
  { text: "It sounds like the thermostat has failed.", expect: ["listen"] },
  { text: "If I've understood correctly, the toaster only heats on one side.", expect: ["listen"] },
  { text: "You mentioned the grinder makes a grinding noise.", expect: ["listen"] },
  {
    text: "I can see from your account that the kettle was delivered on 3 March.",
    expect: ["listen"],
    note: "a past date is not a timeframe",
  },
  { text: "I've read through your email carefully.", expect: ["listen"] },
  { text: "Could you send me a photo of the damage?", expect: ["listen", "question"] },
  {
    text: "Please let me know what the display shows.",
    expect: ["listen"],
    note: "clarifying request without '?'",
  },
  { text: "When did you first notice the smell?", expect: ["listen", "question"] },
  { text: "Is the power light coming on at all?", expect: ["listen", "question"] },
  { text: "Does the grinder make any noise when you press the button?", expect: ["listen", "question"] },
  { text: "Did the kettle arrive in its original box?", expect: ["listen", "question"] },
  { text: "How can I help you today?", expect: ["listen", "question"] },
  { text: "How are you finding the beans so far?", expect: ["listen", "question"] },
  { text: "What grind size would suit your coffee maker?", expect: ["listen", "question"] },
  { text: "Which brewing method do you use at home?", expect: ["listen", "question"] },
  { text: "We'd love to hear what made you stop ordering.", expect: ["listen"] },
  { text: "What could we have done better?", expect: ["listen", "question"] },
  {
    text: "Could you tell me your order number.",
    expect: ["listen", "question"],
    note: "interrogative without '?'",
  },
  {
    text: "It stopped working on Monday, you said?",
    expect: ["listen", "question"],
    note: "a past day is not a timeframe",
  },
  // listen: tricky negatives
  { text: "I don't understand why you're upset.", expect: [], note: "negated understanding" },
  { text: "I don't understand what you mean by broken.", expect: [] },
  {
    text: "Is there anything else I can help you with today?",
    expect: ["question"],
    note: "closing question, not listening",
  },
  { text: "Are you serious?", expect: ["question"] },
  { text: "Is that OK?", expect: ["question"] },
  { text: "Does that sound fair?", expect: ["question"] },
  { text: "Can I take your order number?", expect: ["question"] },
  { text: "Would you like a hand setting up your grinder?", expect: ["question"] },

  // ---------------------------------------------------------------- apologise
  {
    text: "I'm so sorry to hear your Aurora kettle stopped working after only a week.",
    expect: ["apologise"],
  },
  { text: "I apologise for the trouble this has caused you.", expect: ["apologise"] },
  { text: "I apologize for the trouble this has caused you.", expect: ["apologise"], note: "US spelling" },
  { text: "Please accept our sincere apologies for the delay.", expect: ["apologise"] },
  { text: "We're sorry that the kettle failed so soon.", expect: ["apologise"] },
  { text: "So sorry for the mix-up with your order.", expect: ["apologise"] },
  { text: "I'm sorry we didn't get this right first time.", expect: ["apologise"] },
  { text: "My apologies for the confusion over your delivery date.", expect: ["apologise"] },
  { text: "I'm sorry that happened.", expect: ["apologise"] },
  {
    text: "I'm sorry you didn't receive our email.",
    expect: ["apologise"],
    note: "'you didn't' here is not blame",
  },
  { text: "I'm sorry the last bag didn't live up to expectations.", expect: ["apologise"] },
  {
    text: "We’re apologizing to all affected customers.",
    expect: ["apologise"],
    note: "curly apostrophe, US spelling",
  },
  { text: "i apologise for the late reply", expect: ["apologise"] },
  {
    text: "Apologising again for the hassle, and thanks for bearing with us.",
    expect: ["apologise", "thank"],
  },
  { text: "Sorry for the wait, and thank you for holding.", expect: ["apologise", "thank"] },
  { text: "What a nuisance, I'm sorry.", expect: ["apologise", "empathy"] },
  // apologise: tricky negatives
  { text: "I'm not sorry.", expect: [] },
  { text: "I won't apologise for following our policy.", expect: [] },
  { text: "I’m not sorry, and I won’t apologise.", expect: [], note: "curly apostrophes" },
  {
    text: "I'm sorry, could you repeat your postcode?",
    expect: ["listen", "question"],
    note: "'sorry' as a request to repeat is not an apology",
  },

  // ---------------------------------------------------------------- non_apology
  { text: "I'm sorry you feel that way.", expect: ["non_apology"] },
  { text: "I'm sorry if you were upset by our email.", expect: ["non_apology"] },
  {
    text: "Sorry, but you should have read the instructions before using it.",
    expect: ["non_apology", "blame"],
  },
  { text: "I'm sorry, but the item is out of warranty.", expect: ["non_apology"] },
  { text: "We apologise for any inconvenience this may have caused.", expect: ["non_apology"] },
  { text: "I'm sorry for your feelings about this.", expect: ["non_apology"] },
  {
    text: "Sorry you're upset, but rules are rules.",
    expect: ["non_apology", "dismissive"],
    note: "dismissive added with the label (issue 8)",
  },
  { text: "I'm sorry that you think the grinder is faulty.", expect: ["non_apology"] },
  { text: "We're sorry if anyone was offended.", expect: ["non_apology"] },
  { text: "Mistakes were made.", expect: ["non_apology"] },
  {
    text: "I'm sorry, but that's our policy.",
    expect: ["non_apology", "dismissive"],
    note: "hiding behind policy: dismissive added with the label (issue 8)",
  },
  { text: "I apologise if the wait upset you.", expect: ["non_apology"] },
  { text: "Apologies, but we only accept unopened returns.", expect: ["non_apology"] },
  {
    text: "I feel sorry for you, but there's nothing I can do.",
    expect: ["non_apology", "dismissive"],
    note: "pity plus refusal (a brush-off: dismissive added with the label, issue 8)",
  },
  { text: "Sorry if you were confused by the instructions.", expect: ["non_apology"] },
  { text: "I'm sorry for any upset this caused.", expect: ["non_apology"] },
  { text: "We’re sorry you’re upset.", expect: ["non_apology"], note: "curly apostrophes" },
  {
    text: "I'd apologise if it were our fault, but it isn't.",
    expect: ["non_apology", "blame"],
    note: "conditional apology plus deflection",
  },
  {
    text: "I'm sorry for the trouble, but you should have registered your warranty.",
    expect: ["non_apology", "blame"],
    note: "apology cancelled by 'but' + blame",
  },

  // ---------------------------------------------------------------- solve
  { text: "I'll send a replacement kettle out to you today.", expect: ["solve", "timeframe"] },
  { text: "I have issued a full refund to your original payment method.", expect: ["solve"] },
  { text: "I'll arrange a courier to collect the faulty grinder.", expect: ["solve"] },
  {
    text: "We'd like to offer you a full refund.",
    expect: ["solve"],
    note: "the verb 'offer' is not a commercial offer",
  },
  { text: "I can offer a repair or a replacement, whichever you prefer.", expect: ["solve"] },
  { text: "We'll replace it free of charge.", expect: ["solve"], note: "a free remedy is not an incentive" },
  {
    text: "A new grinder will be sent out shortly.",
    expect: ["solve"],
    note: "'shortly' is not a timeframe",
  },
  { text: "I've updated your grind preference to cafetière as you asked.", expect: ["solve"] },
  { text: "I've paused your next delivery as requested.", expect: ["solve"] },
  { text: "If the repair fails, you're entitled to a refund or a price reduction.", expect: ["solve"] },
  {
    text: "As the kettle is faulty, you're entitled to a full refund under the Consumer Rights Act.",
    expect: ["solve"],
  },
  { text: "Would you prefer a refund or a replacement?", expect: ["solve", "question"] },
  { text: "Shall I arrange an engineer visit?", expect: ["solve", "question"] },
  { text: "We can't refund you, but we can repair it free of charge.", expect: ["solve"] },
  {
    text: "I'm really sorry the toaster burnt out, and I'll send a replacement today.",
    expect: ["apologise", "solve", "timeframe"],
  },
  { text: "Sorry for the wait, I'll refund you now.", expect: ["apologise", "solve"] },
  {
    text: "I’m so sorry – I’ll arrange a replacement straight away.",
    expect: ["apologise", "solve"],
    note: "curly apostrophes, en dash; 'straight away' is not a timeframe",
  },
  {
    text: "We're so sorry, and we're refunding you in full today.",
    expect: ["apologise", "solve", "timeframe"],
  },
  {
    text: "Could you confirm the delivery address for the replacement?",
    expect: ["listen", "solve", "question"],
  },
  // solve: tricky negatives
  { text: "We can't refund you for this.", expect: [] },
  { text: "No refund is possible on opened items.", expect: [] },
  { text: "I'm not able to offer a refund.", expect: [] },
  { text: "I'm afraid a replacement isn't available at the moment.", expect: [] },
  { text: "We are unable to repair items that are out of warranty.", expect: [] },
  { text: "Unfortunately we cannot replace the toaster.", expect: [] },
  { text: "We’re unable to refund opened bags of coffee.", expect: [] },
  { text: "Our refund policy is explained on our website.", expect: [] },
  {
    text: "The kettle was bought 5 weeks ago, so it's within the 6-month repair window.",
    expect: [],
    note: "mentions repair without proposing one",
  },
  {
    text: "Thanks to a courier error, your parcel went to the wrong depot.",
    expect: [],
    note: "'thanks to' means 'because of'",
  },

  // ---------------------------------------------------------------- thank
  { text: "Thank you for letting us know about this.", expect: ["thank"] },
  { text: "Thanks for your patience while we sorted this out.", expect: ["thank"] },
  { text: "Cheers, and speak soon!", expect: ["thank"] },
  { text: "I really appreciate you taking the time to explain.", expect: ["thank"] },
  { text: "I'm grateful for your patience.", expect: ["thank"] },
  { text: "Many thanks for your feedback about the toaster.", expect: ["thank"] },
  { text: "Thank you so much for being a loyal customer.", expect: ["thank"] },
  { text: "THANK YOU FOR YOUR PATIENCE", expect: ["thank"] },
  { text: "😊 Thanks so much for your order!", expect: ["thank"] },
  { text: "Thanks, but you should have told us sooner.", expect: ["thank", "blame"] },
  // thank: tricky negatives (sarcasm, refusals)
  { text: "Thanks for nothing.", expect: [] },
  { text: "No thanks, we don't need a photo.", expect: [] },
  { text: "Thank you for your attitude.", expect: [], note: "sarcastic" },

  // ---------------------------------------------------------------- blame
  { text: "You must have dropped it during unpacking.", expect: ["blame"] },
  { text: "You should have read the instructions.", expect: ["blame"] },
  { text: "That's your fault, not ours.", expect: ["blame"] },
  { text: "You didn't descale it, which is why it stopped working.", expect: ["blame"] },
  { text: "The damage looks like it was caused by misuse.", expect: ["blame"] },
  {
    text: "The instructions clearly state that the kettle must not be used without water.",
    expect: ["blame"],
  },
  { text: "If you had followed the cleaning guide, this wouldn't have happened.", expect: ["blame"] },
  { text: "Most customers don't have this problem with the grinder.", expect: ["blame"] },
  { text: "Did you drop it by any chance?", expect: ["blame", "question"] },
  { text: "Have you tried reading the manual?", expect: ["blame", "question"] },
  { text: "Why didn't you contact us sooner?", expect: ["blame", "question"] },
  { text: "What did you expect for £15?", expect: ["blame", "question"] },
  { text: "It appears the kettle hasn't been descaled for some time.", expect: ["blame"] },
  { text: "User error is the most common cause of this fault.", expect: ["blame"] },
  { text: "You forgot to remove the packaging from the toaster.", expect: ["blame"] },
  { text: "Had you registered your warranty, this would be easier.", expect: ["blame"] },
  { text: "With respect, you were told the beans were non-refundable.", expect: ["blame"] },
  // blame: tricky negatives
  { text: "You must have been so worried when it started smoking.", expect: ["empathy"] },
  { text: "You should have received a confirmation email this morning.", expect: [] },
  { text: "It's not your fault at all.", expect: [] },
  { text: "You did everything right, so this is clearly a manufacturing fault.", expect: [] },
  { text: "You didn't do anything wrong.", expect: [] },

  // ---------------------------------------------------------------- calm_down
  { text: "Please calm down so we can talk about this.", expect: ["calm_down"] },
  {
    text: "Relax, it's only a kettle.",
    expect: ["calm_down", "dismissive"],
    note: "minimising: dismissive added with the label (issue 8)",
  },
  { text: "There's no need to shout at me.", expect: ["calm_down"] },
  {
    text: "Don't get upset, these things happen.",
    expect: ["calm_down", "dismissive"],
    note: "minimising: dismissive added with the label (issue 8)",
  },
  { text: "Please don't be upset, I'll sort it out for you.", expect: ["calm_down", "ownership"] },
  { text: "You're overreacting about a £20 toaster.", expect: ["calm_down"] },
  { text: "Take a deep breath and tell me what happened.", expect: ["calm_down", "listen"] },
  { text: "You're being very rude, and I won't continue this call if you swear.", expect: ["calm_down"] },
  { text: "No need to raise your voice.", expect: ["calm_down"] },
  { text: "Please stay calm while I check your order.", expect: ["calm_down"] },
  { text: "Calm down, madam.", expect: ["calm_down"] },
  { text: "Try to relax and we'll get through this.", expect: ["calm_down"] },
  { text: "PLEASE CALM DOWN", expect: ["calm_down"] },
  // calm_down: tricky negatives
  { text: "Sit back, relax and enjoy your first brew.", expect: [] },
  { text: "There's no need to worry about missing a delivery.", expect: [] },
  { text: "You can relax knowing your beans are on their way.", expect: [] },

  // ---------------------------------------------------------------- dismissive (issue 8; written with the rules in view)
  { text: "It's not the end of the world, it's only a kettle.", expect: ["dismissive"] },
  { text: "These things happen, I'm sure you'll survive.", expect: ["dismissive"] },
  { text: "Well done for finally reading the email.", expect: ["dismissive"], note: "sarcasm" },
  {
    text: "Thanks so much for your patience, I'm sure.",
    expect: ["dismissive"],
    note: "sarcasm: not thanks",
  },
  { text: "Congratulations, you found the small print.", expect: ["dismissive"] },
  {
    text: "As I already explained, the refund takes 5 working days.",
    expect: ["solve", "dismissive", "timeframe"],
  },
  { text: "It's really quite simple.", expect: ["dismissive"] },
  { text: "Let me explain this slowly.", expect: ["dismissive"] },
  { text: "As anyone would know, kettles need descaling.", expect: ["dismissive"] },
  { text: "That's just how it is, take it or leave it.", expect: ["dismissive"] },
  { text: "You'll have to deal with it like everyone else.", expect: ["dismissive"] },
  { text: "That's not my problem.", expect: ["dismissive"] },
  {
    text: "Customer was rude and demanding, probably dropped it.",
    expect: ["blame", "dismissive"],
    note: "a CRM note",
  },
  {
    text: "Difficult customer, moaning again about the grinder.",
    expect: ["dismissive"],
    note: "a CRM note",
  },
  { text: "Time-waster. Clueless about descaling.", expect: ["dismissive"], note: "a CRM note" },
  { text: "You clearly don't understand how a warranty works.", expect: ["dismissive"] },
  { text: "I'm sorry the kettle broke, but these things happen.", expect: ["non_apology", "dismissive"] },
  // dismissive: tricky negatives
  { text: "I know it's not just a kettle to you.", expect: [] },
  { text: "You're not a time-waster at all, this is exactly what we're here for.", expect: [] },
  { text: "You're entitled to a full refund.", expect: ["solve"] },
  {
    text: "Customer was demanding a refund for the grinder.",
    expect: ["solve"],
    note: "a note: 'demanding' is the verb",
  },
  { text: "Customer is difficult to reach by phone, emailed instead.", expect: [] },
  { text: "It's easy to return: just use the prepaid label.", expect: ["solve"] },
  {
    text: "There's nothing more we can do about the courier, but I can refund your delivery charge.",
    expect: ["solve"],
  },
  { text: "I'm glad you finally received your order.", expect: [] },
  { text: "You have no idea how sorry I am.", expect: ["apologise"] },

  // ---------------------------------------------------------------- blame, widened (issue 8; written with the rules in view)
  { text: "It must be something that happened your end.", expect: ["blame"] },
  { text: "You put the filter in wrong.", expect: ["blame"] },
  { text: "You must not have read the instructions.", expect: ["blame"] },
  { text: "If you'd read the email you would know the date.", expect: ["blame"] },
  { text: "You obviously haven't read the care guide.", expect: ["blame"] },
  { text: "Cust didn't read the manual, her own fault.", expect: ["blame"], note: "a CRM note" },
  { text: "The problem is probably with your socket.", expect: ["blame"] },
  // blame: tricky negatives
  { text: "You did nothing wrong.", expect: [] },
  { text: "The driver said he dropped it.", expect: [] },
  { text: "Customer said the kettle arrived broken.", expect: [] },
  { text: "You've been put through to the wrong department, I'm sorry.", expect: ["apologise"] },
  { text: "I understand you ordered the wrong size by mistake.", expect: ["listen"] },

  // ---------------------------------------------------------------- neutral CRM notes and case text (issue 8, second pass)
  // Added when the retrained model scored "Customer says it stopped working." as blame (p = 0.74) and
  // "Customer complaint." as blame (0.56): the only third-person notes above were blaming or
  // disparaging ones, so it had learned "customer" as a cue. Labelled by the guide (a note reporting
  // what the customer said is not blame). Written after the problem was seen, so they are training
  // data for the model and say little about new notes.
  { text: "Customer complaint.", expect: [], note: "a CRM note" },
  {
    text: "Customer says it stopped working after two weeks.",
    expect: [],
    note: "a CRM note reporting the customer",
  },
  { text: "Customer reports the frother has failed again after the repair.", expect: [], note: "a CRM note" },
  { text: "Kettle complaint, case opened.", expect: [], note: "a CRM note" },
  { text: "Customer asked for a manager.", expect: [], note: "a CRM note" },
  { text: "Customer unhappy with the delay.", expect: [], note: "a CRM note" },
  { text: "Customer prefers email, hard of hearing.", expect: [], note: "a CRM note" },
  { text: "Customer says the light flickers and then nothing happens.", expect: [], note: "a CRM note" },
  { text: "Customer was upset but polite throughout.", expect: [], note: "a CRM note" },
  {
    text: "Customer had already checked the fuse and tried another socket.",
    expect: [],
    note: "a CRM note: what she did, not blame",
  },
  { text: "Customer thinks she is still within the 30 days.", expect: [], note: "a CRM note" },
  {
    text: "Escalated to the team leader at the customer's request.",
    expect: [],
    note: "an escalation reason",
  },
  { text: "Faulty product reported by the customer on the phone.", expect: [], note: "a case summary" },
  {
    text: "Customer reported the grinder arrived with a cracked hopper.",
    expect: [],
    note: "a case summary",
  },
  { text: "Grind preference coarse, uses a cafetière.", expect: [], note: "a CRM note" },

  // ---------------------------------------------------------------- jargon
  { text: "I've raised an RMA for the grinder.", expect: ["solve", "jargon"] },
  { text: "Your ticket ID is 48213 and it has been escalated to L2.", expect: ["jargon"] },
  { text: "The SKU you ordered is out of stock.", expect: ["jargon"] },
  { text: "We'll respond within our SLA.", expect: ["jargon"], note: "no concrete time" },
  { text: "Per our T&Cs, returns must be unused.", expect: ["jargon"] },
  { text: "Under CRA s.24 you are entitled to a final right to reject.", expect: ["jargon"] },
  { text: "We've escalated your case to second-line support.", expect: ["jargon"] },
  { text: "Your RMA number is RMA-55812; please quote it on the parcel.", expect: ["jargon"] },
  { text: "The item has been flagged as DOA by our QC team.", expect: ["jargon"] },
  { text: "We'll process the return once it's scanned in at goods-in.", expect: ["solve", "jargon"] },
  { text: "Our Level 2 team will investigate.", expect: ["jargon"] },
  { text: "Your case has been logged in our CRM.", expect: ["jargon"] },
  { text: "We'll send a POD from the courier.", expect: ["jargon"] },
  // jargon: tricky negatives
  { text: "Each coffee pod makes one cup.", expect: [] },
  { text: "Your reference number is 48213.", expect: [] },
  { text: "We've passed this to our returns team.", expect: [] },

  // ---------------------------------------------------------------- empathy
  { text: "That must be so frustrating, especially first thing in the morning.", expect: ["empathy"] },
  { text: "I can imagine how annoying it is to have no kettle.", expect: ["empathy"] },
  { text: "That must have been really disappointing.", expect: ["empathy"] },
  { text: "I know how annoying it is when a new appliance lets you down.", expect: ["empathy"] },
  { text: "How frustrating!", expect: ["empathy"], note: "exclamation, not a question" },
  { text: "I completely understand how upsetting this is.", expect: ["empathy"] },
  {
    text: "I understand you're frustrated that the grinder arrived broken.",
    expect: ["listen", "empathy"],
  },
  {
    text: "I can't imagine how stressful that must have been.",
    expect: ["empathy"],
    note: "idiomatic negation",
  },
  { text: "That can't have been easy.", expect: ["empathy"], note: "idiomatic negation" },
  // empathy: tricky negatives
  { text: "I can't imagine why you'd be upset about this.", expect: [] },
  { text: "It must be a faulty batch.", expect: [] },

  // ---------------------------------------------------------------- ownership
  { text: "I'll personally make sure this is put right.", expect: ["ownership"] },
  { text: "Leave it with me and I'll look after everything.", expect: ["ownership"] },
  { text: "Don't worry, I'll keep you posted.", expect: ["ownership"] },
  { text: "I'll look into this myself and call you back by 5pm.", expect: ["ownership", "timeframe"] },
  { text: "I take full responsibility for this mistake.", expect: ["ownership"] },
  { text: "This was entirely our mistake.", expect: ["ownership"] },
  { text: "We got this wrong, and I'm sorry.", expect: ["apologise", "ownership"] },
  { text: "I'm truly sorry — we let you down.", expect: ["apologise", "ownership"] },
  {
    text: "I'll make sure the replacement is dispatched tomorrow morning.",
    expect: ["solve", "ownership", "timeframe"],
  },
  {
    text: "I'll send the replacement out today and keep you updated.",
    expect: ["solve", "ownership", "timeframe"],
  },
  { text: "I'll be your single point of contact until this is resolved.", expect: ["ownership"] },
  { text: "I'm handling your case personally.", expect: ["ownership"] },
  { text: "We'll make sure this doesn't happen again.", expect: ["ownership"] },
  { text: "I’ll personally make sure it’s sorted.", expect: ["ownership"], note: "curly apostrophes" },
  // ownership: tricky negatives
  { text: "Someone from the team will be in touch.", expect: [] },
  {
    text: "It's not my department, so I can't help.",
    expect: ["dismissive"],
    note: "brush-off: dismissive added with the label (issue 8)",
  },
  { text: "I'm not going to personally chase this.", expect: [] },

  // ---------------------------------------------------------------- offer
  { text: "As a goodwill gesture, here's 20% off your next order.", expect: ["offer"] },
  { text: "We'd love to offer you free delivery on your next bag of beans.", expect: ["offer"] },
  { text: "I've added a £10 voucher to your account.", expect: ["offer"] },
  { text: "Here's 15% off your first three bags as a welcome gift.", expect: ["offer"] },
  {
    text: "It's been a while since your last order, so we've saved you a discount code: COMEBACK20.",
    expect: ["offer"],
  },
  { text: "Come back and enjoy double loyalty points on your next order.", expect: ["offer"] },
  {
    text: "Would you like me to add a free bag of decaf to your next box?",
    expect: ["offer", "question"],
  },
  { text: "Use code WELCOME10 for 10% off your first order.", expect: ["offer"] },
  {
    text: "As a thank you for being with us for two years, enjoy a complimentary bag of our new roast.",
    expect: ["thank", "offer"],
  },
  {
    text: "I’ve credited your account with £5 as a goodwill gesture.",
    expect: ["solve", "offer"],
  },
  { text: "Enjoy free shipping on us for the next three months.", expect: ["offer", "timeframe"] },
  { text: "You'll get 100 bonus points when you rejoin.", expect: ["offer"] },
  // offer: tricky negatives
  { text: "I can't offer a discount, I'm afraid.", expect: [] },
  { text: "There are no vouchers available at the moment.", expect: [] },
  { text: "Discounts aren't available on subscriptions.", expect: [] },
  { text: "We no longer offer free delivery on orders under £20.", expect: [] },

  // ---------------------------------------------------------------- timeframe
  { text: "You should receive your refund within 3 working days.", expect: ["solve", "timeframe"] },
  { text: "The courier will collect it by Friday.", expect: ["solve", "timeframe"] },
  { text: "You'll hear from me in the next 24 hours.", expect: ["timeframe"] },
  { text: "You'll have your money back by Wednesday.", expect: ["solve", "timeframe"] },
  { text: "We'll refund the £39.99 to your card within 5 working days.", expect: ["solve", "timeframe"] },
  { text: "The replacement toaster should be with you in 2-3 working days.", expect: ["solve", "timeframe"] },
  { text: "Your refund will be back on your card in 3–5 working days.", expect: ["solve", "timeframe"] },
  { text: "The replacement will be with you tomorrow.", expect: ["solve", "timeframe"] },
  { text: "Our engineer can visit on Monday to repair it.", expect: ["solve", "timeframe"] },
  {
    text: "Are you happy for me to book a collection for Thursday?",
    expect: ["solve", "timeframe", "question"],
  },
  {
    text: "Sorry about that, I'll get a new one in the post to you tomorrow.",
    expect: ["apologise", "solve", "timeframe"],
  },
  {
    text: "Once we receive the grinder, our workshop will repair it within 10 days.",
    expect: ["solve", "timeframe"],
  },
  {
    text: "Your deliveries will arrive every four weeks, and you can pause at any time.",
    expect: ["timeframe"],
  },
  { text: "We aim to reply within 48 hours.", expect: ["timeframe"] },
  { text: "I'll call you back before the end of the day.", expect: ["timeframe"] },
  { text: "Your next delivery is due on 14 June.", expect: ["timeframe"] },
  // timeframe: tricky negatives
  { text: "We'll be in touch as soon as possible.", expect: [] },
  { text: "We'll be in touch soon.", expect: [] },
  { text: "I'll get back to you shortly.", expect: [] },
  { text: "Your parcel was delivered last Tuesday.", expect: [] },
  { text: "You can change your grind or skip a month at any time from your account page.", expect: [] },
  { text: "Your subscription is now active.", expect: [] },

  // ---------------------------------------------------------------- names and references (context)
  {
    text: "Cheers for bearing with us, Gareth.",
    context: GRINDER,
    expect: ["thank", "personalised"],
  },
  {
    text: "Hi Tom, I'm sorry the kettle has let you down.",
    context: KETTLE,
    expect: ["apologise", "wrong_name", "order_reference"],
    note: "Tom is a member of staff",
  },
  {
    text: "Dear Sarah, thank you for getting in touch.",
    context: KETTLE,
    expect: ["thank", "wrong_name"],
    note: "a greeting with a name that is not the customer's",
  },
  {
    text: "Hi Priya, I'm sorry the kettle has let you down.",
    context: KETTLE,
    expect: ["apologise", "personalised", "order_reference"],
  },
  {
    text: "Dear Ms Shah, thank you for your email about order ORD-10234.",
    context: KETTLE,
    expect: ["thank", "personalised", "order_reference"],
  },
  { text: "None of this is your fault, Priya.", context: KETTLE, expect: ["personalised"] },
  { text: "Welcome to Bean & Brew, Kwame!", context: SUBSCRIBER, expect: ["personalised"] },
  {
    text: "Your first bag of Sumatra beans will arrive on Thursday.",
    context: SUBSCRIBER,
    expect: ["order_reference", "timeframe"],
  },
  {
    text: "Thank you for joining our coffee subscription, Kwame.",
    context: SUBSCRIBER,
    expect: ["thank", "personalised"],
  },
  { text: "Hi Olivia, welcome aboard!", context: SUBSCRIBER, expect: ["wrong_name"] },
  {
    text: "Welcome aboard, Kwame — your first box ships tomorrow.",
    context: SUBSCRIBER,
    expect: ["personalised", "timeframe"],
  },
  {
    text: "We've missed you, Chloe! Here's £5 off your next order.",
    context: LAPSED,
    expect: ["personalised", "offer"],
  },
  {
    text: "You told us the frother was too noisy, so we've launched a quieter model.",
    context: LAPSED,
    expect: ["listen", "order_reference"],
  },
  { text: "Dear Zoe, we'd love to welcome you back.", context: LAPSED, expect: ["wrong_name"] },
  {
    text: "Dear Ms Barnes, we'd love to welcome you back with free delivery.",
    context: LAPSED,
    expect: ["personalised", "offer"],
  },
  {
    text: "Hi Chloe, is there anything we could do to tempt you back?",
    context: LAPSED,
    expect: ["listen", "personalised", "question"],
  },
  {
    text: "Good morning Gareth, I've booked a courier for tomorrow between 8am and noon.",
    context: GRINDER,
    expect: ["solve", "personalised", "timeframe"],
  },
  {
    text: "Hello Aisha, the grinder will be collected on Friday.",
    context: GRINDER,
    expect: ["solve", "wrong_name", "order_reference", "timeframe"],
  },
  {
    text: "My colleague Aisha will call you tomorrow to confirm the collection.",
    context: GRINDER,
    expect: ["solve", "timeframe"],
    note: "mentioning a colleague is not addressing the customer by the wrong name",
  },
  {
    text: "Thanks for your patience, Priya. Kind regards, Tom",
    context: KETTLE,
    expect: ["thank", "personalised"],
    note: "the agent's own sign-off is not a wrong name",
  },
  { text: "Thanks, Priya, for your patience.", context: KETTLE, expect: ["thank", "personalised"] },
  { text: "Priya, I'm so sorry about all of this.", context: KETTLE, expect: ["apologise", "personalised"] },
  {
    text: "Thank you, Janet, for your patience.",
    context: KETTLE,
    expect: ["thank", "wrong_name"],
  },
  {
    text: "Dear Mr Evans, I apologise for the damaged grinder.",
    context: GRINDER,
    expect: ["apologise", "personalised", "order_reference"],
  },
  {
    text: "Dear Mrs Jones, I apologise for the damaged grinder.",
    context: GRINDER,
    expect: ["apologise", "wrong_name", "order_reference"],
  },
  {
    text: "Hi there, thanks for your message about order ORD-10561.",
    context: GRINDER,
    expect: ["thank", "order_reference"],
  },
  {
    text: "Your order #10877 has been refunded in full.",
    context: TOASTER,
    expect: ["solve", "order_reference"],
  },
  {
    text: "I'm sorry the Hearth toaster keeps burning your bread, Margaret.",
    context: TOASTER,
    expect: ["apologise", "personalised", "order_reference"],
  },
  {
    text: "Margaret, could you tell me which setting you were using?",
    context: TOASTER,
    expect: ["listen", "personalised", "question"],
  },
  {
    text: "Hi Linda, could you tell me which setting you were using?",
    context: TOASTER,
    expect: ["listen", "wrong_name", "question"],
  },
  {
    text: "Dear Mrs O’Neill, thank you for your patience with order ORD-10877.",
    context: TOASTER,
    expect: ["thank", "personalised", "order_reference"],
    note: "curly apostrophe inside the name",
  },

  // ---------------------------------------------------------------- whole replies
  {
    text:
      "Hi Priya, thank you for getting in touch. I'm so sorry your Aurora kettle stopped working after a week; " +
      "that must be really frustrating. Could you tell me whether the light comes on? " +
      "I'll arrange a replacement to reach you within 2 working days.",
    context: KETTLE,
    expect: [
      "listen",
      "apologise",
      "solve",
      "thank",
      "personalised",
      "order_reference",
      "empathy",
      "timeframe",
      "question",
    ],
  },
  {
    text:
      "Dear Customer, we apologise for any inconvenience caused. Please note that, per our T&Cs, the warranty " +
      "excludes accidental damage. Regards, Customer Services",
    expect: ["non_apology", "jargon"],
  },
  {
    text: "Hi Gareth! Sorry, but the grinder has clearly been dropped. Most people read the manual first. Relax, we'll look at it.",
    context: GRINDER,
    expect: ["non_apology", "blame", "calm_down", "personalised", "order_reference"],
  },
  {
    text:
      "Hello Kwame, welcome to the club! Your first bag of Sumatra Dark Roast Beans ships on Monday, and every " +
      "four weeks after that. Which grind suits your cafetière? Thanks for choosing us.",
    context: SUBSCRIBER,
    expect: ["listen", "thank", "personalised", "order_reference", "timeframe", "question"],
  },
  {
    text:
      "Hi Chloe, we noticed you haven't ordered for a while and we'd love to know why. Here's 25% off your next " +
      "order, valid until Sunday.",
    context: LAPSED,
    expect: ["listen", "personalised", "offer", "timeframe"],
  },
  {
    text:
      "Thank you for your patience, Margaret. I'm sorry the Hearth toaster has been burning on one side. " +
      "I'll personally arrange a replacement, and it will be with you by Thursday.",
    context: TOASTER,
    expect: ["apologise", "solve", "thank", "personalised", "order_reference", "ownership", "timeframe"],
  },
  {
    text: "Dear Mr Evans, your RMA is RMA-7781. Please pack the grinder securely; the courier will collect it on Tuesday.",
    context: GRINDER,
    expect: ["solve", "jargon", "personalised", "order_reference", "timeframe"],
  },
  {
    text:
      "Hi Kwame, thanks for your question! Yes, you can switch to a lighter roast at any time, and I've set your " +
      "next bag to the Colombian medium roast.",
    context: SUBSCRIBER,
    expect: ["solve", "thank", "personalised"],
  },
  {
    text: "Hi Marcus, sorry you feel that way. You must have left it on the hob. Please calm down.",
    context: KETTLE,
    expect: ["non_apology", "blame", "calm_down", "wrong_name"],
  },
  {
    text:
      "Hello Chloe, I'm sorry the frother stopped frothing, that sounds really annoying. What would make you " +
      "want to order again? As a thank you for your feedback, here's free delivery on your next order.",
    context: LAPSED,
    expect: [
      "listen",
      "apologise",
      "thank",
      "personalised",
      "order_reference",
      "empathy",
      "offer",
      "question",
    ],
  },

  // ---------------------------------------------------------------- issue 8, fourth pass (written with the rules in view)
  { text: "I've waived the late fee on your account.", expect: ["solve"] },
  { text: "I can waive the delivery charge this time.", expect: ["solve"] },
  { text: "We've reversed the charge, so it won't show on your statement.", expect: ["solve"] },
  { text: "We can give you store credit for the full amount.", expect: ["solve"] },
  { text: "I'll just change the delivery address for you now.", expect: ["solve"] },
  {
    text: "Our team will email you rebooking instructions.",
    expect: [],
    note: "Instructions about rebooking are not a rebooking.",
  },
  { text: "It says right on the box: hand wash only.", expect: ["blame"] },
  { text: "That one's on you, I'm afraid.", expect: ["blame"] },
  { text: "You signed the hire agreement, so the damage charge stands.", expect: ["blame"] },
  { text: "You lot should have checked the address before it went out.", expect: ["blame"] },
  { text: "You can clear the descaling light by holding the button for five seconds.", expect: ["solve"] },
  { text: "We'd recommend a factory reset of the grinder.", expect: ["solve"] },
  { text: "Try refreshing the page and logging back in.", expect: ["solve"] },
  {
    text: "You can update your delivery address using these steps: [link]",
    expect: [],
    note: "A how-to for something the customer asked to do, not a fix.",
  },
  { text: "The kettle has been exposed to water, which is not covered.", expect: ["blame"] },
  { text: "The problem is with your laptop, not our website.", expect: ["blame"] },
  { text: "We gave you fair warning about the late fee.", expect: ["blame"] },
  { text: "Our receipt clearly states that sale items are final.", expect: ["blame"] },
  {
    text: "I can see you haven't used your subscription for a while, so I've paused it for you.",
    expect: ["listen", "solve"],
    note: "Reading the account is not blaming ('you haven't used').",
  },

  {
    text: "Sorry, we don't sell descaler. Is there anything else you'd like?",
    expect: ["apologise", "question"],
  },
  { text: "Is the power light on when you plug it in?", expect: ["listen", "question"] },

  // Case titles and notes (issue 8, fourth pass: the retrained model read the first as solve; written after
  // that was seen, so training data, not evidence).
  { text: "Duplicate subscription payment.", expect: [] },
  { text: "Kettle stopped working.", expect: [] },
  { text: "Refund request.", expect: [] },
  { text: "Re-send requested.", expect: [] },

  // Passive-aggressive politeness (issue 8 red team; written with the rules in view, so training data).
  { text: "As per my previous email, the offer has now ended.", expect: ["dismissive"] },
  { text: "As I'm sure you can understand, we cannot control the courier.", expect: ["dismissive"] },
  {
    text: "For your information, our opening hours are on the website. I trust this clarifies matters.",
    expect: ["dismissive"],
  },
  { text: "Going forward, please ensure you read the care guide.", expect: ["dismissive"] },
  { text: "As per your request, I've cancelled the order.", expect: ["solve"] },
  { text: "I trust you're well and enjoying the new roast.", expect: [] },
  {
    text: "I'm so sorry, please don't be angry with me.",
    expect: ["apologise"],
    note: "grovelling, not telling the customer to calm down",
  },

  // Red-team round 4 (the requester's tables, both what must change and what must not; written with the
  // rules in view, so training data): what the customer was put through is not blame, hindsight still is;
  // following the case through is ownership, not listening; an excuse after an apology takes it back, and
  // without an apology it is not a non-apology.
  {
    text: "A kettle should last for years, not twelve days, and you should not have had to spend the last two days managing without one.",
    expect: [],
  },
  { text: "You shouldn't have had to chase us for this.", expect: [] },
  { text: "You should never have been charged twice.", expect: [] },
  { text: "You shouldn't have to wait another fortnight for it.", expect: [] },
  { text: "You should have checked the fuse first.", expect: ["blame"] },
  { text: "You should have told us sooner.", expect: ["blame"] },
  {
    text: "It's my case now, so I'll ring you on Thursday to check it's all gone through.",
    expect: ["ownership", "timeframe"],
  },
  {
    text: "I'll call you next week to make sure the refund has arrived.",
    expect: ["solve", "ownership", "timeframe"],
  },
  { text: "Leave it with me, I'll see it through.", expect: ["ownership"] },
  {
    text: "Sorry about this. Bean Bot is provided by an outside software supplier and unfortunately their system had a glitch at the weekend, so there was nothing our team could have done.",
    expect: ["apologise", "non_apology"],
  },
  {
    text: "I'm sorry it's failed again. To be honest it's the manufacturer's fault, not ours; we just sell them.",
    expect: ["apologise", "non_apology"],
  },
  {
    text: "I'm sorry for the delay. It was completely out of our hands.",
    expect: ["apologise", "non_apology"],
  },
  { text: "Unfortunately the courier lost your parcel, which is completely out of our hands.", expect: [] },
  {
    text: "I'm sorry the courier lost it; we've already chased them and another is on its way.",
    expect: ["apologise", "solve"],
  },

  // Red-team round 4 B (the requester's tables; written with the rules in view, so training data).
  { text: "Thank you to give us one more chance.", expect: ["thank"] },
  { text: "Thank you to everyone who answered our survey.", expect: ["thank"] },
  { text: "Thanks to our new courier, deliveries now arrive on time.", expect: [] },
  { text: "Your loyalty points are worth double on your next order.", expect: ["offer"] },
  { text: "Points are doubled on everything you buy this month.", expect: ["offer", "timeframe"] },
  { text: "Your points balance is 2,380.", expect: [] },
  { text: "We've noted that you don't want offers, so we won't send you any.", expect: [] },

  // Red-team round 7 A and B (the requesters' tables).
  {
    text: "I'll drop you a line on Friday to make sure the refund has landed.",
    expect: ["ownership", "timeframe"],
  },
  { text: "We're mortified that we got this wrong.", expect: ["apologise", "ownership"] },
  {
    text: "Customer comes across as demanding and high-maintenance, possibly a serial requester.",
    expect: ["dismissive"],
  },
  { text: "Tom, thank you so much for sharing this with the whole internet.", expect: ["dismissive"] },
  { text: "We're sorry our chat assistant didn't quite meet your standards.", expect: ["non_apology"] },
  { text: "I'm gutted you feel that way.", expect: [] },
  { text: "Customer has a history of complaints about late delivery.", expect: [] },

  // Red-team round 6 A: learners' present simple for a promise (the requester's table).
  { text: "I look after this myself.", expect: ["ownership"] },
  { text: "I call you tomorrow for check the engineer came.", expect: ["ownership", "timeframe"] },
  { text: "I look after the accounts team.", expect: [] },

  // Round 6 (gaps): calling the customer ridiculous, pathetic or silly (written with the rules in view).
  { text: "You're being ridiculous, the parcel is on its way.", expect: ["dismissive"] },
  { text: "The customer is being pathetic about a late parcel.", expect: ["dismissive"] },
  { text: "That's ridiculous, and you're right to be cross about it.", expect: [] },
  { text: "You're not being silly at all to ask.", expect: [] },

  // Red-team round 5 A and B (the requesters' tables, what must change and what must not; written with
  // the rules in view, so training data).
  {
    text: "This reply listens, apologises, solves and says thank you, in LASS order (Listen, Apologise, Solve, Say thank you).",
    expect: [],
  },
  { text: "I understand the customer's frustration.", expect: [] },
  {
    text: "To be fair though, three late parcels out of all the orders we send isn't really much to get worked up about, and the mugs did get there in the end.",
    expect: ["dismissive"],
  },
  { text: "It's nothing to get worked up about.", expect: ["dismissive"] },
  { text: "I know it's a lot to get worked up about, and you're right to be.", expect: [] },
  {
    text: "The parcel did get there in the end, on Tuesday, and I'm sorry it was late.",
    expect: ["apologise", "timeframe"],
  },
  { text: "I'll try to keep this simple for you.", expect: ["dismissive"] },
  {
    text: "As you may not realise, coffee is a natural product and every harvest tastes a little different.",
    expect: ["dismissive"],
  },
  { text: "Does that make sense so far?", expect: ["dismissive", "question"] },
  { text: "Let me know if anything in the email doesn't make sense.", expect: [] },
  {
    text: "I'm sorry your first order, the Burr Pro grinder, arrived four days late and was left with a neighbour, but that was down to the courier, not us.",
    expect: ["apologise", "non_apology"],
  },
  {
    text: "I'm sorry your parcel was late; the courier missed our cut-off, and we've moved your deliveries to Royal Mail.",
    expect: ["apologise"],
  },

  // What the customer wants, reported in the third person, is not a fix (gaps, evening of 4 December).
  { text: "The customer was demanding a refund.", expect: [] },
  { text: "Customer wants a refund or a working kettle.", expect: [] },
  { text: "She asked for a full refund.", expect: [] },
  { text: "The customer was demanding a refund, so I refunded her \u00a320.", expect: ["solve"] },
  { text: "They wanted a repair; we arranged an engineer for Friday.", expect: ["solve", "timeframe"] },

  // Red-team round 8 A (the requester's sentences and near-misses).
  {
    text: "As the kettle was delivered within the last 30 days, you are entitled under the Consumer Rights Act 2015 to reject it and receive a full refund.",
    expect: ["solve"],
  },
  { text: "You're entitled, by law, to a full refund.", expect: ["solve"] },
  { text: "You're being very entitled.", expect: ["dismissive"] },
  {
    text: "The Aurora's care guide mentions that limescale build-up is the most common cause of this kind of fault, and that regular descaling is the owner's responsibility.",
    expect: ["blame"],
  },
  { text: "It is up to the owner to descale the kettle.", expect: ["blame"] },
  { text: "It's not your responsibility to send it back.", expect: [] },
  {
    text: "The courier did flag the address label on your order, so it's worth double-checking your delivery address carefully when you order in future.",
    expect: ["dismissive"],
  },
  {
    text: "Please check your address is right on the record so we can re-send it.",
    expect: ["listen", "solve"],
  },

  // Restating what the customer wants after a listening frame is listening, not a fix (gaps, evening).
  { text: "I see you asked for a replacement.", expect: ["listen"] },
  {
    text: "I understand you'd like a refund, so I've issued one today.",
    expect: ["listen", "solve"],
  },

  // Red-team round 10 A: one cutting line in a polite reply (the requester's sentences and near-misses).
  {
    text: "For future reference, there is really no need for the tone of your email; we are here to help.",
    expect: ["calm_down"],
  },
  { text: "There is no need to send the kettle back.", expect: [] },
  { text: "For future reference, your case number is CASE-A1.", expect: [] },
  { text: "As I'm sure you can count, 31 days is more than 30.", expect: ["dismissive"] },
  { text: "I'm sure you can understand how sorry we are.", expect: ["apologise"] },
  {
    text: "To be fair, thousands of customers use Bean Bot every week without any problems.",
    expect: ["blame", "timeframe"],
  },
  {
    text: "Thousands of customers use Bean Bot every week, so we need it to work for everyone.",
    expect: ["timeframe"],
  },
  {
    text: "I'm sorry; customers should be able to reach a person without any problems.",
    expect: ["apologise"],
  },

  // Red-team round 10 B (the requester's sentences and near-misses).
  {
    text: "Honestly, you'd be surprised how many people ring up expecting us to read out someone else's account just because they say they're family.",
    expect: ["dismissive"],
  },
  { text: "You'd be surprised how much difference a descale makes.", expect: [] },
  { text: "Lots of people ring up about their parents' orders, and I understand why.", expect: [] },
  {
    text: "We can only discuss an account with the account holder, even if a caller says they're family.",
    expect: [],
  },
  { text: "We can space it out, and if you restart we'll cover delivery for 3 months.", expect: ["offer"] },
  { text: "Our courier covers your area.", expect: [] },
  { text: "Delivery is covered by Royal Mail Tracked 48.", expect: [] },

  // Blame in everyday words read off the dev set's tune misses (analyser pass, 4 December, night).
  { text: "You didn't do what you were supposed to do.", expect: ["blame"] },
  { text: "But you were notified, sir. It's on your bill.", expect: ["blame"] },
  { text: "The problem isn't with the kettle, it's the fuse in your plug.", expect: ["blame"] },
  { text: "This is not an issue with your order.", expect: [] },
  { text: "It wasn't broken when it left us.", expect: ["blame"] },
  { text: "The filter is in upside down, which is why it leaks.", expect: ["blame"] },
  {
    text: "The filter was fitted upside down at the factory, so I'm sending a new one today.",
    expect: ["solve", "timeframe"],
  },
  { text: "Your grinder has water damage, so the warranty doesn't cover it.", expect: ["blame"] },
  { text: "I'm so sorry, the box has water damage from the courier.", expect: ["apologise"] },
  { text: "We've sold thousands of these without a single complaint.", expect: ["blame"] },

  // Neutral subject lines about a product: a retrain on the larger dev set read "About your grinder" as
  // solve (p just over 0.3), the fragment problem "Known weaknesses" describes; written after it was seen.
  { text: "Re: your grinder", expect: [] },
  { text: "Grinder enquiry.", expect: [] },
  { text: "Question about the burr grinder.", expect: [] },
  { text: "About the frother you ordered.", expect: [] },
  { text: "Regarding your coffee subscription.", expect: [] },

  // Red-team round 11 A: the passive "you shouldn't have been charged" is what we put the customer through.
  {
    text: "Tom, thank you for telling us, and I'm really sorry. You shouldn't have been charged twice, and our chat assistant should have put you through to a person. I've emailed you so we can put it right today.",
    expect: ["apologise", "thank"],
  },
  { text: "You shouldn't have been left waiting.", expect: [] },
  { text: "You shouldn't have been using it outside.", expect: ["blame"] },

  // Red-team round 12 A: sarcasm with no stock wording; a shrug and laughter at the customer's loss.
  {
    text: "Oh wonderful, another Aurora kettle that's given up the ghost: you're the fourth this week, so believe me, you're not the only one having a bad morning.",
    expect: ["dismissive"],
  },
  {
    text: "hiya Aisha!! \u{1F605} ok so bad news lol, the courier's only gone and lost ur parcel \u{1F648}\u{1F648} couriers eh \u{1F644} what can u do \u{1F937}\u200d\u2640\ufe0f anyway new one's goin out 2day on next day so u'll get it tmrw \u{1F44D}",
    expect: ["dismissive", "solve", "timeframe"],
  },
  { text: "Couriers, eh? What can you do?", expect: ["dismissive", "question"] },
  { text: "Wonderful, I'll send another kettle today.", expect: ["solve", "timeframe"] },
  { text: "You're not the only one who has reported this, so we're checking the batch.", expect: [] },
  { text: "lol, I've got the same grinder!", expect: [] },

  // Red-team round 12 B: a mock offer is sarcasm.
  {
    text: "Oh, of course, Liam, I'll just read your mum's address and order out to a voice on the phone, shall I? That's exactly how data protection works. I can only discuss an account with the account holder, so I can't say anything about any order or account that isn't yours. Your mum can ring us herself, or ring with you and tell us you can speak for her.",
    expect: ["dismissive", "question"],
  },
  { text: "Of course, I'll just check that for you.", expect: [] },
  { text: "I'll just book that in for you, shall I?", expect: ["question"] },
  { text: "Oh, of course, I'll send it to your work address instead.", expect: ["solve"] },

  // Red-team round 12 A, part 2: told to wait in the queue.
  {
    text: "Kindly note that queries are dealt with in the order they are received, and yours is being looked at.",
    expect: ["dismissive"],
  },
  { text: "Please note we're closed on bank holidays.", expect: [] },
  { text: "Your items will arrive in the order they were dispatched.", expect: [] },

  // Red-team round 12 B, 2: emoji text-speak that is rude underneath.
  {
    text: "so ur beans will come coarse ground obvs \u{1F644} since u never bought a grinder lol \u{1F602} u can change the grind on ur account page whenever",
    expect: ["dismissive"],
  },
  {
    text: "no texts, got it \u{1F44D} tho ur missing out on all the deals tbh \u{1F937}",
    expect: ["dismissive"],
  },
  { text: "You're not missing out: we'll email you any offers instead.", expect: [] },
  { text: "lol, same here!", expect: [] },

  // Gaps, 5 December: an offer question is not listening; text-speak days are timeframes.
  { text: "What can we do to put this right?", expect: ["question"] },
  {
    text: "Your replacement kettle goes out 2day and will be with you tmrw.",
    expect: ["solve", "timeframe"],
  },

  // Red-team round 13 B: an offence pointed out to the customer is a threat in polite words.
  {
    text: "I would also point out that under section 170 of the Data Protection Act 2018 it is a criminal offence for a person knowingly or recklessly to obtain or disclose personal data without the consent of the controller, or to procure its disclosure to another person.",
    expect: ["dismissive"],
  },
  { text: "It's a criminal offence for anyone to tamper with your post, so we'll report it.", expect: [] },

  // Red-team round 13 A and the lead's asks (5 December): choice questions, policy exclusions, reflective listening,
  // passing the buck.
  { text: "Which remedy do you wish to exercise?", expect: ["question"] },
  { text: "Which day did it stop working?", expect: ["listen", "question"] },
  {
    text: "Sale items, gift cards, opened coffee and perishable goods cannot be returned unless faulty.",
    expect: [],
  },
  { text: "Gift cards are non-refundable.", expect: [] },
  {
    text: "What I'm hearing is that this is the third time the grinder has jammed, and you've had enough.",
    expect: ["listen"],
  },
  { text: "You'll need to contact the courier directly about that.", expect: ["dismissive"] },
  { text: "That's something you'd have to take up with the manufacturer.", expect: ["dismissive"] },
  { text: "You'll need to contact the courier to rearrange the delivery.", expect: [] },

  // Eleventh pass (gaps, 5 December): a discount code is a code, not the word inside it.
  { text: "use code SORRY10", expect: ["offer"] },
  {
    text: "Use code SORRY10 for 10% off, and I'm so sorry about the kettle.",
    expect: ["apologise", "offer"],
  },

  // The lead's ask (5 December): patronising, contemptuous and minimising asides, and their polite look-alikes.
  { text: "P.S. Descaling it isn't rocket science.", expect: ["dismissive"] },
  { text: "It's not rocket science, is it?", expect: ["dismissive", "question"] },
  { text: "It's not exactly hard to read the label.", expect: ["dismissive"] },
  { text: "Let me spell it out for you.", expect: ["dismissive"] },
  { text: "Next time, read the manual before getting in touch.", expect: ["dismissive"] },
  { text: "People like you are the reason we have a returns policy.", expect: ["dismissive"] },
  { text: "Some of us have real jobs to do.", expect: ["dismissive"] },
  { text: "I don't know what else to tell you.", expect: ["dismissive"] },
  { text: "You're making a mountain out of a molehill.", expect: ["dismissive"] },
  { text: "Thanks hun, I'll sort it.", expect: ["thank", "dismissive"] },
  { text: "Customer rang again. People like her never read the manual.", expect: ["dismissive"] },
  { text: "Try not to break this one.", expect: ["blame"] },
  { text: "It's not difficult to set up: hold the button for five seconds.", expect: [] },
  { text: "There's nothing complicated to do: we'll collect it.", expect: [] },
  { text: "Customers like you are why we do this.", expect: [] },
  { text: "A little treat for loyal customers like you.", expect: [] },
  { text: "We get a lot of questions about this, so here's a guide.", expect: [] },
  { text: "I don't know yet, but I will find out and tell you by Friday.", expect: ["timeframe"] },
  {
    text: "Don't worry: it's not the end of the world if you miss the delivery, we'll rebook it.",
    expect: [],
  },
  { text: "It's only a small charge and we've refunded it.", expect: ["solve"] },
  { text: "Bless you for your patience.", expect: [] },
  { text: "It stopped on Monday, didn't it?", expect: ["listen", "question"] },

  // The lead's second set (5 December): sneering, "it should be obvious", telling her how to feel, disowning the job.
  { text: "Most people manage to plug it in the right way round.", expect: ["blame"] },
  { text: "You get what you pay for.", expect: ["dismissive"] },
  { text: "I'd have thought that was obvious.", expect: ["dismissive"] },
  { text: "We're not mind readers, you know.", expect: ["dismissive"] },
  { text: "Let's not get carried away, shall we?", expect: ["calm_down", "question"] },
  { text: "Please don't take it out on our staff.", expect: ["calm_down"] },
  { text: "Don't shoot the messenger, I only work here.", expect: ["dismissive"] },
  { text: "Hope this finally makes you happy.", expect: ["dismissive"] },
  { text: "Try being a bit more patient.", expect: ["dismissive"] },
  { text: "Most customers can return it in store if they prefer.", expect: [] },
  { text: "It isn't that hard to fix: we'll send a new part today.", expect: ["solve", "timeframe"] },
  { text: "We'll try to be more organised with deliveries.", expect: [] },
  { text: "It's not your fault, you know.", expect: [] },

  // redB round 17 (service-review-r17-vague-talk-to-courier): a recommendation about a supplier belittles nobody;
  // the model alone had read the first as dismissive (training data, labelled by the guide).
  {
    text: "Talk to SwiftParcel about why so many of our parcels were late last month and ask them to do better.",
    expect: [],
  },
  { text: "Ask the courier to do better.", expect: [] },
  { text: "Tell SwiftParcel they need to improve.", expect: [] },
  { text: "We need to do better on deliveries.", expect: [] },
  { text: "I'll ask the warehouse team why so many parcels were late.", expect: [] },

  // ---------------------------------------------------------------- odd input
  { text: "<script>alert('hi')</script>", expect: [] },
  { text: "OK.", expect: [] },
];
