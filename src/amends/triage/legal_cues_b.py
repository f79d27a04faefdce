"""Legal-risk cues: discrimination, fraud or illegal conduct, regulators, defamation, data breach."""

from __future__ import annotations

from amends.triage.legal_rules import PRICE_NEAR, cue

# One cue per few lines, like a table; the formatter would spread it out.
# fmt: off
CUES = (
    # ---------------------------------------------------------------- discrimination
    cue("discrimination", "discrimination", 0.85,
        r"discriminat\w+|racis[mt]s?|racially \w+|racial \w+|sexis[mt]s?|"
        r"homophob\w+|transphob\w+|misogyn\w+|xenophob\w+|islamophob\w+|antisemit\w+|anti-semit\w+|bigot\w*|"
        r"ableis[mt]s?|ageis[mt]s?|prejudice\w*|hate crime|hate speech|slurs?|equal(?:ity)? act|civil rights|"
        r"reasonable (?:adjustments?|accommodations?)|equal opportunit\w+|americans with disabilities act"),
    cue("because_of_trait", "discrimination", 0.8,
        r"(?:because|cause|cuz|coz|bc|b/c|due to|based on|on account of|since) (?:of )?(?:i'm|i am|im|i was|"
        r"we're|we are|we were|she's|she is|he's|he is|they're|my|our|his|her|their|being|i have|i had|i use|"
        r"i wear|i was wearing|she wears|she was wearing|of my|of our|of his|of her|of their|i|we|she|he) %g2% "
        r"%trait%|(?:for|just for) (?:being|having|wearing|speaking|looking|using) %g2% %trait%"),
    cue("treated_with_trait", "discrimination", 0.6, r"%treat%",
        requires=r"(?<!\w)%strait%(?!\w)"),
    cue("no_access", "discrimination", 0.55,
        r"(?:no|not|wasn't|isn't|wasnt|isnt|without|zero|lack of|broken|refused) (?:wheelchair |step-free |"
        r"disabled |disability )?(?:access(?:ible)?|ramp|lift|elevator|accessible (?:toilet|bathroom|entrance|"
        r"seating|room))", negatable=False,
        requires=r"wheelchair|disab\w+|mobility|crutches|blind|deaf|guide dog|walker|cane|accessib\w+"),
    cue("trait_stated", "discrimination", 0.42, r"%being% (?:\w+ )?(?:black|brown|asian|arab|muslim|jewish|sikh|"
        r"gay|lesbian|trans|disabled|deaf|blind|autistic|mixed race|a person of colou?r|poc|bame)|"
        r"(?:white|black|brown|asian) (?:guys?|people|customers?|famil(?:y|ies)|couples?|wom[ae]n|m[ae]n|person|"
        r"lads?|ones|colleagues?|friends?|neighbou?rs?|boys?|girls?|kids?|students?|passengers?|shoppers?|"
        r"partners?|husband|wife|coworkers?|co-workers?|boss|sister|brother|counterparts?|mates?|applicants?)|"
        r"%being% (?:both|two) (?:wom[ae]n|m[ae]n|mums|moms|dads)"),
    cue("trait_hint", "discrimination", 0.2, r"%strait%", negatable=False),
    cue("ada", "discrimination", 0.7, r"ada", upper=True),
    cue("because_strong_trait", "discrimination", 0.7,
        r"(?:because|cause|cuz|coz|bc|due to|for being|for having|for wearing|for speaking|for using|since|as) "
        r"%g3% %strait%"),
    cue("pregnancy_question", "discrimination", 0.5,
        r"(?:planning|plans?|intend\w*|going|thinking of|want) (?:to have|on having|having) (?:kids|children|a baby|"
        r"a family)|(?:asked|asking) (?:me )?(?:if|whether) i'?m pregnant"),
    cue("origin_question", "discrimination", 0.55,
        r"where (?:i'm|i am|im|my family (?:is|was|are)|my parents (?:are|were)|we're|we are|he's|she's|he is|"
        r"she is) (?:really |originally |actually )?from|(?:my|his|her) name ['\"]?sounds? (?:foreign|\w+ish|"
        r"ethnic|african|asian|arabic|muslim|jewish|indian)"),
    cue("age_refusal", "discrimination", 0.6,
        r"too (?:old|young) (?:to|for)|(?:because|as|since) (?:i'm|im|i am|she's|he's|i was) ['\"]?too (?:big|fat|"
        r"heavy|old|young)|(?:at|because of) (?:her|his|my|your|their) age|over (?:60|65|70|75|80)s? "
        r"(?:aren't|are not|can't|cannot|not allowed)", negatable=False),
    cue("access_failure", "discrimination", 0.5,
        r"(?:accessible|step free|disabled|wheelchair|accessibility) (?:\w+ )?(?:entrance|toilet|loo|bathroom|room|"
        r"parking|bay|space|lift|ramp|seating|seat)s? %g4% (?:steps?|stairs|locked|blocked|used as|out of order|"
        r"broken|storage|closed|given away|taken|not working|full of)"),
    # ---------------------------------------------------------------- fraud_illegal
    cue("fraud", "fraud_illegal", 0.8, r"fraud\w*|defraud\w*|embezzl\w+|money laundering|ponzi|pyramid scheme",
        after=r"(?:team|department|dept|alert|prevention|protection|detection|checks?|line|unit|squad|monitoring)"),
    cue("scam", "fraud_illegal", 0.6,
        r"scam\w*|con artists?|conned|con job|swindl\w+|cheat(?:ed|ing|s)? (?:me|us|customers|people|my|out of)|"
        r"fleec\w+", idiomatic=True,
        after=r"(?:texts?|calls?|emails?|messages?|sms|links?|alerts?|warnings?|awareness)"),
    cue("rip_off", "fraud_illegal", 0.3, r"rip(?:ped)? (?:me|us|people|customers)? ?off|rip-?offs?",
        idiomatic=True),
    cue("theft", "fraud_illegal", 0.6,
        r"stole|stolen|thieves|thief|thieving|theft|robbed|robbing|robbers?|robbery|"
        r"steal(?:ing|s)? (?:from|my|our|people's|customers'?) (?:\w+ )?(?:money|cash|data|identity|card|details|"
        r"deposit|refund|customers|people|us)|(?:that's|thats|that is|this is|it's|its|it is|basically|literally|"
        r"just|is) (?:\w+ )?(?:stealing|theft|robbery)|"
        r"burglar\w*|pickpocket\w*|pocketed|pilfer\w*", idiomatic=True,
        before=r"(?:daylight|highway|accused (?:me|us|him|her) of|called (?:me|us|him|her) an?|accusing (?:me|us) "
        r"of|suspected (?:me|us) of|like an?|thought i was an?|think i'm an?)",
        after=r"(?:the show|my heart|the spotlight|the scene|of a deal|deal|a (?:kiss|glance|look))"),
    cue("steal", "fraud_illegal", 0.35, r"steal|stealing|steals", idiomatic=True,
        before=r"(?:a|what a|such a|absolute|total|real|it's a|its a|is a)", after=r"(?:of a|deal)"),
    cue("unauthorised", "fraud_illegal", 0.8,
        r"unauthori[sz]ed|un-authori[sz]ed|unapproved|authori[sz]ed nothing|without (?:my |our |his |"
        r"her )?(?:permission|consent|"
        r"authori[sz]ation|approval|knowledge|agreement)|(?:never|didn't|didnt|did not) (?:ever )?(?:authori[sz]ed?|"
        r"agreed? to|consented? to|gave (?:permission|consent))|not authori[sz]ed|fraudulent\w*"),
    cue("never_ordered", "fraud_illegal", 0.45,
        r"(?:never|didn't|didnt|did not) (?:ever )?(?:ordered?|bought|buy|requested?|asked for|wanted|confirmed|"
        r"signed? up(?: for)?|"
        r"subscribed?(?: to)?|opted in|opt in|open(?:ed)? (?:this|that|an?|the|any) (?:account|card|loan|line))",
        requires=r"charg|debit|bill|payment|paid|taken|took|money|subscri|card|account|£|\$|€|direct debit"),
    cue("identity_theft", "fraud_illegal", 0.85,
        r"identity theft|stolen identity|stole my identity|(?:opened|took out|applied for) (?:an? )?(?:\w+ )?"
        r"(?:account|card|loan|credit|contract|phone contract) %g2% in my name"),
    cue("forged_doc", "fraud_illegal", 0.8,
        r"forg(?:ed|ery|eries|ing) (?:my |a |the |his |her )?(?:signature|documents?|name|id|receipts?|paperwork|"
        r"records?|cheque|check|consent)"),
    cue("forged", "fraud_illegal", 0.5, r"forged|forgery|falsif\w+|doctored"),
    cue("bait_switch", "fraud_illegal", 0.8,
        r"bait (?:and|n|&) switch|false advertis\w+|misleading (?:advert\w*|ads?|claims?|pricing|marketing|"
        r"info\w*|labels?)|false (?:claims?|advert\w*|promises?)|deceptive|deceiv\w+|misrepresent\w*|"
        r"mis-?sold|mis-?selling|missold|fake (?:reviews?|discount|sale|offer|deal|prices?|tracking|refund)|"
        r"price fixing|(?:price )?gouging|drip pricing|junk fees?|mislead\w* (?:customers|people|consumers|the "
        r"public|me|us|everyone|buyers)|(?:prices?|sale|discount|reviews?|offer) (?:are|is|were|was) (?:\w+ )?fake"),
    cue("misleading", "fraud_illegal", 0.35,
        r"misleading|lied (?:to|about)|lying to|liars?|hidden (?:fees?|charges?|costs?)", idiomatic=True),
    cue("counterfeit", "fraud_illegal", 0.6,
        r"counterfeits?|knock[- ]?offs?|fake (?:products?|items?|goods|designer|brand|airpods|perfume|watch|"
        r"trainers|sneakers|bag|handbag)|not (?:genuine|authentic)|replicas?", idiomatic=True),
    cue("illegal", "fraud_illegal", 0.7,
        r"illegal\w*|unlawful\w*|against the law|breaking the law|broke the law|break the law|criminal offen[cs]e|"
        r"(?:is|isn't) (?:this|that|it) (?:even )?(?:legal|allowed|lawful)|how is (?:this|that|it) (?:even )?legal|"
        r"(?:can't|cannot|can not|cant) (?:possibly )?be legal|not legal", idiomatic=True,
        before=r"(?:should be|ought to be|oughta be|needs to be|being this)",
        after=r"(?:how|ly) (?:good|cheap|tasty|delicious|cute|fast|nice|low|comfy|soft|much i love|addictive)|"
        r"good|cheap|levels|lol"),
    cue("criminal", "fraud_illegal", 0.4, r"criminals?|crooks?|crooked|gangsters?|mafia|crimes?",
        idiomatic=True, near=PRICE_NEAR, after=r"against|scene|drama|show|doc|how (?:many|much|good|often)"),
    cue("racket", "fraud_illegal", 0.5,
        r"racket(?:eering)?|extort\w*|blackmail\w*|brib\w+|kickbacks?|exploit(?:ing|ation|ed|s)|"
        r"taking advantage of (?:my|an?|vulnerable|elderly|old|disabled|people)|"
        r"(?:hid|hidden|concealed|covered up|kept quiet about|buried) (?:it|this|that|the|a|known|in (?:the )?"
        r"(?:small|tiny|fine) print)", idiomatic=True),
    cue("fraud_more", "fraud_illegal", 0.65,
        r"clon(?:ed|ing)|skimm(?:ed|ing|er|ers)|(?:total|complete|absolute|a|such a|what a|massive|big|utter) con|"
        r"cook(?:ing|ed)? the (?:books|numbers|figures)|fiddl\w+ (?:the )?(?:books|numbers|figures|meters?)|"
        r"fake (?:id|identification|passport|documents?|signature)|"
        r"(?:taking|took|taken|removing|removed|stealing) (?:stuff|things|items|money|cash|bits) (?:out|from)|"
        r"(?:opening|opened|tampered with|tampering with|going through) (?:my |our |people's |customers'? |guests'? )?"
        r"(?:parcels|packages|post|mail|luggage|bags|belongings)|resealed|tampered|"
        r"followed (?:me|us|my \w+) (?:into|to|home|out|around|back)|threaten(?:ed|ing|s)? to \w+ (?:me|us|my \w+)"),
    cue("invented_charges", "fraud_illegal", 0.5,
        r"(?:invent\w*|made up|making up|fabricat\w+|inflat\w+|padd\w+|fake|bogus|phantom|imaginary) ['\"]?"
        r"(?:\w+ )?(?:work|charges?|bills?|fees?|damages?|repairs?|parts|jobs?|hours|penalt(?:y|ies)|fines?)['\"]?|"
        r"fishing for money|(?:just )?after (?:my|our|people's) money|(?:money|cash) grab",
        idiomatic=True),
    cue("fake_sale", "fraud_illegal", 0.55,
        r"(?:clearance|closing down|going out of business|closing|final|everything must go|half price|50% off) "
        r"sale|never (?:sold|been sold|priced|been priced|cost) at|was [£$€]?\d+,? now|subscription trap|"
        r"(?:hit|stung|slapped) with (?:a |an |the same )?(?:\w+ )?['\"]?(?:admin|hidden|surprise|junk|mystery|"
        r"processing|service|card|booking|exit)['\"]? (?:fees?|charges?)|['\"]free['\"] (?:\w+ )?(?:costs?|"
        r"charged|with|comes with)|['\"]?clinically proven['\"]?",
        requires=r"running for|been on for|for (?:\d+|two|three|four|five|several) (?:years|months|weeks)|never|"
        r"every (?:week|month|day)|permanent|always|fees?|trap|hit with|stung|costs?|charged|no (?:study|evidence|"
        r"proof)|same"),
    cue("card_misuse", "fraud_illegal", 0.5,
        r"(?:card|card details|account|details|identity|id) (?:were |was |got |have been |has been )?used (?:in|at|"
        r"for|to|by|without)|(?:took|taking|taken) (?:photos?|pictures?|a (?:photo|picture|copy)) of (?:my|our) "
        r"(?:id|card|bank card|passport|licen[cs]e|documents?|cards)|on (?:his|her|their) (?:personal|own) phone|"
        r"locked the doors? (?:when|while|and|so)|(?:walked|came|barged) in (?:on (?:me|us)|while (?:i|we) "
        r"(?:was|were))|peep\w*|peering (?:in|into|through)|(?:he|she|they|you) knew (?:it|that|full well)|"
        r"sold (?:me|us|it|this|them) (?:\w+ )?as (?:an? )?['\"]?(?:new|interest free|genuine|original|unused)"),
    cue("is_fake", "fraud_illegal", 0.6,
        r"(?:it's|its|it is|they're|theyre|they are|is|are|was|were) (?:a |an |clearly |obviously |definitely )?"
        r"(?:fake|counterfeit|replica|knock-?off|not genuine|not real)",
        before=r"(?:review|reviews|complaint|claim|story|account|post|photo|tweet|my)"),
    cue("sold_as_new", "fraud_illegal", 0.5,
        r"sold (?:me|us) an? ['\"]?(?:brand )?new['\"]?|bought an? ['\"](?:brand )?new['\"]?",
        requires=r"used|ridden|worn|repainted|refurbished|scratched|someone else's|second[- ]hand|clearly|damaged|"
        r"opened|returned"),
    cue("kept_money", "fraud_illegal", 0.45,
        r"(?:drove|ran|made|walked|went) off with (?:my|our|the)|kept (?:my|our|the) (?:change|shopping|bags?|phone|"
        r"card|money|cash|deposit|wallet|keys)|(?:trick|tricked|tricks|trickery|a trick|hoodwink\w*|duped|bogus|"
        r"phony|phoney)|(?:asking|asked) (?:me |us )?(?:for )?(?:my|our) (?:bank|card|account) details|"
        r"(?:asking|asked) (?:me |us )?for (?:my|our) (?:pin|password|passcode|security code)|"
        r"manually (?:charged|billed|took|debited)|charged (?:my card |me )?\d+ times|\d+ (?:separate )?"
        r"(?:charges|transactions) for (?:one|a single)", idiomatic=True),
    cue("intent", "fraud_illegal", 0.45,
        r"deliberate(?:ly)?|on purpose|knowingly|predatory|pressur(?:ed|ing|e) (?:me|her|him|them|us|my \w+) into|"
        r"high pressure|bull(?:ied|ying) (?:me|her|him|us|my \w+) into|(?:in|into) trouble if|or else|"
        r"mileage (?:clocked|wound back|rolled back|tampered)|clocked (?:the )?mileage|odometer|"
        r"strip[- ]search\w*|(?:searched|frisked|patted down) (?:me|us|him|her|my \w+)|body search\w*|"
        r"(?:took|taking|put|putting) (?:it|them|the \w+|another|the other one) (?:back )?(?:to|into|in) (?:his|her|"
        r"their) (?:van|car|bag|pocket|locker)|(?:using|used) my (?:discount|account|card|code|details|points|"
        r"voucher|login|identity)|grab(?:bed|bing)? (?:my|his|her) (?:wrist|arm|hand|shoulder|neck|hair|collar)|"
        r"pulled me|yanked|shoved", idiomatic=True),
    cue("signed_up", "fraud_illegal", 0.5, r"sign(?:ed|ing)? (?:me|us|my \w+(?: \w+)?) up",
        requires=r"\bsaid no\b|never|didn't|did not|without|not asked|no consent|refused|wasn't asked|"
        r"didn't ask|never asked|dementia|vulnerable"),
    cue("dodgy", "fraud_illegal", 0.42,
        r"dodgy as|sneaky|dishonest\w*|shady|underhand\w*|shifty|dodgy (?:practices?|tactics|dealings?|business|"
        r"company|firm|charges?|fees?)", idiomatic=True),
    cue("threats", "fraud_illegal", 0.6,
        r"made threats|threats? (?:to|against) (?:me|us|my)|threatening (?:me|us|messages?|calls?|language|"
        r"behaviou?r|letters?|texts?)|(?:pushed|shoved|grabbed|hit|slapped|punched|kicked|headbutted|elbowed|"
        r"tackled|dragged|manhandled|spat at|spat on) (?:customers|people|a customer|an? (?:old|elderly) (?:man|"
        r"woman|lady|gentleman)|a child|a kid|me|us|him|her|them|my (?:\w+ )?(?:dad|mum|mom|son|"
        r"daughter|wife|husband|partner|friend|kid|child|baby|nan|gran|grandma|grandad|grandpa|brother|sister|"
        r"father|mother))",
        requires=r"\b(?:staff|employee|worker|driver|rider|courier|manager|guard|security|cashier|agent|rep|"
        r"engineer|technician|waiter|waitress|bouncer|assistant|attendant|crew|your|you|he|she|they)\b"),
    cue("impersonation", "fraud_illegal", 0.5,
        r"(?:said|claimed|told (?:me|her|him|us|my \w+)|pretended|pretending) (?:that )?(?:he|she|they) (?:was|were|"
        r"is|are) from|posing as|claimed to be from|sold (?:me )?(?:\w+ )?(?:returns?|used|refurbished|"
        r"second[- ]hand) (?:\w+ )?as new|selling (?:\w+ )?(?:returns?|used|refurbished) (?:\w+ )?as new"),
    cue("price_mismatch", "fraud_illegal", 0.45,
        r"(?:charged|billed|took) (?:me |us )?(?:for )?[£$€]\d[\d,.]*",
        requires=r"listed|advertised|quoted|displayed|shows|showed|confirmation|price (?:was|said|tag)|on the shelf"),
    cue("trap", "fraud_illegal", 0.35,
        r"no way to cancel|impossible to cancel|won't let (?:me|us) cancel|can't cancel|cannot cancel|"
        r"subscription trap|"
        r"(?:money|cash|funds|savings) (?:\w+ )?(?:vanished|disappeared|went missing|gone missing|missing) from"),
    cue("break_in", "fraud_illegal", 0.65,
        r"tried to (?:get into|break into|enter|force (?:his|her|their|a) way into|come into) (?:my|our) "
        r"(?:flat|house|home|room|car|apartment|building)|(?:wouldn't|would not|refused to) let (?:me|us) "
        r"(?:out|leave|go)|locked (?:me|us) in|tried to (?:kiss|touch|grab|hug) (?:me|her|him|my)|kissed me|"
        r"touched my|(?:in|into) (?:his|her|their) (?:own )?pocket|(?:used|using|use) (?:it|them|my (?:\w+ )?"
        r"(?:details|identity|passport|id|card|name|number|address)) (?:to|for) (?:open|take out|apply|buy|order|"
        r"get|message|text|contact|call|ask|find|visit|turn up)"),
    cue("police", "fraud_illegal", 0.8,
        r"police report|crime (?:reference|number|ref)|action fraud|"
        r"police (?:have been|has been|were|was|are|is|got) (?:\w+ )?(?:told|called|informed|notified|involved|"
        r"contacted|aware)|(?:report\w*|call\w*|ring\w*|rang|phon\w+|contact\w*|involv\w+|got|get|file\w*|told|"
        r"inform\w*|notif\w+) %g3% (?:the )?"
        r"(?:police|cops|911|999|101)|(?:filed|file|filing|made|make) (?:a )?(?:police |criminal )?"
        r"(?:report|complaint) (?:with|to) (?:the )?police"),
    cue("harassment", "fraud_illegal", 0.7,
        r"harass\w*|stalk\w*|intimidat\w+ (?:me|us|my|customers)|assault\w*|groped|grop\w+|molest\w*|"
        r"inappropriately touch\w*|"
        r"touched me|sexual(?:ly)? (?:harass\w*|assault\w*|comments?|remarks?)|violence|violent|manhandl\w+|"
        r"tackl\w+ (?:me|him|her|us|my \w+)|pinned (?:me|him|her|us|my \w+)|"
        r"physically (?:assault\w*|attack\w*|push\w*|grabb\w*|remov\w*|threw|threaten\w*|harm\w*|restrain\w*)|"
        r"threaten(?:ed|ing)? (?:me|us|my \w+|to (?:hit|hurt|kill|beat|stab|punch|attack|find))",
        after=r"(?:your (?:page|site|insta|feed)|for deals|the sale|the website|deals)"),
    cue("staff_attack", "fraud_illegal", 0.75,
        r"%staff% %g2% (?:hit|punched|shoved|pushed|slapped|grabbed|struck|attacked|kicked|spat (?:at|on)|"
        r"spit (?:at|on)|threw \w+ at|locked|tackled|pinned|restrained|dragged|choked|strangled) "
        r"(?:me|us|my)(?! (?:out|off|up|with))"),
    cue("my_rights", "fraud_illegal", 0.45,
        r"(?:as is|it's|its|it is|that's|thats|that is|was|is) my (?:legal |human |civil |statutory |consumer )?right|"
        r"(?:my|our) (?:legal|human|civil|statutory|consumer) rights|know (?:my|our) rights"),
    cue("rights_violated", "fraud_illegal", 0.55,
        r"(?:violat\w+|breach\w*|infring\w+|trampl\w+|ignor\w+) (?:on )?(?:my|our|his|her|their|customers'?|"
        r"consumer|passengers'?) rights"),
    # ---------------------------------------------------------------- regulator
    cue("regulator", "regulator", 0.75,
        r"ftc|cfpb|bbb|better business bureau|attorneys? general|state ag|ag's office|trading standards|ofcom|"
        r"ofgem|ofwat|orr|financial conduct authority|information commissioner\w*|ombuds\w+|"
        r"consumer (?:protection|affairs|financial protection) (?:agency|bureau|office|authority|department|"
        r"division|board|commission)|department of (?:health|transportation|transport|consumer affairs|labor)|"
        r"health (?:department|dept|inspectors?|board|authority|and safety executive)|environmental health|"
        r"food standards|osha|finra|accc|acma|advertising standards|citizens advice|"
        r"competition and markets authority|public (?:utilities|utility|service) commission|"
        r"civil aviation authority|federal (?:aviation|communications|trade) (?:administration|commission)|"
        r"data protection (?:authority|commission\w*|regulator)|cnil|regulators?|watchdogs?|"
        r"(?:my|our|local) (?:mp|congress\w*|senator|state rep|councillor)|consumer affairs|"
        r"reportfraud|ic3|consumerfinance\.gov|ftc\.gov|cpsc|nhtsa|eeoc|dfpi|hse|cqc|care quality commission|ofsted|"
        r"gas safe register|solicitors regulation authority|general medical council|ipso|dvsa|"
        r"pensions (?:ombudsman|regulator)|(?:housing|property|legal|travel|retail|furniture|motor) ombudsman"),
    cue("regulator_acronym", "regulator", 0.65,
        r"fca|ico|dot|faa|caa|fcc|sec|fsa|asa|cma|fos|puc|ocr|hhs|fda|usda|epa|ncua|occ|ttab|dpc|gmc|sra|pals|"
        r"orr|abta|atol|iata|nhs", upper=True),
    cue("report_to", "regulator", 0.6,
        r"(?:report\w*|complain\w*|escalat\w+|writ\w+|wrote|alert\w*|notif\w+|flag\w*|lodg\w+|submit\w*|"
        r"rais\w+|refer\w*|fil\w+) %g4% (?:to|with) (?:the )?(?:local |state |"
        r"federal )?(?:fca|ico|dot|faa|caa|fcc|sec|asa|cma|fda|the authorities|authorities|government|feds|"
        r"state|council|consumer (?:protection|affairs|council|rights|board)|health (?:department|dept|inspector)|"
        r"ag|fos)"),
    cue("formal_complaint", "regulator", 0.3,
        r"(?:formal|official|written) complaint|(?:filed|filing|file|lodged|lodge|submitted|made) (?:a |an )?"
        r"complaint (?:with|to)", after=r"(?:your|you|customer|support|the store|the manager|head office)"),
    # ---------------------------------------------------------------- defamation
    cue("defamation", "defamation", 0.85,
        r"defam\w+|libel\w*|slander\w*|character assassination|smear campaign|smear\w* (?:me|us|my name)|"
        r"false(?:ly)? (?:accus\w+|statements?|allegations?)"),
    cue("lies_about_me", "defamation", 0.65,
        r"(?:lying|lies|lied|spreading (?:lies|rumou?rs)|false things|posting|saying|claiming|telling people) "
        r"about (?:me|us|my (?:business|shop|company|family))"),
    cue("reputation", "defamation", 0.6,
        r"(?:ruin\w*|damag\w+|destroy\w*|harm\w*|tarnish\w*|trash\w*|dragg\w+) (?:my|our) (?:reputation|"
        r"good name|name|standing|business)|public(?:ly)? (?:shamed|humiliated|accused|named|called|embarrass\w*)|"
        r"name and shame\w*|wall of shame|posted my (?:[\w/]+ ){0,2}(?:name|photos?|pictures?|face|videos?|details|"
        r"review|complaint)|public(?:ly)? (?:claim\w*|say\w*|"
        r"said|stat\w+|post\w*|call\w*|nam\w+|label\w*|tweet\w*|repl\w+)|retract (?:it|that|this|your|the)|"
        r"public (?:apology|retraction)|(?:photo|picture|cctv|image|stills?|face|name) %g5% (?:as|labelled|saying) "
        r"(?:an? )?['\"]?(?:known )?(?:shoplifter|thief|criminal|fraudster|scammer|do not serve|banned|barred|"
        r"wanted|beware)"),
    cue("accused_me", "defamation", 0.6,
        r"(?:said|shouted|announced|told (?:everyone|people|the \w+)|yelled|screamed|claimed|insisted) (?:that )?"
        r"(?:i|i'm|i was|we were|we are) (?:an? )?['\"]?(?:known )?(?:thief|liar|scammer|fraud|fraudster|criminal|"
        r"crook|shoplifter|drunk|abusive)|(?:thought|assumed|claimed|insisted|said) (?:that )?(?:i|we|he|she|my \w+) "
        r"(?:had )?(?:took|taken|stole|stolen|was stealing|were stealing|shoplifted|nicked) (?:something|it|\w+)|"
        r"(?:accus\w+|suspect\w+) %g4% of (?:steal\w*|theft|shoplift\w*|fraud|lying|scam\w*|"
        r"being (?:a|drunk|high)|a crime|cheating|vandal\w*)|(?:called|calling|calls|call|labelled|branded) (?:me|"
        r"us|my \w+) "
        r"(?:a |an )?(?:thief|liar|scammer|fraud|criminal|crook|shoplifter|fraudster|drunk)|"
        r"treat\w* (?:me|us) like (?:a |an )?(?:thief|criminal|shoplifter)"),
    cue("told_others", "defamation", 0.55,
        r"(?:telling|told|tell|tells|announced|announcing|shouted|saying|says|said|posted|tweeted|claimed|claiming|"
        r"claims) %g6% (?:that )?(?:i|i'd|i'm|i've|i was|i had|we|we'd|we're|my (?:son|daughter|wife|husband|kid|"
        r"partner|mum|mom|dad)) %g3% (?:owe|owed|stole|steal|stealing|lied|lying|made up|make up|faked|fake|"
        r"caught|was caught|been caught|never (?:was|were|been|a|placed|paid|bought)|abusive|drunk|banned|scam\w*|"
        r"trashed|damaged|broke|shoplifted|threatened|violent|aggressive|shoplifter|thief|liar|scammer|fraudster|"
        r"criminal|troublemaker|dismissed|sacked|fired|misconduct)"),
    cue("told_audience", "defamation", 0.45,
        r"(?:telling|told|tells|tell|informed|warned) (?:my (?:\w+ )?(?:family|employer|boss|neighbou?rs|friends|"
        r"landlord|"
        r"school|colleagues|parents|kids)|everyone|people|others|other \w+|the (?:whole|entire) \w+|the (?:queue|"
        r"shop|store|neighbou?rs|village|group|community|school|street|office|staff|security \w+|police|bank|"
        r"agency|agencies)) %g3% (?:that )?(?:i'm|i am|"
        r"i was|i'd|i had|i have|i've|i owe|i)"),
    cue("labelled_publicly", "defamation", 0.55,
        r"(?:example|examples|list) of (?:a |an )?['\"]?(?:time ?wasters?|trouble ?makers?|scammers?|liars?|chancers?|"
        r"bad customers?|nightmare customers?|problem customers?)|(?:making|made|make) fun of (?:me|us|my|our)"),
    cue("my_reputation", "defamation", 0.45, r"(?:my|our) (?:reputation|good name|character)"),
    cue("quoted_claim", "defamation", 0.45,
        r"(?:claims?|claiming|says|saying|said|told \w+|telling \w+|posted|tweeted|wrote) (?:that )?(?:i|i'm|i'd|"
        r"i was|i am|we|we were|we're|my (?:son|daughter|wife|husband|kid|partner|mum|mom|dad|review|complaint)) "
        r"(?:was |were |am |is |had )?(?:an? )?['\"]\w+|(?:review|complaint|post|"
        r"story|claim|account) (?:is|was) (?:fake|made up|false|a lie|invented|fabricated)|"
        r"(?:utter|complete|total|blatant|outright|all) lies|(?:that's|thats|it's|its) a lie"),
    cue("threat_over_review", "defamation", 0.85,
        r"(?:sue|suing|legal action against|take me to court|lawyers? on|threaten\w*) %g3% (?:for|over|because of) "
        r"(?:my|our|a|the|this|posting|leaving|writing|honest|their|his|her) %g2% (?:reviews?|posts?|tweets?|"
        r"comments?|videos?|ratings?|photos?|pictures?|feedback|complaints?)|"
        r"(?:delete|remove|take down|retract|withdraw) (?:my|the|this|our|your) (?:\w+ )?(?:review|post|tweet|"
        r"comment|video|photo) %g3% (?:or|otherwise|else)"),
    # ---------------------------------------------------------------- data_breach
    cue("data_breach", "data_breach", 0.85,
        r"data (?:breach\w*|leak\w*|spill|exposure|hack\w*)|(?:security|privacy) (?:breach|incident|failure|"
        r"lapse)|breach of (?:my |our )?(?:data|privacy|confidentiality|security)|"
        r"leak\w* (?:my|our|customer|customers'?|personal|user|users'?|everyone's) (?:\w+ )?(?:data|details|"
        r"info\w*|address|email|phone|number|card|records?|passwords?)"),
    cue("data_exposed", "data_breach", 0.75,
        r"(?:my|our|customer|customers'?|personal|user|users'?|everyone's) (?:\w+ )?(?:data|details|info\w*|"
        r"address|addresses|email|emails|phone number|number|card details|records?|passwords?|account|"
        r"medical \w+) %g2% (?:leak\w*|expos\w+|compromis\w+|sold|shared|publish\w*|hack\w*|breach\w*|"
        r"stolen|visible|dumped|posted)"),
    cue("privacy_law", "data_breach", 0.75,
        r"gdpr|dpa|data protection|ccpa|cpra|hipaa|pipeda|privacy (?:laws?|act|violations?|breach|rights)|"
        r"violat\w+ (?:my|our) privacy|invasion of (?:my |our )?privacy|invad\w+ (?:my|our) privacy|"
        r"subject access request|dsar|right to (?:be forgotten|erasure)|confidential\w*|medical (?:records?|history|"
        r"information|details|notes)"),
    cue("others_data", "data_breach", 0.7,
        r"(?:(?:someone|somebody|some1|some one) else'?s|(?:another|other|different|random|a stranger's) "
        r"(?:person's|persons|people's|peoples|customer's|customers'?|user's|users'?|guy's|woman's|man's|"
        r"family's|passenger's|account holder's|neighbou?r's|member's|patient's)|strangers'?|a stranger's|"
        r"(?:that|this|the other|another) person's|everyone's|everybody's|(?:other|another) (?:members?|users?|"
        r"customers?|people|"
        r"passengers?|patients?|guests?)) %g5% (?:address|addresses|account|accounts|details|data|"
        r"info\w*|names?|email|card|invoice|bill|receipt|statement|booking|phone number|number|medical|prescription|"
        r"records|bank|transactions?|photos?|messages?|chat|profile|dashboard|personal|payment|order history|"
        r"camera|cameras|feed|footage|locations?|passport|id|scan|documents?|licen[cs]e|basket|results)|(?:account|"
        r"statement|details|card|data|booking|records) "
        r"(?:that|which) (?:isn't|is not|wasn't|was not|aren't) (?:mine|ours)|(?:my|a|the|our) neighbou?r'?s "
        r"(?:\w+ )?(?:camera|cameras|feed|footage|account|data|details|address|mail|post|statement|bill|"
        r"order history|medical \w+)|(?:someone|somebody) else'?s (?:\w+ )?(?:logged|signed) in"),
    cue("identifiers", "data_breach", 0.5,
        r"date of birth|dob|ssn|social security (?:number|no)|national insurance (?:number|no)|passport (?:number|no)|"
        r"card number|bank details|sort code|pin number",
        requires=r"shows?|showing|shown|display\w*|visible|printed|exposed|label|public|leak\w*|sent (?:to|out)|"
        r"emailed|posted|read (?:out|me)|told (?:me|someone|everyone)|gave"),
    cue("identifiers_shown", "data_breach", 0.55,
        r"(?:shows?|showing|shown|displays?|displayed|visible|printed|exposed|includes?|included|reveal\w*) %g4% "
        r"(?:my|our|their|his|her|everyone's|customers'?|people's) (?:\w+ )?(?:date of birth|dob|ssn|social security|"
        r"national insurance|passport|card number|bank details|sort code|medical|password)|"
        r"(?:comments|data|details|names|responses|messages|photos|info\w*|answers|results) (?:are|is|were|was|now|"
        r"been made|made|got) (?:\w+ )?public|track\w* (?:my|our) (?:\w+ )?(?:location|movements|browsing|activity)"),
    cue("others_order_shown", "data_breach", 0.6,
        r"(?:(?:someone|somebody) else'?s|another (?:person's|customer's|user's)|other (?:people's|customers'?)) "
        r"(?:orders?|parcels?|packages?|deliver\w+)",
        requires=r"\b(?:see|seeing|saw|shown|showing|shows|visible|display\w*|appear\w*|pops? up|popped up|"
        r"came up|logged|log in|login|in my (?:app|account|history)|on my (?:app|account|screen))\b"),
    cue("hacked", "data_breach", 0.45,
        r"(?:account|profile|card|email) %g2% (?:was |got |been |has been )?(?:hacked|compromised|taken over|"
        r"broken into)|hacked|hackers?"),
    cue("your_fault_hack", "data_breach", 0.75,
        r"(?:because of|thanks to|due to|after|from) (?:you|your|the|ur) (?:\w+ )?(?:breach|leak|hack|"
        r"security (?:breach|failure|flaw|hole|lapse|issue))|your (?:breach|leak|hack|poor security|weak security|"
        r"lax security|terrible security|security failure)"),
    cue("sold_data", "data_breach", 0.75,
        r"(?:sold|selling|sells|shared|sharing|passed on|passing on|handed over|gave away|giving away|leaked|"
        r"sends|sent|sending) (?:my|our|customer|"
        r"customers'?|user|users'?|people's) (?:\w+ )?(?:data|details|info\w*|number|email|address|location|"
        r"contacts?)(?! (?:with (?:the )?(?:driver|courier|rider)))", before=r"(?:i|we|i've|we've|i have|i just)"),
    cue("data_given", "data_breach", 0.6,
        r"(?:gave|given|give|handed|passed|sent|disclosed|revealed|read out|emailed|posted|mailed|forwarded|told|"
        r"confirmed|showed|shows|shown|texted|messaged|rang|called) (?:out )?(?:\w+ ){0,2}(?:my|our|his|her) "
        r"(?:\w+ ){0,3}(?:address|phone number|number|details|data|email|"
        r"location|info\w*|records?|results|documents?|statement|file|diagnosis|door code|codes?|pin|password|"
        r"key ?code|access code|room number|date of birth)(?: (?:to|in front of))?",
        before=r"(?:i|we|i've|we've|i have)", after=r"(?:the )?(?:driver|courier|rider|delivery|you|your)"),
    cue("data_misdirected", "data_breach", 0.75,
        r"(?:to|with) (?:the wrong (?:person|patient|customer|address|email)|a different (?:patient|customer|person)|"
        r"(?:someone|somebody) else|a stranger|my ex|another (?:customer|patient|person))",
        requires=r"data|details|records?|address|number|statement|results|info|email(?:ed)?|sent|letter|document"),
    cue("photographed", "data_breach", 0.55,
        r"(?:took|taking|taken|filmed|filming|recorded|recording) (?:a )?(?:photos?|pictures?|videos?|footage|"
        r"clips?)? ?of (?:me|us|my \w+)|(?:posted|shared|uploaded) (?:it|them|my \w+|a (?:photo|picture|video) "
        r"of (?:me|us|my \w+)) (?:on|to|online)|(?:in|on) (?:the )?cc (?:field|line)|instead of bcc|"
        r"(?:all|every|other)(?: \w+)? (?:customers'?|customer|people's|users'?|members'?) (?:emails?|email "
        r"addresses|addresses|details|names|phone numbers)"),
    cue("data_exposure_broad", "data_breach", 0.5,
        r"(?:my|our|her|his|their|my \w+'s) (?:bank details|home address|address|addresses|phone number|number|email|"
        r"contacts|photos|pictures|prescription|medication|medical \w+|post|mail|letters?|data|details|"
        r"information|info|diagnosis|results|location|transactions|statements?|records|payslips?|files)",
        requires=r"\b(?:came to|sent to|went to|delivered to|given to|handed to|shown to|visible to|shouted|"
        r"announced|read out|posted|shared|streaming|streamed|leak\w*|sold|sells|selling|photograph\w*|"
        r"screenshot\w*|exposed|wrong (?:person|parent|address|customer|patient|house|flat|email)|stranger|"
        r"another country|without (?:my|our|her|his) (?:knowledge|permission|consent)|mixed up|website|online|"
        r"public|instagram|facebook|tiktok|twitter|story|everyone (?:now )?"
        r"knows|whole (?:shop|queue|room|waiting room|office)|across the|going through|accessed|read out)\b"),
    cue("data_broad", "data_breach", 0.5,
        r"leak(?:ed|ing|s)?|(?:someone|somebody|anyone|everyone|others|strangers|the public) (?:else )?(?:has|have|"
        r"had|now has|now have|can|could) (?:\w+ )?(?:access|see|view|read)|visible to (?:anyone|everyone|others|"
        r"the public|strangers|other \w+)|publicly visible|(?:his|her|their|a) public (?:instagram|profile|page|"
        r"account|tiktok|facebook|story)|listening (?:through|to|in on|via) (?:the |my |our )?(?:microphone|mic|"
        r"conversations?|calls?)|spy(?:ing)? on (?:me|us|customers|users|people)|eavesdrop\w*",
        near=r"roof|tap|pipe|bottle|ceiling|water|boiler|radiator|washing machine|fridge|gas|oil|battery|nappy|"
        r"diaper|cup|lid|pen|window|car|tyre|tire|shower|toilet|sink|freezer"),
    cue("money_disclosed", "data_breach", 0.6,
        r"(?:told|gave|read out|disclosed|revealed|discussed) (?:\w+ ){0,2}(?:my|our|his|her) (?:bank )?(?:balance|"
        r"salary|debts?|transactions|overdraft|income|arrears)"),
    cue("data_seen", "data_breach", 0.5,
        r"(?:my|the) whole (?:office|family|street|class|team|queue|shop|waiting room) (?:saw|heard|could see|"
        r"could hear|knows|now knows)|everyone (?:could|can) (?:see|hear)|lock ?screen|(?:gave|handed|issued) "
        r"(?:a |another |the wrong )?(?:stranger|man|woman|guest|person|someone|somebody)(?: else)? (?:a |the )?"
        r"(?:key|keycard|key card|access|code) (?:to|for) (?:my|our)|(?:looked up|accessed|went into|snoop\w*"
        r"(?: in| on| through)?) (?:my|our) (?:account|records|file|details|data)|(?:added|followed|found|"
        r"messaged|contacted) (?:me|themselves|himself|herself) (?:as a friend )?on (?:my )?(?:personal )?"
        r"(?:facebook|instagram|social media|whatsapp|tiktok|snapchat|linkedin)"),
    cue("data_access", "data_breach", 0.42,
        r"access to (?:my|our|all my) (?:contacts|photos|microphone|camera|location|messages|texts|files)|"
        r"strangers? (?:have|has|can see|saw|got|now (?:have|has)) (?:my|our|pictures|photos|details|access)|"
        r"photograph\w* (?:me|us|my \w+|the inside|inside)|through (?:the|my|our) (?:window|letterbox)|(?:another|"
        r"a different|a foreign) country|never told us|without telling "
        r"(?:me|us)"),
    cue("marketing_after_optout", "data_breach", 0.5,
        r"(?:spam\w*|email\w*|text\w*|call\w*|messag\w*|contact\w*) (?:me|us) %g4% (?:after|despite|even though|"
        r"though) (?:i|i've|ive|we) %g3% (?:unsubscrib\w*|opt\w* out|opted out|asked (?:you )?(?:to stop|not to|"
        r"to remove)|told (?:you )?(?:to stop|not to)|withdr\w+ (?:my )?consent)"),
    cue("surveillance", "data_breach", 0.7,
        r"(?:record\w*|film\w*|photograph\w*|track\w*|monitor\w*|listen\w* to|spy\w*|spied) (?:on )?(?:me|us|my|"
        r"our) %g3% without|camera in (?:the )?(?:changing|fitting|dressing) room|cc'?d %g3% (?:everyone|all|"
        r"hundreds|other customers)|(?:everyone's|all|other customers'?|people's) (?:emails?|email addresses|"
        r"addresses|details|names) %g2% (?:visible|exposed|cc|shown|leaked|in the cc)"),
    cue("privacy_hint", "data_breach", 0.3, r"privacy|personal (?:data|information|details|info)|my data"),
)
# fmt: on
