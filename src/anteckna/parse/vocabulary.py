"""Every cue word the parser reacts to, as data.

A new phrasing a secretary uses ("anmält förhinder") is a new row here, not a new rule. Entries
are lower case; matching is done on case-folded text. Swedish first, English beside it.
"""

from __future__ import annotations

# Labels that open a list of people and what the list means.
PRESENT_LABELS = frozenset(
    {
        "deltagare",
        "närvarande",
        "närvarande ledamöter",
        "närvarande tjänstemän",
        "närvarande ersättare",
        "ledamöter närvarande",
        "ledamöter",
        "beslutande",
        "beslutande ledamöter",
        "tjänstgörande ersättare",
        "ersättare",
        "suppleanter",
        "sekretariatet",
        "tjänstemän",
        "övriga",
        "övriga deltagare",
        "övriga närvarande",
        "närvarande övriga",
        "attending",
        "attendees",
        "present",
        "participants",
        "deltagande",
    }
)
GUEST_LABELS = frozenset({"adjungerade", "adjungerad", "gäster", "gäst", "inbjudna", "guests"})
ABSENT_LABELS = frozenset(
    {
        "frånvarande",
        "förhinder",
        "anmält förhinder",
        "anmäld frånvaro",
        "anmält frånvaro",
        "deltog ej",
        "ej närvarande",
        "ej närvarande ledamöter",
        "apologies",
        "absent",
        "not attending",
        "regrets",
    }
)
# Lists of people that are not attendance (who was invited is not who came).
IGNORED_PEOPLE_LABELS = frozenset({"kallade", "invited", "sändlista", "distribution"})
CHAIR_LABELS = frozenset({"ordförande", "ordf", "mötesordförande", "chair", "chairperson"})
SECRETARY_LABELS = frozenset(
    {
        "sekreterare",
        "vid protokollet",
        "protokollförare",
        "mötessekreterare",
        "secretary",
        "minutes",
        "minute taker",
    }
)
ADJUSTER_LABELS = frozenset({"justerare", "justerande", "justeras", "utses att justera"})
# Words of a participants label that say "these people" rather than naming a group.
GENERIC_LABEL_WORDS = frozenset(
    {"deltagare", "närvarande", "från", "deltagande", "ledamöter", "medlemmar", "i", "ur"}
)
# Sub-lists of an attendance table that are roles in the body, not groups.
ROLE_LIST_LABELS = frozenset(
    {
        "ledamöter",
        "suppleanter",
        "ersättare",
        "tjänstgörande ersättare",
        "sekretariatet",
        "tjänstemän",
        "övriga",
        "övriga deltagare",
        "övriga närvarande",
        "beslutande",
    }
)

# Words in a participant's note and what they mean.
REMOTE_CUES = (
    "via teams",
    "via zoom",
    "via skype",
    "via länk",
    "på distans",
    "distans",
    "digitalt",
    "via video",
    "remote",
    "remotely",
    "online",
    "via telefon",
)
PARTIAL_CUES = (
    "deltog del av",
    "del av mötet",
    "delvis",
    "fr.o.m",
    "fr o m",
    "from §",
    "t.o.m",
    "t o m",
    "ej §",
    "ej punkt",
    "lämnade",
    "anslöt",
    "left at",
    "joined at",
    "partly",
    "part of the meeting",
)
ABSENT_CUES = ("anmält förhinder", "förhinder", "frånvarande", "deltog ej", "ej närvarande")
SUBSTITUTE_CUES = ("ersättare för", "ers. för", "ers för", "ersätter", "ers.", "substitute for")
CHAIR_NOTE_CUES = ("ordförande", "mötesordf", "ordf.", "chair")
SECRETARY_NOTE_CUES = ("sekreterare", "protokollförare", "secretary")

# Section headings that the following items belong to.
SECTION_WORDS = {
    "beslut": "decision",
    "beslutsärenden": "decision",
    "beslutspunkter": "decision",
    "för beslut": "decision",
    "decisions": "decision",
    "decision items": "decision",
    "information": "information",
    "informationsärenden": "information",
    "informationspunkter": "information",
    "för information": "information",
    "for information": "information",
    "diskussion": "discussion",
    "diskussionspunkter": "discussion",
}
NO_DECISION_PHRASES = (
    "inga beslutspunkter",
    "inga beslut",
    "inga beslutsärenden",
    "inga beslut fattades",
    "no decisions",
)

# Headings that are header material, never items.
AGENDA_HEADINGS = frozenset(
    {"agenda", "dagordning", "föredragningslista", "förslag till dagordning", "contents"}
)
TITLE_WORDS = (
    "mötesanteckningar",
    "minnesanteckningar",
    "anteckningar",
    "protokoll",
    "sammanträdesprotokoll",
    "mötesprotokoll",
    "styrelseprotokoll",
    "minutes",
    "meeting notes",
    "agenda",
)

# Labels of the meeting's place in the header ("Plats: Kommunhuset").
PLACE_LABELS = frozenset({"plats", "lokal", "place", "location"})

# Labels inside an item.
DECISION_LABELS = frozenset(
    {"beslut", "beslutades", "beslutade", "mötet beslutade", "decision", "resolution", "resolved"}
)
ACTION_LABELS = frozenset(
    {
        "action",
        "actionpunkt",
        "actionpunkter",
        "actionpoints",
        "action points",
        "action items",
        "actions",
        "att göra",
        "todo",
        "to do",
        "uppdrag",
        "åtgärder",
        "åtgärd",
    }
)
PROPOSAL_LABELS = frozenset({"förslag", "proposal", "yrkande", "yrkanden"})
# A matter to come back, on a line of its own ("Uppföljning: Lokalfrågan. (om 14 dagar)").
FOLLOW_UP_LABELS = frozenset({"uppföljning", "follow-up", "follow up"})
# Who does a task, in the brackets after it ("(ansvarig: Kim Berg; senast 20 juni)").
OWNER_LABELS = frozenset({"ansvarig", "ansvariga", "owner", "owners"})
PRESENTER_LABELS = frozenset({"föredragande", "föredragare", "presenter", "presenters"})
# Item titles whose content recaps an earlier meeting: actions there are not new.
RECAP_TITLES = ("previous discussion", "previous meeting", "recap", "förra mötet")

# Verbs after a name that make the name a presenter of the item.
PRESENTER_VERBS = (
    "redogör",
    "redogjorde",
    "går igenom",
    "gick igenom",
    "presenterar",
    "presenterade",
    "återkopplar",
    "återkopplade",
    "informerar",
    "informerade",
    "berättar",
    "berättade",
    "föredrar",
    "föredrog",
    "rapporterar",
    "rapporterade",
    "visar",
    "visade",
    "presents",
    "presented",
    "reports",
    "reported",
    "introduces",
    "introduced",
)

# Decision cues: the meeting itself settles something.
DECISION_CUES_SV = (
    "beslutade att",
    "beslutar att",
    "beslöt att",
    "beslöts att",
    "beslutades",
    "beslöts",
    "bestämdes",
    "bestämde att",
    "fastställde",
    "fastställdes",
    "enades",
    "kom fram till",
    "utan invändningar",
    "godkände",
    "godkändes",
    "antog",
    "antogs",
    "stödjer",
    "ställer sig bakom",
    "tillstyrker",
    "bifaller",
    "avslår",
)
DECISION_CUES_EN = (
    "agreed",
    "agreement on",
    "decided",
    "decision is",
    "decision:",
    "resolved",
    "nobody objected",
    "it was decided",
    "approved",
)
# Plain statements of a settled outcome (a change of plan the group makes).
SETTLED_OUTCOME_VERBS = (
    "flyttar",
    "ställer in",
    "skjuter upp",
    "inställes",
    "inställs",
    "ställs in",
    "skjuts upp",
    "flyttas",
)
# Subjects under which a decision verb is this meeting's own.
OWN_BODY_SUBJECTS = (
    "mötet",
    "vi",
    "gruppen",
    "styrelsen",
    "det",
    "man",
    "the meeting",
    "we",
    "the group",
    "the board",
    "it",
)
# Groups a meeting may be ("Ledningsgruppen" is the meeting's own when a block says "LG").
GROUP_NOUNS = (
    "ledningsgruppen",
    "styrgruppen",
    "arbetsgruppen",
    "projektgruppen",
    "referensgruppen",
)
# Bodies that keep minutes of their own, and how their notes name themselves.
BODY_NOUNS = {"nämnd": "nämnden", "styrelse": "styrelsen", "utskott": "utskottet", "råd": "rådet"}
# Connectives that carry a decision on into the next sentence of its paragraph.
DECISION_CONTINUATIONS = ("also", "in addition", "dessutom", "vidare", "även", "samt att")

# Action cues: verbs that, after an owner, make a task.
ACTION_VERBS_SV = (
    "avser",
    "tar fram",
    "planerar",
    "ansvarar för",
    "återkommer med",
    "kontaktar",
    "tar kontakt",
    "ordnar",
    "fixar",
    "skickar",
    "mejlar",
    "lägger upp",
    "kikar på",
    "tittar på",
    "ser över",
    "utser",
    "sammankallar",
    "reviderar",
    "påminner",
    "säkerställer",
    "beställer",
    "kallar till",
    "stämmer av",
    "upprättar",
    "återrapporterar",
    "informerar",
    "undersöker",
    "utreder",
    "bjuder in",
    "sammanställer",
    "bokar",
    "skriver",
    "förbereder",
    "håller i",
    "samordnar",
    "listar",
    "uppdaterar",
    "ringer",
    "tar med",
    "följer upp",
    "kommer att",
    "ska",
    "skall",
    "behöver",
    "får i uppdrag",
    "uppdras",
)
ACTION_VERBS_EN = (
    "will",
    "to",
    "shall",
    "should",
    "take",
    "takes",
    "create",
    "creates",
    "design",
    "designs",
    "implement",
    "implements",
    "write",
    "writes",
    "send",
    "sends",
    "check",
    "checks",
    "prepare",
    "prepares",
    "review",
    "reviews",
    "update",
    "updates",
    "contact",
    "contacts",
    "find",
    "finds",
    "follow up",
    "look",
    "looks",
    "investigate",
    "investigates",
    "convene",
    "schedule",
    "draft",
    "drafts",
    "organise",
    "organize",
    "set up",
)
# "kommer att X" is a promise only for verbs of doing; these say what will happen to someone.
NON_TASK_VERBS = ("lämna", "sluta", "vara", "bli", "finnas", "få", "ha", "gå i pension", "avgå")
# Whom one informs: after "informerar" these make a task ("informerar rektorerna"), while
# "informerar om …" reports to the meeting (a presenter, not a task).
INFORMED = frozenset({"de", "dem", "sina", "sin", "alla", "berörda", "samtliga", "övriga"})
# Asking others to act: the ones asked own the task.
REQUEST_CUES = ("uppmanas", "ombeds", "bad", "ber", "asked", "asks")
# Recipients who should get something: a task without a named owner.
RECIPIENT_TASK_CUES = ("bör sedan få", "bör få", "ska få", "ska sedan få", "behöver få")

# Owners that are not persons. Keys are case-folded; values are how they are stored.
COLLECTIVES = {
    "alla": "alla",
    "samtliga": "samtliga",
    "vi": "vi",
    "ni": "ni",
    "gruppen": "Gruppen",
    "styrelsen": "Styrelsen",
    "ledningsgruppen": "Ledningsgruppen",
    "styrgruppen": "Styrgruppen",
    "verksamhetschefer": "verksamhetschefer",
    "verksamhetscheferna": "verksamhetscheferna",
    "rektorer": "rektorer",
    "rektorerna": "rektorerna",
    "chefer": "chefer",
    "förvaltningen": "Förvaltningen",
    "everyone": "Everyone",
    "all": "all",
    "we": "we",
}
# Role nouns that stand for a person by office ("Ordföranden skriver …").
OFFICE_OWNERS = ("ordföranden", "sekreteraren", "kassören", "förvaltningschefen", "the chair")

# Follow-up cues: the matter comes back.
FOLLOW_UP_CUES = (
    "tas upp igen",
    "tas upp på nytt",
    "tas upp på nästa",
    "kommer åter upp",
    "kommer upp igen",
    "återkommer på nästa möte",
    "återkommer till",
    "återkommer i",
    "återkommer om",
    "återkommer med",
    "följs upp",
    "bordläggs",
    "bordlades",
    "återremitteras",
    "stäms av",
    "tas upp vid",
    "tas upp på",
    "återkommer på",
    "will be revisited",
    "to be discussed",
    "postponed to",
    "follow up",
    "followed up",
)

# Nouns that make a dated sentence an event.
EVENT_NOUNS = (
    "konferens",
    "kongress",
    "utbildning",
    "seminari",
    "workshop",
    "internat",
    "kick-off",
    "kickoff",
    "dialog",
    "mässa",
    "mässan",
    "deadline",
    "sista dag",
    "sista datum",
    "inlämning",
    "release",
    "träff",
    "jubileum",
    "invigning",
    "avslutning",
    "skolval",
    "enkät",
    "conference",
    "training",
    "webinar",
    "webbinari",
)
# Words just before a date that make it the date of something else (a mail, a past meeting).
NOT_EVENT_CONTEXT = (
    "mejl",
    "mail",
    "e-post",
    "brev",
    "skrivelse",
    "protokoll",
    "daterad",
    "från den",
    "sedan",
    "förra",
)
# Words introducing the person to turn to about an event.
CONTACT_CUES = ("kontakta", "kontakt", "anmälan till", "hör av er till", "contact")

# Role words used in parentheses after a name in a body paragraph ("Lovisa (ordförande)").
ROLE_WORDS = (
    "ordförande",
    "vice ordförande",
    "dagordningsansvarig",
    "sekreterare",
    "justerare",
    "sammankallande",
    "kassör",
    "chair",
    "secretary",
)
# Endings of a title word that introduce a named guest ("Fastighetsdirektör Anna Berg").
OFFICE_SUFFIXES = (
    "direktör",
    "chef",
    "chefen",
    "ansvarig",
    "samordnare",
    "strateg",
    "controller",
    "handläggare",
    "sekreterare",
    "rektor",
    "ordförande",
    "läkare",
    "sköterska",
    "psykolog",
    "kurator",
    "ombud",
    "revisor",
    "analytiker",
    "arkitekt",
    "utvecklare",
    "konsult",
    "specialist",
    "expert",
    "koordinator",
    "inspektör",
    "jurist",
    "ekonom",
    "professor",
    "forskare",
)

# Words that end a title line only when the title goes on on the next line.
CONTINUING_WORDS = frozenset(
    {
        "och",
        "eller",
        "samt",
        "till",
        "för",
        "från",
        "av",
        "i",
        "på",
        "med",
        "om",
        "inom",
        "kring",
        "mellan",
        "under",
        "vid",
        "enligt",
        "inför",
        "efter",
        "mot",
        "utan",
        "genom",
        "en",
        "ett",
        "den",
        "det",
        "de",
        "att",
        "som",
        "the",
        "of",
        "and",
        "or",
        "for",
        "to",
        "in",
        "on",
        "with",
        "a",
        "an",
        "from",
        "by",
        "about",
    }
)

# Capitalised words that begin sentences but are never names.
NOT_NAMES = frozenset(
    {
        "det",
        "den",
        "de",
        "dem",
        "detta",
        "dessa",
        "denna",
        "vi",
        "ni",
        "jag",
        "han",
        "hon",
        "man",
        "alla",
        "en",
        "ett",
        "i",
        "på",
        "för",
        "från",
        "till",
        "med",
        "om",
        "och",
        "att",
        "som",
        "när",
        "då",
        "nu",
        "just",
        "även",
        "inga",
        "ingen",
        "inget",
        "nästa",
        "efter",
        "under",
        "vid",
        "av",
        "se",
        "info",
        "information",
        "beslut",
        "förslag",
        "mötet",
        "gruppen",
        "the",
        "a",
        "an",
        "we",
        "it",
        "this",
        "that",
        "there",
        "also",
        "in",
        "on",
        "for",
        "after",
        "only",
        "discussion",
        "agreement",
        "decision",
        "meeting",
        "final",
        "next",
        "ärendet",
        "frågan",
        "punkten",
    }
)
# Words that begin a participant's note, never a name ("Olof Berg Anmält förhinder").
NOTE_WORDS = frozenset(
    {
        "anmält",
        "anmäld",
        "deltog",
        "deltar",
        "via",
        "ersättare",
        "ers.",
        "ej",
        "frånvarande",
        "närvarande",
        "delvis",
        "ordförande",
        "sekreterare",
        "mötesordf.",
        "tjänstgörande",
        "adjungerad",
        "från",
        "kl",
        "kl.",
    }
)
# Name particles written in lower case inside a name ("Ulla von Sydow").
NAME_PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "la", "le", "di", "da", "du"})

SWEDISH_MARKERS = frozenset(
    {"och", "att", "det", "som", "för", "på", "är", "med", "till", "av", "om", "inte", "har"}
)
ENGLISH_MARKERS = frozenset(
    {"the", "and", "to", "of", "is", "for", "on", "with", "that", "be", "are", "this", "not"}
)
