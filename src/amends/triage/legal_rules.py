"""How legal-risk cues are written and compiled (the tables are in legal_cues_a.py and legal_cues_b.py).

Every cue is one regular expression over the normalised text (lower case, curly quotes made
straight, zero-width characters dropped, letters repeated three times or more squeezed to one),
with a weight, the category it speaks for, and the local dampers that keep idioms from firing.

Pattern shorthand, expanded by `_compile`:

- a plain space means "optional spaces, underscores or hyphens", so `class action` also finds
  `class-action` and `#classaction`;
- ` %gN% ` means "then up to N more words on the same sentence" (N is a digit);
- `%you%`, `%body%`, `%neg%` and friends are the shared word lists below.

Every pattern is wrapped so that cues start and end at word edges (an opening quote or a
possessive "'s" is fine, the inside of "don't" is not). Gaps are bounded and there are no nested
unbounded repeats, so matching stays roughly linear in the text length.

Weights: about 0.85 for an explicit legal term, 0.6-0.75 for a clear allegation, 0.42-0.5 for a
cue that needs the first-person and accusation boosts to flag on its own, and 0.2-0.35 for a hint
that only counts when a stronger cue of the same category also fired.

The cues were written from the category definitions, then widened where labelled examples showed
genuine gaps; `evalsets/legal.jsonl` is therefore an in-sample check, not a held-out estimate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MACROS = {
    "you": r"(?:you|u|ya|y'all|yall|ye|them|your company|@\w+)",
    "your": r"(?:your|ur|yr|their|the|this|that|its|@\w+(?:'s)?)",
    "who": r"(?:me|us|my|our|him|her|them|his|their|myself|"
    r"my (?:son|daughter|kid|child|baby|wife|husband|partner|mum|mom|dad|friend))",
    "body": r"(?:hands?|fingers?|thumbs?|arms?|legs?|foot|feet|face|mouth|lips?|tongue|eyes?|skin|head|back|neck|"
    r"knees?|wrists?|ankles?|chin|toes?|teeth|tooth|throat|gums?|chest|shoulders?|hips?|nose|ears?|palm|scalp|"
    r"cheeks?|forehead|elbows?|stomach|belly|thighs?|shins?|fingertips?|nails?)",
    "neg": r"(?:refus\w*|declin\w*|won't|wont|wouldn't|wouldnt|didn't|didnt|did not|will not|would not|not|never|"
    r"fail\w*|can't|cant|cannot)",
    "charge": r"(?:charg\w+|bill\w+|debit\w+|invoic\w+|deduct\w+|tak\w+ (?:money|payments?|my money))",
    "device": r"(?:battery|batteries|charger|phone|vape|power ?bank|laptop|e-?bike|scooter|hoverboard|kettle|"
    r"boiler|heater|pressure cooker|air ?fryer|toaster|microwave|plug|socket|cable|adapter|appliance|oven|"
    r"stove|hob|dryer|washer|fridge|lamp|iron|hair ?dryer|straighteners|blender|tv|console|controller|"
    r"headphones|earbuds|fan|charging (?:cable|brick|block|port))",
    "staff": r"(?:driver|staff|employees?|workers?|cashier|manager|guard|security|bouncer|waiter|waitress|"
    r"server|courier|rider|agent|attendant|steward|stewardess|officer|crew|pilot|he|she|they|someone|"
    r"delivery (?:guy|man|driver)|the guy|the man|the woman|engineer|technician|installer)",
    # Protected characteristics, stated strongly enough to count on their own next to a mistreatment.
    "strait": r"(?:"
    # race, ethnicity, national origin, language
    r"race|racial|ethnicity|skin colou?r|colou?r of (?:my|our|his|her) skin|immigrant|refugee|nationality|"
    r"(?:my|our|his|her|an?) accent|(?:my|his|her|their|our) english|broken english|poor english|"
    r"(?:my|his|her|our) (?:own )?(?:language|native language|mother tongue)|speaking (?:\w+ )?(?:welsh|irish|"
    r"gaelic|spanish|polish|arabic|urdu|punjabi|hindi|bengali|french|portuguese|romanian|russian|ukrainian|"
    r"chinese|mandarin|cantonese|somali|turkish|tagalog|yoruba|igbo|another language|a different language)|"
    r"(?:white|black|brown|asian) (?:guys?|people|customers?|famil(?:y|ies)|couples?|wom[ae]n|m[ae]n|person|"
    r"lads?|girls?|kids?|folks?|ones|colleagues?|friends?|neighbou?rs?|boys?|students?|passengers?|shoppers?|"
    r"partners?|husband|wife|coworkers?|co-workers?|boss|sister|brother|counterparts?|mates?|applicants?)|"
    # religion
    r"muslim|jewish|sikh|hijab|headscarf|turban|niqab|kippah|yarmulke|religion|religious|"
    # disability and health
    r"disabled|disability|disabilities|wheelchair|crutches|guide dog|service dog|assistance dog|service animal|"
    r"deaf(?! ears)|blind|hearing aid|sign language|bsl|asl|(?:an? )?interpreter|lip ?read\w*|"
    r"(?:he|she|i|they) signs?|autis\w+|downs? syndrome|down's syndrome|stammer|stutter|crohn'?s|colitis|"
    r"(?:chronic|medical|health|heart|mental health|long term) (?:condition|illness)|diabet\w+|epilep\w+|"
    r"chemo\w*|cancer|hiv|stoma|colostomy|ptsd|adhd|dyslexi\w+|learning disabilit\w+|dementia|"
    r"alzheimer'?s?|parkinson'?s?|cerebral palsy|amputee|prosthetic|special assistance|mobility (?:aid|scooter)|"
    r"walking frame|walker|cane|"
    # sex, gender, sexuality, pregnancy, age
    r"gay|lesbian|queer|transgender|trans (?:wom[ae]n|m[ae]n|person|kids?|people|folks?)|non-binary|nonbinary|"
    r"same sex|sexuality|(?:both|two) (?:men|women|dads|mums|moms)|non-?traditional (?:couple|family)|"
    r"(?:cis|trans|transgender|non-binary|gay|lesbian|queer|black|brown|asian|muslim|jewish|disabled|deaf|"
    r"blind) (?:friends?|people|customers?|couples?|women|men|kids|staff|colleagues?|partners?|folk)|"
    r"pregnan\w+|breastfeeding|breast feeding|nursing mother|(?:my|our|his|her) age|elderly|too old|"
    # someone stating one
    r"%being% (?:\w+ )?(?:black|brown|asian|arab|muslim|jewish|sikh|gay|lesbian|trans|disabled|deaf|blind|"
    r"autistic|pregnant|mixed race|a person of colou?r|poc|bame))",
    "being": r"(?:i'm|im|i am|he's|hes|she's|shes|they're|theyre|we're|we are|he is|she is|they are|the only|"
    r"we were|i was|he was|she was|they were)",
    "trait": r"(?:%strait%|black|asian|islam|hindu|faith|mental health|accent|foreign(?:er)?|gender|woman|"
    r"women|female|girl|a girl|age|too old|old|an old (?:lady|man|woman)|pensioner|senior|"
    r"mexican|latino|latina|hispanic|arab|indian|pakistani|african|chinese|nigerian|polish|romanian|"
    r"traveller|gypsy|roma|tattoos?|gay couple|my (?:wife|girlfriend|husband|boyfriend)|"
    r"two (?:m[ae]n|wom[ae]n|dads|mums|moms|guys|girls))",
    # Being treated worse: refused, removed, singled out, mocked, handled.
    "treat": r"(?:refus\w*|denied|deny|denying|denied entry|refused entry|turned (?:me |us )?away|"
    r"turn (?:me |us )?away|kicked (?:me |us )?(?:out|off)|thrown out|threw (?:me |us )?out|"
    r"(?:asked|told|made) (?:me |us )?to leave|made (?:me |us )?leave|wouldn't (?:serve|let|seat|allow|board)|"
    r"would not (?:serve|let|seat|allow)|won't (?:serve|let|allow)|not allowed|weren't allowed|wasn't allowed|"
    r"banned|treated (?:me |us )?(?:differently|worse|like)|singled (?:me |us )?out|profil\w+|"
    r"followed (?:me|us) around|mocked|mocking|laughed|laughed at|made fun|mimick\w*|imitat\w+|harass\w*|"
    r"insult\w*|slur|ignored (?:me|us)|served everyone|skipped (?:me|us)|no access|"
    r"couldn'?t (?:even )?(?:get|fit) (?:in|into|through)|could not (?:even )?get (?:in|into)|offload\w*|bumped|"
    r"cover up|hung up|snigger\w*|shouted at|yelled at|rude to|stared at|shouldn't|should not|"
    r"(?:not|aren't|isn't|wasn't|weren't) welcome|wasn't good enough|isn't good enough|"
    r"no one else|nobody else|everyone else|only (?:me|us)|only (?:customer|one|person) (?:asked|stopped|"
    r"searched|told)|(?:get|got|getting|was|am|being) stopped|stop(?:s|ped|ping)? (?:me|us|the|them)|"
    r"(?:asked|made|told) (?:me|us|him|her) to (?:empty|open|show)|search(?:ed)? (?:my|his|her|our) bags?|"
    r"call(?:ed|ing) (?:me |us |him |her |them |my \w+ )?(?:an? )|"
    r"(?:speak|spoke|talk|talked|speaking|talking|treat|treats|treating) (?:to )?(?:me|us|him|her|them|"
    r"my \w+(?: \w+)?) like|grab(?:bed|s|bing)? (?:me|him|her|his|my)|"
    r"left (?:me|us|him|her) (?:stranded|waiting|on the plane|behind)|nobody came|no one came|"
    r"forgot (?:about )?(?:me|us|him|her))",
}

# A word gap: up to N words on the same sentence, each after at least one separator.
_GAP = r"(?:[^\w'\n.!?]+[\w'&]+){{0,{n}}}[^\w'\n.!?]+"
_SPACE = r"[\s_\-'\"]*"  # spaces, hyphens, underscores, quotes: "see-you-in-court", "#classaction"


def _compile(pattern: str) -> re.Pattern[str]:
    pattern = pattern.replace("[- ]?", " ").replace("[- ]", " ")  # a space already allows a hyphen
    for n in range(1, 10):
        pattern = pattern.replace(f" %g{n}% ", "\x00" + _GAP.format(n=n) + "\x00")
    pieces = pattern.split("\x00")
    for i in range(0, len(pieces), 2):  # even pieces are cue text, odd ones are finished gaps
        text = pieces[i]
        for _ in range(3):  # macros may use other macros
            for name, body in _MACROS.items():
                text = text.replace(f"%{name}%", body.replace(" ", "\x01"))
        pieces[i] = text.replace(" ", _SPACE).replace("\x01", _SPACE)
    # Cues end at a word edge; a possessive ("lawyer's") is fine, a contraction ("can't") is not.
    # Cues start after a non-letter (an opening quote is fine, the "t" of "don't" is not).
    return re.compile(r"(?<!\w)(?<!\w')(?:" + "".join(pieces) + r")(?!\w)(?!'(?:t|ll|re|ve|d|m)\b)")


def _expand(text: str) -> str:
    for _ in range(3):  # macros may use other macros
        for name, body in _MACROS.items():
            text = text.replace(f"%{name}%", body)
    return text


def _opt(pattern: str | None) -> re.Pattern[str] | None:
    return None if pattern is None else re.compile(_expand(pattern))


HINT_WEIGHT = 0.35  # cues this light are hints unless told otherwise


@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    category: str
    weight: float
    pattern: re.Pattern[str]
    negatable: bool  # "not suing", "no lawyer": dampened when a negator comes shortly before
    idiomatic: bool  # often hyperbole ("criminal", "scam", "sue"): laughter and "would..." dampen hard
    damp_before: re.Pattern[str] | None  # searched at the end of the 40 characters before the cue
    damp_after: re.Pattern[str] | None  # matched at the start of the 40 characters after the cue
    damp_near: re.Pattern[str] | None  # searched within 60 characters either side
    requires: re.Pattern[str] | None  # the cue only fires when this occurs within 100 characters
    upper: bool  # acronyms that collide with words (FCA, DOT): the original must be upper case
    name_guard: bool  # "Sue from billing": a capitalised word mid-sentence is a name
    hint: bool  # counts only when a non-hint cue of the same category also fired


def cue(
    name: str,
    category: str,
    weight: float,
    pattern: str,
    *,
    negatable: bool = True,
    idiomatic: bool = False,
    before: str | None = None,
    after: str | None = None,
    near: str | None = None,
    requires: str | None = None,
    upper: bool = False,
    name_guard: bool = False,
    hint: bool | None = None,
) -> Cue:
    return Cue(
        name=name,
        category=category,
        weight=weight,
        pattern=_compile(pattern),
        negatable=negatable,
        idiomatic=idiomatic,
        damp_before=_opt(None if before is None else r"(?:" + before + r")[^\w]*$"),
        damp_after=_opt(None if after is None else r"^[^\w]*(?:" + after + r")"),
        damp_near=_opt(near),
        requires=_opt(requires),
        upper=upper,
        name_guard=name_guard,
        hint=weight <= HINT_WEIGHT if hint is None else hint,
    )


OCCUPATION = (
    r"(?:as an?|i'm an?|im an?|i am an?|work as an?|is an?|was an?|studying to be an?|for|becom\w+ an?|"
    r"who's an?|whos an?|who is an?|who was an?)"
)
KIN_AFTER = (
    r"(?:friends?|buddy|buddies|pals?|mates?|colleagues?|cousins?|sister|brother|mom|mum|dad|wife|husband|"
    r"neighbou?rs?|son|daughter|uncle|aunt|girlfriend|boyfriend|partner|recommended|loves|swears|uses|"
    r"told me about|put me onto|introduced)"
)
FOOD_NEAR = (
    r"(?:banana|apple|pear|peach|avocado|fruit|tomato|veg|berr|grape|mango|produce|ice ?cream|chocolate|frozen|"
    r"cheese|butter|lolly|popsicle)"
)
TASTY_NEAR = (
    r"(?:burger|chilli|chili|cookies?|crispy|sauce|spicy|cake|dessert|pizza|wings?|curry|crisps|chips|fries|"
    r"cheesecake|brownies?|doughnuts?|donuts?|coffee|latte|cocktails?|flavou?r|recipe|menu|snack)"
)
PRICE_NEAR = (
    r"(?:price|prices|pricing|cost|costs|fee|fees|£|\$|€|expensive|charge for|charging \S+ for|"
    r"ticket|menu|for a (?:coffee|sandwich|drink|bottle|pint))"
)
