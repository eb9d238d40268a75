/**
 * Recipients read to the right of a trigger: the first actor within reach, by the role's
 * prepositions.
 */
import type { Mention, Token } from "../core/types.js";
import { groupAt } from "./conjoined.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";
import { isObjectNounBy } from "./participant-roles.js";
import type { SentenceView } from "./participants.js";
import type { RightMention } from "./right-mentions.js";

/**
 * Prepositions that give a one-place event a recipient: "protested against X", "fired at X"; a
 * withdrawal's recipient is the party withdrawn from ("withdrew its troops from Moldova").
 */
const UNARY_PREPS = new Set(["against", "at", "on-adjacent"]);

/**
 * Tokens from `from` to `to`, not counting a bracketed aside ("50 million yuan (about 6.9 million
 * dollars) in aid to Tajikistan"): an aside does not push the object away from its verb.
 */
function distanceOutsideBrackets(toks: readonly Token[], from: number, to: number): number {
  let n = 0;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = toks[i]?.text;
    if (t === "(" || t === "[") depth++;
    else if ((t === ")" || t === "]") && depth > 0) depth--;
    else if (depth === 0) n++;
  }
  return n;
}

/** How far after a trigger its recipient may start, in tokens: objects sit close to their verb. */
const RECIPIENT_REACH = 8;

/** The recipient after a trigger: the first mention within reach that its role accepts. */
export function recipientsOf(
  v: SentenceView,
  trig: Hit<TriggerRule>,
  right: readonly RightMention[],
  role: TriggerRule["role"],
): Mention[] {
  const ok = right
    .filter(
      (r) => distanceOutsideBrackets(v.doc.tokens, trig.end, r.m.tokenStart) <= RECIPIENT_REACH,
    )
    // A "by" phrase names who did something ("victims killed by X"), never whom it was done to,
    // unless it names whose request (attack) the verb's object was ("rejected a request by X").
    .filter((r) => r.prep !== "by" || isObjectNounBy(v.doc.tokens, trig, r))
    .filter((r) =>
      role === "unary"
        ? UNARY_PREPS.has(r.prep) || (r.prep === "from" && trig.rule.type === "RETREAT")
        : true,
    );
  const first = ok[0];
  return first ? groupAt(v, first.m, "right") : [];
}
