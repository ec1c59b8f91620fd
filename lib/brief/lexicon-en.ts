// English word lists used by the rules.
/** Someone asks/orders a party to act: "urged X to", "called on X to", "ordered X to". */
export const ORDER_RE = /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|ask(?:s|ed|ing)?|t(?:ell|ells|old|elling)|direct(?:s|ed|ing)?|order(?:s|ed|ing)?|instruct(?:s|ed|ing)?|requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|task(?:s|ed|ing)?|press(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|push(?:es|ed|ing)? for|demand(?:s|ed|ing)?)\b/gi;
/** The "to" that completes an order ("urged Mr. Trump to make a deal"). */
export const TO_INF = /^\s+((?:[\w.'’-]+\s+){0,5}?)to\s+(?!(?:the|that|this|these|those|a|an|his|her|their|its|our|my|your|him|them|me|us|it|be|many|some|all|any|each|every|other|several|few|larger|smaller|[A-Z0-9])\b)([a-z]+)/;
/** Duties on the subject: "the UK must stay", "the regime must take". */
export const MODAL_RE = /\b(?:must|should|will have to|has to|have to|needs? to|is to|are to|ought to)\b/gi;
/** Pledges and plans of the subject. */
// Pledge verbs count only with their complement ("vowed to", "pledged that"): "as promised", "shows promise" are not pledges.
export const PLEDGE_RE = /\b(?:(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing))(?=\s+(?:not\s+)?(?:to|that)\b)|(?:vows?|pledges?|promises?|commitment)(?=\s+(?:on\s+\w+\s+)?(?:to|that)\b)|aim(?:s|ed|ing)? to|set(?:s)? a (?:goal|target)|with a goal of|plan(?:s|ned|ning)? to|commit(?:s|ted)? to|intend(?:s|ed)? to|banned|bans?(?!\s+on\b)|suspend(?:s|ed)?)\b/gi;
/** "He would speak …", "they will do": a future action stated by the actor. */
export const WILL_RE = /\b(?:will|would|'ll|’ll)\s+(?:not\s+)?(?!(?:(?:then|also|still|now|soon|first)\s+)?(?:be|have|likely|probably|never|become|remain|need|want|like|depend|happen|cost|mean|take place)\b)(?:(?:then|also|still|now|soon|first)\s+)?([a-z]+)/gi;
/** A reporting frame before "would": "said he would", "said they will". */
export const SAID_FRAME = /\b(?:said|says|saying|told|vowed|pledged|promised|announced|declared|insisted|added|stated)\b[^.;]{0,120}$/i;
/** Marks of hedged, hypothetical or reported-past content. */
export const HYPOTHETICAL = /\b(?:if|unless|whether|could|might|may|perhaps|maybe)\b/i;
export const PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i|you)$/i;
/** Beliefs and forecasts: "said he believed the attack would unite …" states no commitment. */
export const BELIEF = /\b(?:believe[sd]?|think|thinks|thought|expect(?:s|ed)?|hope[sd]?|predict(?:s|ed)?|fear(?:s|ed)?|likely|worr(?:y|ies|ied))\b/i;
/** Words that cannot open a subject (conjunctions, quantifiers, gerunds). */
export const NOT_SUBJECT = /^(?:and|but|or|so|as|few|many|some|most|all|changing|you'll|you’ll|there|here|what|which|this|that)\b/i;
