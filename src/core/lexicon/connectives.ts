/**
 * Words that join a claim to its reason or its condition. An explanation that has them says
 * why, or when it holds; one without them recites.
 */

/** A reason or a purpose: "because the labels lag", "so that retraining is cheap". */
export const REASON_CUES = [
  'because', 'since the', 'since a', 'since an', 'since it', 'since they', 'since you', 'since we', 'so that', 'which means',
  'this means', 'that means', 'that way', 'otherwise', 'as a result', 'in order to', 'to avoid', 'to prevent', 'the reason',
  "that's why", 'that is why', 'given that', 'due to', 'leads to', 'which lets', 'which makes', 'which forces',
  'my reasoning', 'the reasoning', 'my rationale', 'the rationale',
];

/**
 * A condition or a contrast that says when a claim holds: "when the input is structured",
 * "unless the labels are clean", "rather than retraining". A condition makes a general
 * statement checkable.
 */
export const CONDITION_CUES = [
  'when', 'whenever', 'unless', 'only if', 'if the', 'rather than', 'instead of', 'as long as', 'so that', 'which means',
  'at the cost of', 'trade-off', 'tradeoff', 'versus', 'vs', 'if you', 'if a', 'if it', 'if there', 'where a', 'where the',
];
