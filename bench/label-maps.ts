/**
 * Label maps from non-PLOVER gold schemes to PLOVER 2.0, so dyad's output can be scored on them.
 * Written by the dyad team from the datasets' READMEs (ACLED sub-event definitions for CASE 2021,
 * the IndiaPoliceEvents label definitions) and PLOVER 2.0's type/mode definitions; they are
 * judgement calls, so every row says why. These figures are indicative, not gold-standard PLOVER.
 */

/** How one CASE 2021 task-2 sub-type is scored. */
export interface CaseLabelRow {
  /** The gold label (`events[0].code`). */
  readonly label: string;
  /** Expected PLOVER type; `NONE` = dyad should write no event; `null` = not scored. */
  readonly plover: string | null;
  /** Other PLOVER types also counted correct (credited to `plover`). */
  readonly accept: readonly string[];
  readonly note: string;
}

/** A `|`-separated list cell ("" = none). */
const list = (cell: string): string[] => (cell === "" ? [] : cell.split("|"));

const row = (label: string, plover: string | null, accept: string, note: string): CaseLabelRow => ({
  label,
  plover,
  accept: list(accept),
  note,
});

/** CASE 2021 task 2 (ACLED sub-types + unseen types) -> PLOVER 2.0. */
export const CASE2021_TO_PLOVER: readonly CaseLabelRow[] = [
  row(
    "ABDUCT_DISSAP",
    "ASSAULT",
    "COERCE",
    "abduction = ASSAULT abduct; detention-like disappearances read as COERCE",
  ),
  row(
    "AGREEMENT",
    "AGREE",
    "COOPERATE|RETREAT",
    "peace deals = AGREE/COOPERATE; ceasefire or release deals = RETREAT",
  ),
  row("AIR_STRIKE", "ASSAULT", "", "ASSAULT aerial"),
  row("ARMED_CLASH", "ASSAULT", "", "ASSAULT firearms / heavy-weapons"),
  row("ARREST", "COERCE", "", "COERCE arrest (CAMEO 173)"),
  row("ART_MISS_ATTACK", "ASSAULT", "", "ASSAULT heavy-weapons (artillery, missiles)"),
  row("ATTACK", "ASSAULT", "", "ASSAULT (attacks on civilians, any weapon)"),
  row(
    "ATTRIB",
    "ACCUSE",
    "REJECT",
    "blaming someone = ACCUSE allege; denying responsibility = REJECT",
  ),
  row(
    "CHANGE_TO_GROUP_ACT",
    "MOBILIZE",
    "RETREAT",
    "reinforcements/deployments = MOBILIZE; pull-backs = RETREAT withdraw",
  ),
  row("CHEM_WEAP", "ASSAULT", "", "ASSAULT unconventional (CAMEO 20)"),
  row(
    "DIPLO",
    "SANCTION",
    "ACCUSE|REJECT|REQUEST|THREATEN",
    "mostly expulsions and sanctions; the rest is verbal diplomacy",
  ),
  row("DISR_WEAP", "COERCE", "", "weapons seized or defused = COERCE seize"),
  row(
    "FORCE_AGAINST_PROTEST",
    "ASSAULT",
    "COERCE",
    "ASSAULT crowd-control; bans/dispersal without violence = COERCE",
  ),
  row(
    "GOV_REGAINS_TERIT",
    "COERCE",
    "ASSAULT",
    "retaking territory = COERCE seize (CAMEO 192), often reported with fighting",
  ),
  row("GRENADE", "ASSAULT", "", "ASSAULT explosives"),
  row("HQ_ESTABLISHED", "MOBILIZE", "", "new bases/posts = MOBILIZE troops"),
  row("MAN_MADE_DISASTER", "NONE", "", "accidents are not political events"),
  row("MOB_VIOL", "ASSAULT", "PROTEST", "mob attacks = ASSAULT; riots = PROTEST riot"),
  row("NATURAL_DISASTER", "NONE", "", "disasters and epidemics are not political events"),
  row(
    "NON_STATE_ACTOR_OVERTAKES_TER",
    "COERCE",
    "ASSAULT",
    "seizing territory = COERCE seize, often with fighting",
  ),
  row(
    "NON_VIOL_TERRIT_TRANSFER",
    "RETREAT",
    "COERCE",
    "withdrawal = RETREAT withdraw; the taker's side = COERCE seize",
  ),
  row("ORG_CRIME", null, "", "PLOVER has no crime type (crime is a context): not scored"),
  row("OTHER", null, "", "residual ACLED class with no single PLOVER reading: not scored"),
  row("PEACE_PROTEST", "PROTEST", "", "PROTEST demo"),
  row(
    "PROPERTY_DISTRUCT",
    "ASSAULT",
    "PROTEST",
    "ASSAULT destroy; by protesters = PROTEST vandalize",
  ),
  row(
    "PROTEST_WITH_INTER",
    "PROTEST",
    "COERCE|ASSAULT",
    "a protest met by police: the police side is COERCE/ASSAULT",
  ),
  row("REM_EXPLOS", "ASSAULT", "", "ASSAULT explosives (IEDs, landmines)"),
  row("SEX_VIOL", "ASSAULT", "", "ASSAULT sexual"),
  row("SUIC_BOMB", "ASSAULT", "", "ASSAULT suicide-attack"),
  row("VIOL_DEMONSTR", "PROTEST", "ASSAULT", "violent demonstration = PROTEST riot"),
];

/** When an IndiaPoliceEvents label counts as predicted for a sentence. */
export interface IpeLabelRow {
  readonly label: string;
  /** Any event of one of these types (empty = label not scored)... */
  readonly types: readonly string[];
  /** ...and, when non-empty, with one of these modes or a CAMEO code with one of these prefixes. */
  readonly modes: readonly string[];
  readonly cameoPrefixes: readonly string[];
  /** ...and, when non-empty, with an actor of one of these sectors (the label names who acted). */
  readonly actorSectors: readonly string[];
  readonly note: string;
}

const ipe = (
  label: string,
  types: string,
  modes: string,
  cameoPrefixes: string,
  actorSectors: string,
  note: string,
): IpeLabelRow => ({
  label,
  types: list(types),
  modes: list(modes),
  cameoPrefixes: list(cameoPrefixes),
  actorSectors: list(actorSectors),
  note,
});

/** IndiaPoliceEvents sentence labels -> PLOVER 2.0 event predicates. */
export const IPE_TO_PLOVER: readonly IpeLabelRow[] = [
  // Arrests are made by the police (or their like) whoever the text names, so no actor check.
  ipe("ARREST", "COERCE", "arrest", "173", "", "COERCE arrest (CAMEO 173)"),
  // Killing and force are labelled only when the police did it: in riot reports most killings are
  // by mobs, so an ASSAULT counts only with a police (COP) actor.
  ipe("KILL", "ASSAULT", "", "", "COP", "police killed someone: ASSAULT by a COP actor"),
  ipe(
    "FORCE",
    "ASSAULT",
    "",
    "",
    "COP",
    "police used force or violence, incl. killing: ASSAULT by a COP actor",
  ),
  ipe(
    "ANY_ACTION",
    "COERCE|ASSAULT|MOBILIZE",
    "",
    "",
    "",
    "any police action: COERCE, ASSAULT or MOBILIZE police",
  ),
  ipe("FAIL", "", "", "", "", "police failing to act has no PLOVER type: not scored"),
];
