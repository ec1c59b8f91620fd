// English word lists used by the rules.
/** Someone asks/orders a party to act: "urged X to", "called on X to", "ordered X to". */
export const ORDER_RE = /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|ask(?:s|ed|ing)?|t(?:ell|ells|old|elling)|direct(?:s|ed|ing)?|order(?:s|ed|ing)?|instruct(?:s|ed|ing)?|requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|task(?:s|ed|ing)?|press(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|push(?:es|ed|ing)? for|demand(?:s|ed|ing)?)\b/gi;
/** The "to" that completes an order ("urged Mr. Trump to make a deal"). */
export const TO_INF = /^\s+((?:[\w.'’-]+\s+){0,5}?)to\s+(?!(?:the|that|this|these|those|a|an|his|her|their|its|our|my|your|him|them|me|us|it|be|[A-Z0-9])\b)([a-z]+)/;
/** Duties on the subject: "the UK must stay", "the regime must take". */
export const MODAL_RE = /\b(?:must|should|will have to|has to|have to|needs? to|is to|are to|ought to)\b/gi;
/** Pledges and plans of the subject. */
export const PLEDGE_RE = /\b(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|aim(?:s|ed|ing)? to|set(?:s)? a (?:goal|target)|with a goal of|plan(?:s|ned|ning)? to|commit(?:s|ted)? to|intend(?:s|ed)? to|vow|banned|bans?(?!\s+on\b)|suspend(?:s|ed)?)\b/gi;
/** "He would speak …", "they will do": a future action stated by the actor. */
export const WILL_RE = /\b(?:will|would|'ll|’ll)\s+(?:not\s+)?(?!be\b|have\b|likely\b|also be\b|probably\b|never\b|become\b|remain\b|need\b|want\b|like\b|depend\b|happen\b|cost\b|mean\b|take place\b)([a-z]+)/gi;
/** A reporting frame before "would": "said he would", "said they will". */
export const SAID_FRAME = /\b(?:said|says|saying|told|vowed|pledged|promised|announced|declared|insisted|added|stated)\b[^.;]{0,120}$/i;
/** Marks of hedged, hypothetical or reported-past content. */
export const HYPOTHETICAL = /\b(?:if|unless|whether|could|might|may|perhaps|maybe)\b/i;
export const PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i|you)$/i;
