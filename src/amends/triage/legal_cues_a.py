"""Legal-risk cues: legal action, breach of contract, injury and safety (see legal_rules.py)."""

from __future__ import annotations

from amends.triage.legal_rules import FOOD_NEAR, KIN_AFTER, OCCUPATION, PRICE_NEAR, TASTY_NEAR, cue

# One cue per few lines, like a table; the formatter would spread it out.
# fmt: off
CUES = (
    # ---------------------------------------------------------------- legal_action
    cue("lawsuit", "legal_action", 0.85,
        r"law suits?|lawsuits?|litigation|litigat\w+|legal proceedings?|court proceedings?|court case|court order|"
        r"class actions?|small claims|county court|district court|magistrates'? court|claims court|tribunal|"
        r"cease and desist|letter before (?:action|claim)|pre-action|demand letter|civil claim|legal claim"),
    cue("legal_action", "legal_action", 0.8,
        r"legal (?:action|steps|route|recourse|remed\w+|options|avenues?|case|matter|proceedings|notice|"
        r"letter|papers|advice|advi[cs]er|help|aid|counsel|representation)|through the courts?|"
        r"(?:seek\w*|sought|get|getting|take|taking|took|pursu\w+|consider\w*) legal|go(?:ing)? legal"),
    cue("sue_you", "legal_action", 0.85,
        r"(?:sue|suing|sued|sueing) %g3% (?:%you%|your \w+|the (?:company|airline|bank|store|shop|restaurant|"
        r"app|hotel|owner|driver|pants)|for (?:damages|compensation|negligence|breach|every|all|the full))"),
    cue("sue", "legal_action", 0.6, r"sue|suing|sueing|sued", idiomatic=True, name_guard=True,
        after=r"for (?:a|an|some|more|another|one|the chance)\b(?!\W+(?:full|refund|damages|compensation|breach))"),
    cue("my_lawyer", "legal_action", 0.75,
        r"(?:my|our|the family's|family) (?:lawyers?|attorneys?|solicitors?|barristers?|legal team|legal counsel)",
        after=KIN_AFTER, before=OCCUPATION),
    cue("involve_lawyer", "legal_action", 0.85,
        r"(?:contact\w*|call\w*|consult\w*|hire|hired|hiring|get|getting|got|retain\w*|instruct\w*|"
        r"speak\w* (?:to|with)|spoke (?:to|with)|talk\w* (?:to|with)|email\w*|forward\w*|cc'?d?|cc'ing|"
        r"loop\w* in|involv\w+|hear\w* from|send\w* (?:it|this) to|sent (?:it|this) to|pass\w* (?:it|this) to|"
        r"hand\w* (?:it|this) to|see|seeing|visit\w*|go(?:ing)? to|went to) (?:a|an|my|our|the|me a|your) "
        r"(?:lawyer|attorney|solicitor|barrister|law firm|legal team|legal department|legal dept)s?|"
        r"lawyer(?:ing|ed)? up|(?:retained|retain|retaining|instructed|hired|engaged|consulted) (?:a |an |our |my )?"
        r"(?:counsel|legal counsel|legal representation|legal rep)",
        after=KIN_AFTER),
    cue("lawyer", "legal_action", 0.45,
        r"lawyers?|(?<!power\x20of\x20)attorneys?(?! general)|solicitors?|barristers?|law firm",
        before=OCCUPATION + r"|(?:friend|sister|brother|mum|mom|dad|wife|husband|cousin|neighbou?r) (?:is|was) an?",
        after=KIN_AFTER),
    cue("court", "legal_action", 0.8,
        r"(?:see|seeing|meet|c) (?:you|u|ya|y'all|yall|them) in court|"
        r"(?:take|taking|took|drag\w*|bring\w*|haul\w*|brought) %g2% (?:to|into|before) (?:a |the )?court|"
        r"(?:in|to|into) (?:the )?court|court (?:date|summons|claim|papers|filing|action)"),
    cue("claim_process", "legal_action", 0.75,
        r"no win,? no fee|personal injury (?:lawyer|solicitor|firm|claim|specialist)|ambulance chasers?|"
        r"(?:group|class|joint|injury|compensation) claim|claim against|(?:paperwork|papers|claim form|summons|"
        r"particulars of claim) %g3% (?:served|filed|issued|lodged|submitted)|served (?:you|them|papers|the papers)|"
        r"money claim online|mcol|n1 (?:claim|form)"),
    cue("legal_letter", "legal_action", 0.75,
        r"(?:drafting|writing|sending|sent|send|drafted|wrote) (?:the |a |my |our |this )?(?:\w+ )?letter",
        requires=r"solicitor|lawyer|attorney|legal|barrister"),
    cue("pursue", "legal_action", 0.6,
        r"pursu(?:e|es|ed|ing) (?:@\w+|you|them|the company|a claim|damages|compensation|this legally)|"
        r"(?:claiming|claim) (?:against|from) (?:@\w+|you|your)"),
    cue("judge", "legal_action", 0.55,
        r"(?:a|the) judge (?:would|will|can|could|decide\w*)|(?:in front of|before|tell it to|explain (?:it |that |"
        r"this )?to) (?:a|the) (?:judge|court|tribunal|magistrate)|(?:my|our) day in court|(?:in|to|into) a court"),
    cue("escalate", "legal_action", 0.42,
        r"(?:take|taking|took) (?:this|it|things|the matter|my complaint|this matter) (?:further|higher|all the way|"
        r"as far as)|(?:go|going|went) (?:all the way|as far as i can)"),
    cue("court_word", "legal_action", 0.3, r"court|courts|judge|sheriff|bailiffs?",
        before=r"(?:food|tennis|basketball|netball|squash|badminton|volleyball|pickleball|padel|hampton)",
        after=r"(?:yard|side|ney|ship|esy)"),
    # ---------------------------------------------------------------- breach_of_contract
    cue("breach", "breach_of_contract", 0.9,
        r"breach(?:ed|es|ing)? (?:of )?(?:the |my |our |your |their |this |a |its )?(?:\w+ )?(?:contract|agreement|"
        r"terms|"
        r"warranty|guarantee|service agreement|sla|duty|t&cs?)|"
        r"(?:contract|agreement|terms|warranty|guarantee) %g2% (?:breach|breached)"),
    cue("broke_contract", "breach_of_contract", 0.75,
        r"(?:broke|breaking|violat\w+|ignor\w+|disregard\w*|went back on|going back on|"
        r"reneg\w+(?: on)?|back\w* out of|unilaterally chang\w+) (?:%your%|my|our|a|its|the)? ?(?:own )?"
        r"(?:contract|agreement|terms(?: and conditions)?|t&cs?|t's and c's|ts and cs|warranty|guarantee|"
        r"price (?:promise|guarantee|lock|freeze)|fixed (?:price|rate|deal))"),
    cue("terms_changed", "breach_of_contract", 0.45,
        r"chang\w+ (?:the|my|our|your|its) (?:\w+ )?(?:terms|contract|agreement|t&cs?)", negatable=False),
    cue("honour_demand", "breach_of_contract", 0.5,
        r"honou?r (?:the|your|my|our|its|their) (?:own )?(?:warranty|guarantee|contract|agreement|price|deal|terms|"
        r"booking|offer|voucher|policy|promise|commitment)"),
    cue("claim_refused", "breach_of_contract", 0.45,
        r"(?:refus\w*|reject\w*|den(?:ied|ying|y)|declin\w*|void\w*) (?:my|our|the|a|his|her) (?:\w+ )?claim|"
        r"(?:refund|repair|replacement|claim|return|exchange|compensation)s? (?:was |were |has been |have been |got |"
        r"is |being )?(?:refused|denied|rejected|declined|voided)"),
    cue("terms_reference", "breach_of_contract", 0.45,
        r"warrant(?:y|ies)|guarantee[ds]?|contract(?:ual|ed)?|terms|t&cs?|agreement|brochure|advertised|advertise|"
        r"as described|description|listing|promised|locked in|price locked|locked for|fixed (?:price|rate|term)|"
        r"paid for|"
        r"policy says|"
        r"the regs|regulations|entitled|interest free|0% (?:deal|finance|interest|apr)|all inclusive|included|"
        r"free cancellation|money back guarantee|no quibble|price promise|(?:confirmation|booking|receipt|email|"
        r"website|site|listing|ad) (?:says|said|states|stated|showed|shows)|supposed to (?:be|include|cover|get)|"
        r"full refund if|includes|including",
        negatable=False,
        requires=r"\b(?:refus\w+|reject\w+|denied|declined|won't|wouldn't|didn't|did not|never|not|no refund|joke|"
        r"\w+n't|nowhere|keeping|kept|still|only offered|offered|now (?:you|they|it)|took every|took my|taking|"
        r"twice|again|raised|hiked|instead|downgraded|bumped|apart|separated|lie|lied|nobody came|no one came|"
        r"never came|turn(?:ed)? up|never arrived|failing|failed|"
        r"charged|gone up|went up|increased|nothing|none|money back|refund|compensation|broke|broken|failed|"
        r"ignored)\b"),
    cue("not_provided", "breach_of_contract", 0.45,
        r"(?:didn't|did not|never|failed to|fail to|not) (?:provide|supply|fulfil+|deliver(?:ing)? what)",
        requires=r"paid|charged|took|£|\$|€|contract|booked|promised", negatable=False),
    cue("kept_payment", "breach_of_contract", 0.45,
        r"(?:kept|keeping|keep|held onto|hanging onto|pocketed|still took|still taking|still take) (?:all |every |"
        r"the |my |our )?(?:\w+ )?(?:money|deposit|payments?|fees?|refund|cash|£\d+|\$\d+)"),
    cue("price_rise", "breach_of_contract", 0.5,
        r"(?:raised|raising|increased|increasing|hiked|put up|putting up) (?:the |my |our )?(?:price|prices|bill|"
        r"rate|fee|tariff)|put (?:the |my |our )?(?:price|prices|bill|rate|fee|tariff)s? up|"
        r"(?:price|bill) (?:rise|increase|hike)|(?:bill|price|rate|tariff|premium)'?s? (?:has |have |"
        r"had )?(?:gone up|went up|increased|risen|doubled|jumped)",
        requires=r"paid (?:upfront|up front|in advance|for (?:the|a) (?:year|12 months))|annual plan|fixed|locked in|"
        r"price (?:promise|guarantee|lock|freeze)|mid[- ](?:contract|year|term)|contract|advertis\w+|promised|"
        r"no price ris\w+|guaranteed"),
    cue("broke_promise", "breach_of_contract", 0.35,
        r"(?:broke|break|breaking|went back on|reneg\w+ on) (?:%your%|my|our|a)? ?(?:promise|word|deal|offer)"),
    cue("not_honoured", "breach_of_contract", 0.6,
        r"%neg% (?:to )?(?:honou?r|uphold|stand behind|stand by|fulfil+)"),
    cue("warranty_denied", "breach_of_contract", 0.65,
        r"(?:warranty|guarantee)(?: claim)? %g3% (?:denied|rejected|refused|voided|declined|ignored)|"
        r"(?:denied|rejected|refused|voided|declined|won't cover|wont cover|wouldn't cover|refus\w+ to cover)"
        r" %g2% (?:warranty|guarantee)"),
    cue("still_under_warranty", "breach_of_contract", 0.42,
        r"(?:still|is|was|it's|its|clearly) (?:under|in|within) (?:the |its |a )?(?:warranty|guarantee)"),
    cue("refund_refused", "breach_of_contract", 0.45,
        r"(?:refus\w*|declin\w*|won't|wont|wouldn't|wouldnt|will not|would not|denied|deny\w*|reject\w*) "
        r"(?:to )?(?:give |issue |process |pay |honou?r )?(?:me |us )?(?:a |my |our |the |any )?(?:full )?"
        r"(?:refunds?|money back|reimburse\w*|replacements?|repairs?|replace|repair|compensation|exchange|"
        r"return (?:the|my|our) (?:deposit|money|payment|fee)|give (?:me |us )?(?:my|our|the) (?:deposit|money) back)",
        negatable=False),
    cue("legal_entitlement", "breach_of_contract", 0.65,
        r"(?:legally|lawfully|statutorily|contractually) (?:required|obliged|obligated|bound|entitled|owed|"
        r"have to|must|need to)|(?:by|under) (?:the )?(?:law|uk law|eu law|consumer law|contract law|"
        r"the contract|my contract|our contract|the agreement|the terms|your (?:own )?(?:terms|t&cs|policy|contract))|"
        r"(?:under|per) (?:the |my |our |your )?(?:\w+ )?(?:terms|contract|agreement)|"
        r"entitled to (?:a |my |full |a full )?(?:refund|compensation|replacement|repair|reimbursement|money back|"
        r"cancel\w*)|consumer (?:rights|law|protection law|protection act)|statutory rights|eu ?261|uk ?261|"
        r"ec ?261|regulation 261|montreal convention|lemon law|magnuson[- ]moss|section 75|sale of goods act|"
        r"extraordinary circumstances|delay compensation|what the (?:regs|regulations|law|rules|terms) says?"),
    cue("fit_for_purpose", "breach_of_contract", 0.45,
        r"fit for purpose|of satisfactory quality|as described|cooling[- ]off(?: period)?", negatable=False),
    cue("cancelled_still_charged", "breach_of_contract", 0.7,
        r"(?:still|keep|keeps|kept|continu\w+(?: to)?|again|yet again|another) (?:being )?(?:getting )?%charge%|"
        r"(?:taken|took|taking|charged|sent|raised) (?:me )?(?:another|a further|yet another|one more|a new) "
        r"(?:direct debit|payment|charge|bill|invoice)",
        requires=r"cancel\w*|terminat\w*|closed (?:my|the|our) account|ended (?:my|the|our) (?:contract|plan)|"
        r"unsubscrib\w*|opted out|left you|switched|moved provider|ported|disconnect\w*|returned|sent (?:it )?back|"
        r"moved out|i closed|we closed|(?:closed|cancelled) (?:\w+ )?(?:years?|months?) ago|closed for|shut for|"
        r"was shut|was closed|couldn't use|could not use|doesn't exist|does not exist"),
    cue("charged_near_cancel", "breach_of_contract", 0.45,
        r"(?:charged|billed|debited|took|taken|invoiced) (?:me|us|my|our)|(?:took|taken|taking) (?:a |another )?"
        r"(?:payment|direct debit|money)",
        requires=r"cancel+(?:ed|led)|terminat\w+|returned|sent (?:it|them) back|closed (?:my|the|our) account"),
    cue("charged_after_cancel", "breach_of_contract", 0.7,
        r"(?:charg\w+|bill\w+|debit\w+|took money|taking money) %g4% (?:after|despite|even though|though|since) "
        r"%g3% (?:cancel\w*|terminat\w*|closed (?:my|the|our) account|ended (?:my|the|our) (?:contract|plan|"
        r"subscription|membership))"),
    cue("mid_contract", "breach_of_contract", 0.45,
        r"(?:mid[- ]contract|during (?:my|the|our) (?:contract|fixed term)|middle of (?:my|the|a|our) contract|"
        r"fixed (?:price|rate|term|tariff|deal)) %g3% (?:rise|increase|hike|went up|raised|changed|price)"),
    cue("terms_say", "breach_of_contract", 0.45,
        r"(?:the |your |my |our )?(?:own )?(?:contract|terms|t&cs?|policy|agreement|warranty|guarantee|tenancy|"
        r"lease|booking|confirmation) "
        r"(?:clearly )?(?:says|say|states|state|promises|promise|guarantees|guarantee|covers|cover)|as per (?:the|"
        r"your|my|our) "
        r"(?:contract|terms|agreement|warranty)|(?:read|check|look at) (?:your|the) (?:own )?(?:contract|terms|"
        r"t&cs?|policy|agreement)", negatable=False),
    cue("cancelled_no_refund", "breach_of_contract", 0.5,
        r"cancel+(?:ed|led)? (?:my|our|the) (?:flight|booking|order|reservation|subscription|plan|contract|"
        r"holiday|trip|tickets?|policy) %g4% (?:no|without|zero|refus\w+|not even a) (?:refund|compensation|"
        r"notice|explanation)"),
    cue("owed", "breach_of_contract", 0.3, r"you owe (?:me|us)|owed (?:me|us)|chargeback|charge back|dispute"),
    cue("compensation_owed", "breach_of_contract", 0.5,
        r"(?:compensation|money|refund|payment) (?:you|u|they) owe|owe (?:me|us) (?:compensation|a refund|money)|"
        r"(?:pay|give) (?:me |us )?(?:the|my|our) (?:compensation|refund) (?:you|u|i'm|we're)"),
    # ---------------------------------------------------------------- injury_safety
    cue("injury", "injury_safety", 0.7,
        r"injur\w+|wounded|concussion|fractur\w+|sprain\w*|stitches|hospitali[sz]\w+|"
        r"(?:hit|banged|bumped|smacked|whacked|cracked|split) (?:my|his|her|their|our) (?:head|face|knee|elbow|"
        r"back|chin|lip|nose|eye)|"
        r"(?:fell|dropped|landed|collapsed|came down|toppled) (?:on|onto) (?:me|my|him|her|us|his|their|our)|"
        r"(?:knocked|run|ran) (?:me|him|her|us|my \w+) (?:off|out cold|unconscious)|"
        r"(?:call\w*|rang|ring|got|need\w*|sent|in|by|into) (?:an? |the )?ambulance|paramedics? (?:came|arrived|"
        r"were called|treated|said|checked)|"
        r"broken (?:arms?|legs?|wrists?|ankles?|bones?|nose|tooth|teeth|fingers?|toes?|ribs?|hips?|collarbone)|"
        r"(?:broke|chipped|cracked) (?:my|his|her|a) (?:arm|leg|wrist|ankle|nose|tooth|teeth|finger|toe|hip|crown)"),
    cue("body_harm", "injury_safety", 0.5,
        r"(?:hit|hits|struck|cut|cuts|sliced|burn\w*|scald\w*|bruis\w*|bleed\w*|bled|swell\w*|swollen|hurt\w*|"
        r"sprayed|splashed|spilled|spilt|poured|caught(?! (?:my|his|her|their|your) eyes?)|gashed|grazed|"
        r"injur\w*|shatter\w*|smash\w*|crush\w*|trapped|trapping|broke|broken|fractur\w*|sprain\w*|hives|rash|"
        r"stung|bitten|pierced|stabbed|glass|splinters?|blisters?|numb) %g5% (?:my|his|her|their|our|the kid's|"
        r"(?:my|our) (?:son|daughter|child|baby|kid|toddler|mum|mom|dad|husband|wife|partner)'s) %body%",
        after=r"(?:off|out|up)\b"),
    cue("person_harmed", "injury_safety", 0.5,
        r"(?:my|our|his|her) (?:son|daughter|child|toddler|baby|kid|kids|children|mum|mom|dad|nan|gran|grandma|"
        r"grandad|husband|wife|partner|friend|dog|cat|puppy) %g4% (?:hit (?:his|her|their|the)|fell|slipped|choked|"
        r"swallowed|was cut|got cut|was burned|got burned|bruised|collapsed|fainted|bled|was hurt|got hurt|"
        r"was injured|got injured|stung|crushed|trapped|could have died|nearly died|stopped breathing)"),
    cue("safety_part_failed", "injury_safety", 0.55,
        r"(?:car seat|child seat|booster seat|cot|crib|pram|stroller|buggy|high ?chair|baby (?:gate|monitor|walker)|"
        r"stair gate|helmet|seat ?belt|airbag|brakes?|buckle|harness|child lock|smoke alarm|railing|bannister|"
        r"guard|safety catch|safety switch|lid|latch) %g3% (?:failed|failing|failure|released|broke|snapped|"
        r"came undone|came off|came loose|gave way|didn't work|did not work|stopped working|defective|faulty|"
        r"shattered|exploded|smashed|burst)|(?:glass|screen|door|jug|bottle|mug|jar|panel|window) %g3% "
        r"(?:shattered|exploded|burst)|(?:fell|falling) asleep (?:at|behind) the wheel|asleep at the wheel|"
        r"no lifeguards?|(?:couldn't|could not|can't|cannot|struggling to|struggled to) breathe"),
    cue("harm_broad", "injury_safety", 0.42,
        r"(?:lost|lose|losing|nearly lost|almost lost) (?:a|my|his|her|the tip of (?:my|his|her)) (?:finger|thumb|"
        r"toe|eye|tooth)|went flying|in a (?:cast|sling|neck brace)|on crutches now|(?:ran|run|running|nearly ran|"
        r"almost ran|nearly run|reversed|drove) (?:me|him|her|us|them|my \w+|into (?:me|my \w+)) over|"
        r"(?:nearly|almost) (?:hit|ran over|crushed|knocked over) (?:me|him|her|us|my \w+)|"
        r"(?:got|get|getting) into the (?:bleach|chemicals|medicine|meds|pills|cleaning products?)|"
        r"(?:swallowed|ingested|drank|ate) (?:a |some |the )?(?:bleach|battery|batteries|magnets?|chemicals?|glass|"
        r"detergent|pods?|capsules?)|(?:lips?|tongue|throat|face|eyes?) (?:swelled|swelling|swollen|went numb|"
        r"tingling)|swelled up|broken glass|shards? of glass|no (?:barriers?|guard rails?|railings?|fencing|"
        r"signs?|cones) (?:while|when|and|with|around|near)|texting (?:while|and|whilst) driving|(?:doing|going|"
        r"hit) \d{2,3} ?(?:mph|km/?h)? (?:in|on|through|down|past|with|while)|(?:passed out|fainted|collapsed|"
        r"unconscious|blacked out|concussed)|forklift|(?:trapped|stuck) in (?:the |a )?(?:lift|elevator|"
        r"freezer|car|toilet|ride)|knocked (?:me|him|her|us|my \w+) (?:over|down|flying)|head ?first|face ?first|"
        r"flew off|thrown (?:off|from|out of)|over the handlebars|"
        r"boiling (?:water|oil)|hot (?:oil|water|coffee|tea) (?:went|spilled|spilt|poured|splashed|all over)|"
        r"dead (?:mouse|mice|rat|bird|insect|bug|fly|cockroach|slug|snail|frog|lizard|spider)|scorch\w*|singed|"
        r"charred (?:socket|plug|wire|wiring|cable)|(?:loose|exposed|protruding) (?:metal |sharp )?(?:bolts?|screws?|"
        r"nails?|wires?|wiring|panels?|railings?|tiles?)|sticking out|sharp (?:edges?|metal|corners?)|"
        r"(?:gas|electrical|fire) safety (?:check|certificate|inspection)|safety check|"
        r"(?:call|called|calling|rang|phoned) (?:111|999|911|an ambulance|poison control|nhs 111)|welts|"
        r"smell(?:ed|ing|s)? of (?:alcohol|booze|drink|weed|cannabis)|(?:drunk|intoxicated) (?:pilot|driver|staff|"
        r"captain|employee|bus driver|engineer)|(?:pilot|driver|captain|staff|engineer) (?:was |were |seemed |"
        r"looked )?(?:drunk|intoxicated|high|under the influence)", idiomatic=True),
    cue("harm_more", "injury_safety", 0.5,
        r"(?:flaking|peeling|leaching|coming off|shedding) (?:into|in) (?:our|my|the|his|her) (?:food|meal|drink|"
        r"water)|(?:got|was|been|were) (?:stung|bitten|scratched|electrocuted|scalded)|wasp nest|"
        r"wrong (?:tooth|leg|arm|eye|side|patient|dose|dosage|medication|medicine|prescription|tablets|pills|"
        r"injection|vaccine)|(?:someone|somebody) else'?s (?:tablets|prescription|medication|medicine|pills|meds)|"
        r"evacuat\w+|gas emergency|emergency (?:line|services)|(?:closed|shut|slammed) on (?:my|his|her|their) "
        r"(?:[\w']+ )?%body%|(?:caught|trapped|jammed) (?:in|between) (?:the )?(?:doors?|escalator|lift|gate)"),
    cue("fear", "injury_safety", 0.45,
        r"feared for (?:my|our|his|her) (?:life|lives|safety)|scared for (?:my|our) (?:life|lives|safety)|"
        r"terrified|never been so scared|felt (?:so |really |very )?unsafe|frightened for", idiomatic=True),
    cue("medication", "injury_safety", 0.45,
        r"(?:wrong|no|missing|ruined|spoiled|incorrect|out of|mixed up) (?:\w+ )?(?:medication|medicine|meds|"
        r"insulin|prescriptions?|inhaler|epi ?pen|dose|dosage|pills|tablets)"),
    cue("fire_safety", "injury_safety", 0.5,
        r"(?:smoke|fire|carbon monoxide|co) (?:alarms?|detectors?) %g5% (?:had no|didn't|did not|wasn't|weren't|not|"
        r"missing|disabled|removed|taped|broken)|no (?:smoke|fire|carbon monoxide) (?:alarms?|detectors?)|"
        r"fire (?:exits?|doors?) (?:blocked|locked|chained)|blocked fire (?:exits?|doors?)", negatable=False),
    cue("hurt", "injury_safety", 0.55,
        r"(?:got|get|gets|getting|was|were|been|badly|seriously) (?:badly |seriously |really )?hurt|"
        r"hurt (?:my|his|her|their|our) %body%|hurt (?:myself|himself|herself|themselves)",
        after=r"by (?:the way|how|what|your (?:words|response|reply|comments?|attitude|tone)|their (?:words|"
        r"response|attitude))|that|emotionally|feelings|my feelings"),
    cue("hospital", "injury_safety", 0.65,
        r"(?:ended up|rushed|taken|took (?:me|him|her|us|them)|went|go|going|had to go|sent|landed|admitted|"
        r"spent|trip|drive|visit)(?: %g4% | )(?:in|to|into|at) (?:the )?(?:hospital|a&e|er|emergency|urgent care|"
        r"emergency room|walk-in|doctors?|gp|poison control)|(?:a&e|emergency room|urgent care|poison control)"),
    cue("hospital_word", "injury_safety", 0.3,
        r"hospital|doctor|gp|911|999|nurse|medic|x-ray|xray|ambulance|paramedics?",
        after=r"(?:staff|workers?|heroes|teams?|discount|shift)"),
    cue("burn", "injury_safety", 0.6,
        r"(?:burn(?:ed|t|s)?|scald(?:ed|s)?|blister(?:ed|s)?) (?:(?:my|his|her|their|our|the kid's|my (?:son|"
        r"daughter|kid|child|baby)'s) %body%|me|him|her|us|myself|himself|herself|my (?:son|daughter|kid|child|baby))|"
        r"(?:got|have|had|with|suffered|caus\w+|gave (?:me|him|her)|left) (?:a |bad |severe |serious |nasty |"
        r"(?:first|second|third) degree )?(?:burns?|scalds?|blisters)|burn (?:marks?|injur\w+|blisters?|unit|ward)|"
        r"(?:first|second|third|1st|2nd|3rd) degree burns?|left a burn|burns? on (?:my|his|her|their|our)|"
        r"blistered|scalded|scalding|boiling (?:water|oil|liquid) (?:went|poured|spilled|spilt|splashed)"),
    cue("structure", "injury_safety", 0.55,
        r"(?:lift|elevator|escalator|ride|balcony|railing|ceiling|shel(?:f|ves|ving)|sign|display|mirror|door|"
        r"chair|seat|stool|bunk|bed frame|cot|high ?chair|pram|buggy|car seat|ladder|handrail) %g3% (?:dropped|fell|"
        r"plunged|collapsed|gave way|came down|came loose|fell off|snapped|jerked|crushed|trapped)|"
        r"(?:flammable|inflammable|not flame (?:resistant|retardant)|not fire (?:safe|resistant|retardant))|"
        r"(?:no|without|missing) batter(?:y|ies)",
        near=r"(?:remote|controller|toy|phone|clock|scale)s?\b(?! (?:alarm|detector))"),
    cue("burn_word", "injury_safety", 0.2, r"burn(?:ed|t|s|ing)?|scald\w*"),
    cue("cut", "injury_safety", 0.6,
        r"(?:cut|sliced|gashed|slashed|pierced|stabbed) (?:(?:my|his|her|their|our|my (?:son|daughter|kid|child|"
        r"baby)'s) %body%|(?:me|him|her|us|myself|himself|herself) open)|(?:needed|got|had|"
        r"required) (?:\w+ )?stitches"),
    cue("foreign_object", "injury_safety", 0.6,
        r"(?:glass|metal|shards?|wire|a (?:screw|bolt|nail|staple|needle|pin|blade|razor|hook)|plastic|"
        r"piece of (?:glass|metal|plastic|wire)) (?:in|inside|baked into|mixed into) (?:my|the|our|a|his|her) "
        r"%g2% (?:food|meal|salad|sandwich|burger|pizza|drink|coffee|soup|bowl|order|cereal|yogh?urt|bread|"
        r"baby food|chocolate|bar|pie|cake|rice|chips|fries|nuggets|curry|wrap|tea|smoothie|juice|jar|tin|can)"),
    cue("allergy_strong", "injury_safety", 0.8,
        r"allergic reaction|anaphyla\w+|epi ?pens?|adrenaline (?:shot|pen)|went into shock|"
        r"throat (?:closed|closing|swelled|swelling)|needed (?:my|his|her|their) inhaler"),
    cue("allergy", "injury_safety", 0.35, r"allerg\w+|intoleran\w+|coeliac|celiac"),
    cue("allergen", "injury_safety", 0.35,
        r"(?:contain\w*|had|has|with|full of|traces of|cross[- ]contaminat\w+) %g2% (?:nuts?|peanuts?|dairy|"
        r"milk|gluten|shellfish|sesame|soy|eggs?|wheat|prawns?|fish|mustard|celery|lactose|almonds?|cashews?|"
        r"walnuts?|hazelnuts?|pecans?|pistachios?|almond flour|peanut butter)|"
        r"(?:nut|dairy|gluten|egg|soy|sesame|lactose|allergen)[- ]free|mislabel\w+|wrong label\w*"),
    cue("food_poisoning", "injury_safety", 0.85,
        r"food poisoning|poisoned|poisoning|salmonella|e\. ?coli|ecoli|listeria|norovirus|botulism|campylobacter"),
    cue("ill_after_food", "injury_safety", 0.7,
        r"(?:sick|(?:was|were|been|got|fell|feel|felt|feeling|very|so|really|violently|became|made me|made us) ill|"
        r"vomit\w*|puk\w+|threw up|throwing up|diarrh\w+|poorly|stomach (?:cramps|pains?|ache|bug)|cramps) "
        r"%g3% (?:after|from) (?:eating|i ate|we ate|drinking|having|your|the|their|our|my|that|this|last)",
        idiomatic=True, after=r"of\b|and tired|deals?\b|beats?\b|track|af\b"),
    cue("ill", "injury_safety", 0.4,
        r"threw up|throwing up|vomit\w*|diarrh\w+|food sick|violently ill|(?:got|fell|was|were|been|being) "
        r"(?:so |really |very |violently )?(?:sick|ill)|made %who% (?:so |really |very |violently )?(?:sick|ill)",
        after=r"of\b|and tired|to death of"),
    cue("fire", "injury_safety", 0.8,
        r"(?:caught|catch|catching|catches|burst into|went up in|set on|started a|start a|burst in) ?(?:on )?"
        r"(?:fire|flames?|alight)|(?:fire|burn|electrical|safety|health|tripping|choking|trip|shock) hazards?|"
        r"flames? (?:came|shot|coming|out)|burning smell|smell\w* (?:of )?burning|"
        r"(?:smoke|smoking) (?:came|coming|pouring|billowing|started|out of)|started smoking|began smoking"),
    cue("on_fire", "injury_safety", 0.3, r"on fire|flames?|smoke|smoking", idiomatic=True),
    cue("device_hazard", "injury_safety", 0.75,
        r"%device% %g3% (?:explod\w+|blew up|caught fire|melt\w+|overheat\w*|spark\w*|smok\w+|swell\w*|swollen|"
        r"burst|short[- ]circuit\w*|caught alight|on fire|shocked|zapped|electrocut\w+)",
        after=r"with|in popularity|my heart|lol"),
    cue("shock", "injury_safety", 0.7,
        r"electric(?:al)? shocks?|electrocut\w+|zapped (?:me|him|her)|live wires?|exposed wires?|"
        r"(?:gave|giving|give|gives|got) (?:me |him |her |us |my \w+ )?(?:an? )?(?:electric|static) shock"),
    cue("shock_word", "injury_safety", 0.35, r"(?:gave|giving|give|gives) (?:me|him|her|us|my \w+) (?:an? )?"
        r"(?:nasty |massive |big |huge |real )?shock", near=PRICE_NEAR + r"|bill|news|ending"),
    cue("sparks", "injury_safety", 0.55, r"spark(?:ed|ing|s)|short[- ]circuit\w*|blew (?:the )?fuse",
        after=r"joy|of joy|conversation|interest|debate|a conversation"),
    cue("explode", "injury_safety", 0.5, r"explod\w+|explosion|exploded", idiomatic=True,
        after=r"with|in popularity|my (?:inbox|notifications|timeline|mentions)"),
    cue("overheat", "injury_safety", 0.35, r"overheat\w*|melt(?:ed|ing|s)|swollen battery|battery swell\w*",
        near=FOOD_NEAR),
    cue("choking", "injury_safety", 0.65, r"chok(?:ed|ing|e) on|chok(?:ed|ing)|choking hazard", idiomatic=True),
    cue("unsafe", "injury_safety", 0.55,
        r"unsafe|not safe|isn't safe|isnt safe|wasn't safe|wasnt safe|hazardous|safety (?:issue|risk|concern|"
        r"problem|violation|failure|standards|regulations?)|health and safety|death ?trap|life[- ]threatening|"
        r"endanger\w*|put (?:my|our|his|her|their|people's|customers'?|passengers'?|kids'?|children's) "
        r"(?:life|lives|safety|health) at risk"),
    cue("dangerous", "injury_safety", 0.45, r"dangerous|danger|lethal|deadly|reckless\w*", idiomatic=True,
        near=TASTY_NEAR,
        after=r"(?:for|to) (?:my|your|the|our) (?:wallet|bank|diet|waistline|bank account|savings)|ly|ly good"),
    cue("near_miss", "injury_safety", 0.75,
        r"could (?:have|'ve|of) (?:killed|died|been killed|hurt|injured|burned|choked)|"
        r"(?:nearly|almost) (?:killed|died|electrocuted|choked|crashed|burned)|"
        r"someone (?:could|will|is going to|'s going to|is gonna|gonna|might) (?:get|be) (?:hurt|killed|injured)",
        idiomatic=True, after=r"(?:with|from|of) (?:laughter|laughing|embarrassment|cringe)|laughing|lol"),
    cue("fall", "injury_safety", 0.55,
        r"(?:fell|slipped|tripped|fall|slip|trip|falling|slipping|tripping) (?:down |over |on |in |off )(?:the |a |"
        r"your |some |an )?(?:wet floor|floor|stairs|steps?|escalator|aisle|spill|cable|ice|pothole|mat|loose|"
        r"broken|uneven|ramp|platform|gap|jet bridge|carpet|puddle|water|oil|grease|spilt|spilled|liquid|wet|leak)"),
    cue("vehicle", "injury_safety", 0.55,
        r"drunk driv\w+|driver was (?:\w+ )?(?:drunk|high|on (?:his|her|the) phone|texting|asleep|falling asleep)|"
        r"bald (?:tyres|tires)|brake (?:warning )?light|faulty brakes|steering (?:failed|locked)|swerv\w+ all over|"
        r"(?:driving|drove) (?:while |whilst )?(?:drunk|high|on (?:his|her|the) phone|texting|like a maniac)|"
        r"ran (?:a|two|three|several) red lights?|no seat ?belts?|seat ?belts? (?:didn't|did not|don't|broken)|"
        r"emergency landing|brakes? (?:failed|failure|didn't work)"),
    cue("recall_strong", "injury_safety", 0.6,
        r"(?:should|needs? to|must|ought to|has to|have to) be recalled|recall (?:this|these|it|them|your|the "
        r"(?:product|item|model|batch))|(?:safety|product) recall|part of the recall|affected by the recall|"
        r"recalled (?:product|item|batch|model)|(?:haven't|hasn't|isn't|aren't|not) (?:been )?recalled"),
    cue("recall", "injury_safety", 0.35, r"recall(?:ed|s)?",
        before=r"(?:i|i don't|i dont|don't|dont|can't|cant|cannot|as i|if i|you may|you might|to|i do|not)"),
    cue("food_hygiene", "injury_safety", 0.55,
        r"cockroach\w*|roach(?:es)?|rat droppings|mouse droppings|rodents?|rats? in|mice|maggots?|vermin|"
        r"pest infestation|infest\w+|"
        r"(?:raw|undercooked|uncooked|pink) (?:chicken|pork|meat|burger|sausages?|turkey)|"
        r"(?:bugs?|insects?|worms?|slugs?|flies|beetles?) (?:in|inside|crawling)"),
    cue("rat", "injury_safety", 0.5, r"rats?|mouse",
        requires=r"kitchen|food|restaurant|fryer|counter|store|shop|floor|table|branch|café|cafe|premises|shel(?:f|ves)|"
        r"aisle|bin|sandwich|meal|bakery"),
    cue("mould", "injury_safety", 0.3,
        r"mou?ldy?|rotten|(?:expired|out of date|past (?:its|the) (?:use by|expiry|sell by)) %g1% (?:food|milk|"
        r"meat|chicken|formula|medicine|meds|yogh?urt|cheese|bread|salad|eggs|ham|fish|juice|baby food|product|"
        r"items?)"),
    cue("toxic", "injury_safety", 0.45,
        r"toxic|poisonous|carbon monoxide|gas (?:\w+ )?(?:was |is |has been )?leak\w*|leaking gas|smell(?:ed|ing|"
        r"s)? (?:of )?gas|"
        r"fumes|chemical (?:smell|burn)",
        idiomatic=True, after=r"(?:workplace|culture|relationship|positivity|trait)"),
    cue("pain", "injury_safety", 0.35,
        r"bleeding|blood|bruis\w+|swollen|swelling|rash|hives|scar(?:red)?|in agony|excruciating|painful",
        near=FOOD_NEAR, idiomatic=True, hint=False),
)
# fmt: on
