"""The table of issue rules for `respond.specifics`, most specific first.

Order matters: "charged twice for an order that never arrived" is about the double charge before it
is about the delivery, so billing rules come before delivery rules, and the broad "my X stopped
working" rule comes after every rule that names a more exact situation.
"""

from __future__ import annotations

import re

from amends.respond.specifics_general import THING_END, TROUBLE_VERBS, build_cant_do, build_problem_with
from amends.respond.specifics_rules import (
    BOOKED,
    DELIVERY_NOUN,
    FAULT,
    FOOD,
    WHO,
    Builder,
    build_account_state,
    build_booked,
    build_cant_cancel,
    build_crash,
    build_damaged,
    build_double,
    build_fault,
    build_food,
    build_lost,
    build_marked_delivered,
    build_missing_items,
    build_no_reply,
    build_no_supply,
    build_not_arrived,
    build_outage,
    build_password,
    build_playback,
    build_price,
    build_slow,
    build_treated,
    build_unexpected,
    build_waiting_for,
    build_wont,
    build_wrong_item,
    fixed,
    noun_of,
    rx,
)

_NEG_ARRIVE = (
    r"(?P<neg>has(?:n't| not)|have(?:n't| not)|never|did(?:n't| not)|not yet|(?:is|are) yet to|still not"
    r"|isn't|is not|aren't|are not|not)"
)
_DONE = r"(?:arrived?|turned up|come|came|shown up|showed up|delivered|received|got here|here|dispatched|shipped|sent)"
_STATE = r"(?:missing|lost|late|delayed|stuck)"
_NEGATED = r"(?:not|never|doesn't|won't|isn't|didn't|hasn't|fails?|failing|broken|can't|cannot)"
_SUPPLY_RX = (
    r"(?P<what>internet|broadband|wi-?fi|network|service|signal|app|site|website|servers?|streaming|tv|landline"
    r"|phone line|power|electricity|gas|water|connection)"
)

ISSUE_RULES: list[tuple[str, re.Pattern[str], Builder]] = [
    (
        "billing.double_charge",
        rx(
            r"\b(?:charged|billed|debited|taken|took|paid|charging|billing|deducted)"
            r"(?:\s+(?:me|us|my card|my account|the money|money|payment|it|for\s+\w+(?:\s+\w+)?)){0,3}"
            r"\s+(?P<n>twice|two times|double|2x|x2|three times|3 times)\b"
            r"|\bdouble[- ]?(?:charged|billed|charge|charges|charging|payments?|debit|debited)\b"
        ),
        build_double,
    ),
    (
        "billing.charged_after_cancel",
        rx(
            r"\b(?:charged|billed|debited|taking money|took money|taken money|charging me|paid)\b[^.!?\n]{0,50}?"
            r"\bafter\s+(?:i\s+|we\s+|i've\s+|i had\s+|having\s+)?(?:cancel+(?:ed|ing)?|unsubscrib\w{0,6})\b"
            r"|\b(?:cancel+ed|unsubscribed)\b[^.!?\n]{0,50}?\b(?:still|but)\s+(?:being\s+|getting\s+|got\s+|been\s+)?"
            r"(?:charg|bill|debit)\w{0,4}"
        ),
        fixed("the charge taken after you cancelled"),
    ),
    (
        "refund.waiting",
        rx(
            r"\b(?:still (?:waiting (?:on|for) |no )?|yet to (?:receive|get|see) "
            r"|haven't (?:yet )?(?:received|got|had|seen) |have not (?:received|got|had) "
            r"|never (?:received|got|had|saw) |no sign of |waiting (?:on|for) "
            r"|where(?:'s| is) )(?:my |the |our |a |any |your )?(?:\w+\s+)?refund"
            r"|\brefund\s+(?:\w+\s+){0,3}?(?:still\s+)?(?:hasn't|has not|isn't|is not|never|not yet|still not)\s+"
            r"(?:been\s+)?(?:come|arrived|gone|shown|processed|paid|received|through|back|here|appeared|credited|issued)"
        ),
        fixed("the refund you're still waiting for"),
    ),
    (
        "billing.unexpected_charge",
        rx(
            r"\b(?P<adj>unauthori[sz]ed|unexpected|unknown|mystery|random|extra|wrong|incorrect|fraudulent|strange|weird"
            r"|duplicate|hidden|additional)\s+(?P<what>charges?|payments?|transactions?|debits?|fees?)\b"
        ),
        build_unexpected,
    ),
    (
        "billing.charged_unordered",
        rx(
            r"\bcharged\s+(?:me\s+|us\s+)?for\s+(?:something|things|an?\s+\w+|stuff)\s+(?:i|we)\s+"
            r"(?:didn't|never|did not)\s+(?:order|buy|use|want|ask for|sign up for)"
        ),
        fixed("the charge for something you didn't order"),
    ),
    (
        "billing.overcharged",
        rx(r"\bover[- ]?charg(?:ed|ing|e)\b|\bover[- ]?bill(?:ed|ing)\b|\bcharged\s+(?:me\s+|us\s+)?too much\b"),
        fixed("the overcharge"),
    ),
    (
        "delivery.marked_delivered",
        rx(
            r"\b(?:says|said|shows|showing|showed|marked|status says|updated to)\s+(?:as\s+|it\s+was\s+|it's\s+|it\s+)?"
            r"delivered\b[^.!?\n]{0,60}?\b(?:but|not|never|nothing|haven't|hasn't|no)\b"
        ),
        build_marked_delivered,
    ),
    (
        "delivery.wrong_address",
        rx(
            r"\b(?:delivered|sent|left|dropped off|taken|went|gone)\s+(?:it\s+|my\s+\w+\s+)?to\s+(?:the\s+|a\s+)?"
            r"(?:wrong|different|another)\s+(?:address|house|flat|building|door|location|city)"
        ),
        fixed("your order going to the wrong address"),
    ),
    (
        "delivery.wrong_item",
        rx(
            r"\b(?:sent|send|received|got|delivered|gave|given|giving|shipped)\s+(?:me\s+|us\s+)?"
            r"(?:(?:the|a|an|completely|totally|entirely)\s+){0,2}wrong\s+(?P<what>items?|sizes?|colou?rs?|order|products?"
            r"|parcel|book|model|meal|food|things?|one|version|flavou?r|drink|pizza|burger)\b"
        ),
        build_wrong_item,
    ),
    (
        "delivery.missing_items",
        rx(
            r"\b(?:missing|left out)\s+(?:\w+\s+){0,2}?(?P<what>items?|parts?|pieces?|bits|products?|screws?"
            r"|accessories|cables?|chargers?|bags?)\b"
            r"|\bmissing from\s+(?:my|our|the)\s+(?:order|delivery|parcel|box|bag|package)"
        ),
        build_missing_items,
    ),
    (
        "delivery.damaged",
        rx(
            r"\b(?:(?P<det>my|our|the|this)\s+(?P<what>(?:[\w+-]+\s+){0,2}?[\w+-]+)\s+)?(?:arrived|came|turned up"
            r"|was delivered|got delivered|showed up|arrives)\s+(?:(?:completely|totally|all|already|badly)\s+)?"
            r"(?P<state>damaged|broken|smashed|crushed|cracked|dented|opened|ripped|torn|leaking|soaked|squashed"
            r"|scratched|shattered|defective|faulty|open)\b"
        ),
        build_damaged,
    ),
    (
        "delivery.not_arrived",
        rx(
            rf"(?:\b(?:my|our|the|this|your)\s+(?:\w+\s+){{0,2}}?|^|(?<=[.!?]\s)){DELIVERY_NOUN}\b[^.!?\n]{{0,40}}?"
            rf"\b{_NEG_ARRIVE}\s+"
            rf"(?:(?:yet|even|been|actually)\s+){{0,2}}(?P<verb>{_DONE})\b"
        ),
        build_not_arrived,
    ),
    (
        "delivery.where_is",
        rx(rf"\bwhere(?:'s| is| are|s)\s+(?:my|our)\s+(?:\w+\s+)?{DELIVERY_NOUN}\b"),
        lambda m, _text: f"the delay with your {noun_of(m)}",
    ),
    (
        "delivery.not_received",
        rx(
            r"\b(?P<neg>haven't|have not|never|still not|not yet|didn't|did not|still haven't|hasn't|has not)\s+"
            rf"(?:(?:yet|even|actually)\s+)?(?:received|got|gotten|had)\s+(?:my|our|the|any of my|any of the|any)\s+"
            rf"(?:\w+\s+){{0,2}}?{DELIVERY_NOUN}\b"
        ),
        build_not_arrived,
    ),
    (
        "delivery.lost",
        rx(
            rf"\b(?:my|our|the)\s+(?:\w+\s+)?{DELIVERY_NOUN}\s+(?:is|was|are|were|has been|have been|got|seems to be"
            rf"|seems)\s+(?:(?:still|now)\s+)?(?P<state>{_STATE})\b|\b(?P<state2>lost|late|delayed)\s+(?:my\s+)?"
            rf"(?P<noun2>orders?|parcels?|packages?|delivery|deliveries|shipments?)\b"
        ),
        build_lost,
    ),
    (
        "delivery.left_outside",
        rx(
            r"\bleft\s+(?:(?:it|them|my\s+\w+|the\s+\w+)\s+)?(?:outside|on the doorstep|on my doorstep|in the rain"
            r"|by the bins|on the street|in the street|over the fence|behind the bins|in a bush)"
        ),
        fixed("your parcel being left outside"),
    ),
    (
        "booking.changed",
        rx(
            rf"\b(?:my|our|the)\s+{BOOKED}(?:\s+(?:to|from|for|at|on|in)\s+[\w-]+(?:\s+[\w-]+)?)?\s+"
            r"(?:(?:was|has been|got|is|were|have been|had been|been|just|now|again"
            r"|being)\s+){1,3}(?P<state>cancel+ed|delayed|late|moved|rescheduled|overbooked|changed)\b"
        ),
        build_booked,
    ),
    (
        "account.cant_cancel",
        rx(
            r"\b(?:can't|cannot|can not|unable to|won't let (?:me|us)|not able to|couldn't|could not|impossible to"
            r"|no way to)\s+cancel\s+(?:(?:my|our|the)\s+)?(?P<what>subscription|membership|account|order|contract|plan"
            r"|booking|direct debit|trial|premium)"
        ),
        build_cant_cancel,
    ),
    (
        "account.hacked",
        rx(
            r"\b(?:account|profile|email)\s+(?:(?:has|was|got|been|is)\s+){0,2}hacked|\bhacked\s+(?:my|our)\s+"
            r"(?:account|profile)|\b(?:i've|i have|we've|i got|i was|we were)\s+(?:been\s+)?hacked"
        ),
        fixed("your account being hacked"),
    ),
    (
        "account.locked_out",
        rx(r"\blocked\s+(?:me\s+|us\s+)?out\b"),
        fixed("being locked out of your account"),
    ),
    (
        "account.state",
        rx(
            r"\b(?:account|profile)\s+(?:(?:is|was|has been|got|been|now)\s+){0,2}"
            r"(?P<st>locked|suspended|disabled|blocked|deactivated|banned|frozen)\b"
        ),
        build_account_state,
    ),
    (
        "account.login",
        rx(
            r"\b(?:can't|cannot|can not|unable to|won't let (?:me|us)|not able to|couldn't|could not|still can't)\s+"
            r"(?:seem to\s+)?(?:log|sign)\s*(?:in|on|into)\b|\b(?:log|sign)\s*(?:in|on)\s+(?:is\s+)?(?:not working"
            r"|doesn't work|isn't working|won't work|broken|failing|fails)"
        ),
        fixed("the trouble logging in"),
    ),
    (
        "account.access",
        rx(
            r"\b(?:can't|cannot|unable to|not able to|couldn't)\s+(?:access|get into|get in to)\s+(?:my|our|the)\s+"
            r"(?:account|profile)"
        ),
        fixed("the trouble getting into your account"),
    ),
    (
        "account.password",
        rx(
            rf"\b(?:password|passcode|pin)\s+reset\b[^.!?\n]{{0,40}}?\b{_NEGATED}|\b(?:reset|change)\s+(?:my\s+|the\s+)?"
            rf"(?:password|pin|passcode)\b[^.!?\n]{{0,40}}?\b{_NEGATED}|\b(?:can't|cannot|unable to|couldn't)\s+"
            r"(?:reset|change)\s+(?:my\s+|the\s+)?(?:password|pin|passcode)"
        ),
        build_password,
    ),
    (
        "account.code",
        rx(
            r"\b(?:verification|security|login|2fa|one[- ]time|confirmation|sms|text)\s+codes?\b[^.!?\n]{0,30}?"
            r"\b(?:not|never|doesn't|didn't|hasn't|haven't|isn't|won't)\b"
            r"|\b(?:not|never)\s+(?:getting|receiving|received|got|get)\s+(?:the|a|my|any)\s+"
            r"(?:verification|security|login|2fa|one[- ]time|confirmation|sms|text)\s+codes?"
        ),
        fixed("the verification code not coming through"),
    ),
    (
        "general.cant_do",
        rx(
            r"\b(?:can't|cannot|can not|unable to|won't let (?:me|us)|not able to|couldn't|could not|still can't)\s+"
            rf"(?:seem to\s+)?(?P<verb>{TROUBLE_VERBS})\s+(?:(?P<det>my|our|the|your|any)\s+)?"
            rf"(?P<thing>(?:[\w+-]+\s+){{0,2}}?[\w+-]+){THING_END}"
        ),
        build_cant_do,
    ),
    (
        "product.fault",
        rx(
            r"\b(?P<det>my|our|the|this|your|these)\s+(?P<thing>(?:[\w+-]+\s+){0,2}?[\w+-]+)\s+"
            rf"(?:(?:has|have|just|now|still|already|suddenly|completely)\s+){{0,2}}{FAULT}\b"
        ),
        build_fault,
    ),
    (
        "app.crash",
        rx(
            r"\b(?P<thing>app|site|website|game|player)\s+(?:(?:keeps|keep|always|just|constantly)\s+)?"
            r"(?P<v>crash(?:es|ed|ing)?|freez(?:es|ing)|froze|closes|closing)\b"
        ),
        build_crash,
    ),
    (
        "app.wont",
        rx(
            r"\b(?P<thing>app|site|website|page|game)\s+(?:still\s+)?(?:won't|will not|doesn't|does not|isn't|is not"
            r"|keeps? failing to|fails to)\s+"
            r"(?P<v>load|loading|open|opening|work|working|start|launch|sync|update|install)\b"
        ),
        build_wont,
    ),
    (
        "outage.down",
        rx(
            rf"\b{_SUPPLY_RX}\s+"
            r"(?:(?:has been|is|was|are|keeps going|keeps|been|still|has gone|went|goes|going|all)\s+){0,2}"
            r"(?P<st>down|out|off|dropping out|dropping|cutting out)\b"
        ),
        build_outage,
    ),
    (
        "outage.no_supply",
        rx(
            r"\b(?P<q>no|zero|without|lost|losing|keep losing|barely any|hardly any)\s+(?P<what>signal|internet|wi-?fi"
            r"|connection|broadband|coverage|power|electricity|hot water|heating|water|gas|reception)\b"
        ),
        build_no_supply,
    ),
    (
        "outage.slow",
        rx(
            r"\b(?P<what>internet|broadband|wi-?fi|speeds?|connection|app|site|website)\s+(?:(?:is|has been|are|been"
            r"|still|so|really|very|painfully|incredibly|extremely|super|too)\s+){1,3}(?:slow|sluggish|crawling)\b"
        ),
        build_slow,
    ),
    (
        "app.playback",
        rx(
            r"\b(?P<what>songs?|music|playlists?|podcasts?|videos?|episodes?|audio|sound|downloads?|tracks?)\s+"
            r"(?:(?:keeps?|won't|will not|doesn't|don't|does not|do not|isn't|aren't|not|stopped|stops|constantly"
            r"|randomly|just|always)\s+){1,2}(?P<v>play(?:ing)?|load(?:ing)?|skip(?:ping|s)?|stop(?:ping|s)?"
            r"|paus(?:ing|es)|buffer(?:ing|s)?|cutting out|cuts out|download(?:ing)?|shuffl(?:ing|e))\b"
        ),
        build_playback,
    ),
    (
        "service.treatment",
        rx(
            r"\b(?:rude|unprofessional|disrespectful|condescending|aggressive|dismissive|patroni[sz]ing|arrogant|nasty"
            rf"|abusive|racist|sexist|hostile)\s+{WHO}\b|\b{WHO.replace('who>', 'who2>')}\s+(?:member\s+)?"
            r"(?:(?:at|in|from|on)\s+[^.!?\n]{1,30}?\s+)?(?:was|were|is|are|being|has been|have been|got)\s+"
            r"(?:(?:so|really|very|extremely|incredibly|unbelievably|super|absolutely|completely)\s+)?"
            r"(?:rude|unprofessional|disrespectful|condescending|aggressive|dismissive|patroni[sz]ing|arrogant|nasty"
            r"|abusive|hostile)\b"
        ),
        build_treated,
    ),
    (
        "service.waiting_for",
        rx(
            r"\b(?:waiting|waited|wait)\s+(?:for\s+)?(?:(?:over|nearly|almost|more than)\s+)?(?:(?:an?|\d{1,3}|two"
            r"|three|four|five|six|several|a few)\s+)?(?:hours?|days?|weeks?|months?|ages|forever|so long)\s+"
            r"(?:for|on)\s+(?:(?:an?|my|the|your)\s+)?(?P<what>engineer|technician|reply|response|answer|call ?back"
            r"|refund|delivery|order|parcel|repair|replacement|appointment|installation|update)\b"
        ),
        build_waiting_for,
    ),
    (
        "service.on_hold",
        rx(
            r"\b(?:on hold|in (?:a|the) queue|hold music)\b[^.!?\n]{0,40}?\b(?:hours?|minutes?|mins|ages|forever"
            r"|again|an hour)\b|\b(?:hours?|minutes?|mins|an hour|ages|forever)\b[^.!?\n]{0,20}?\bon hold\b"
        ),
        fixed("the long wait on the phone"),
    ),
    (
        "service.no_reply",
        rx(
            r"\b(?:no|zero|still no|never got an?|never had an?|never received an?|haven't had an?|haven't got an?"
            r"|haven't received an?|not had an?|not received an?|didn't get an?|didn't receive an?|without an?"
            r"|still waiting for an?|still waiting on an?)\s+(?:(?:proper|single|further)\s+)?"
            r"(?P<what>reply|replies|response|responses|answers?|call ?back|call back|email back|updates?)\b"
            r"|\b(?:nobody|no one|no-one|noone)\s+(?:(?:has|ever|will|seems to)\s+)?(?:replied|responded|answered"
            r"|got back|gets back|called back|calls back|picks up|picked up|answers|replies|responds|contacted)\b"
            r"|\b(?:haven't|have not|never|not)\s+(?:yet\s+)?heard\s+(?:back|anything)\b"
        ),
        build_no_reply,
    ),
    (
        "food.quality",
        rx(
            r"\b(?P<state>mouldy|moldy|rotten|stale|undercooked|burnt|soggy|spoiled|spoilt|out[- ]of[- ]date)\s+"
            rf"{FOOD}\b"
            rf"|\b(?:my|our|the|this|these)\s+{FOOD.replace('food>', 'food2>')}\s+"
            r"(?:(?:i|we)\s+(?:bought|got|ordered|had|received)"
            r"(?:\s+(?:yesterday|today|earlier|this \w+|last \w+))?\s+)?"
            r"(?:was|is|were|are|tasted|smelled"
            r"|smelt|looked|arrived|came)\s+(?:(?:completely|totally|really|so|stone|ice|all)\s+)?"
            r"(?P<state2>mouldy|moldy|rotten|stale|undercooked|raw|burnt|soggy|cold|off|spoiled|spoilt|out of date"
            r"|inedible)\b"
        ),
        build_food,
    ),
    (
        "pricing.increase",
        rx(
            r"\b(?P<what>price|prices|bills?|subscription|premium|tariff|rent|fees?|costs?|rates?|plan)\s+"
            r"(?:(?:has|have|is|are|just|keeps?|again|now|being)\s+){0,2}(?:gone up|went up|going up|increased?"
            r"|increasing|rising|risen|rose|hiked|doubled|jumped|shot up|up again)\b|\b(?:raised|increased|hiked"
            r"|putting up|put up|raising|increasing|doubled|hiking)\s+(?:(?:the|your|my|our)\s+)?(?P<what2>prices?|bill"
            r"|subscription|fees?|tariff|rates?|premium|cost)\b"
        ),
        build_price,
    ),
    (
        "general.problem_with",
        rx(
            r"\b(?:problems?|issues?|trouble)\s+with\s+(?P<det>my|our|the|your)\s+"
            rf"(?P<thing>(?:[\w+-]+\s+){{0,2}}?[\w+-]+){THING_END}"
        ),
        build_problem_with,
    ),
    (
        "general.acting_up",
        rx(
            r"\b(?P<det>the|my|your|our)\s+(?P<thing>(?:[\w+-]+\s+){0,2}?[\w+-]+)\s+(?:has been|have been|is|are|was"
            r"|were|keeps?|seems?|seem to be|has|have)\s+(?:(?:kind of|kinda|a bit|really|so|very|super|totally"
            r"|completely|still|always|now|acting|being|gone|going)\s+){0,2}(?P<bad>wonky|weird|glitchy|buggy|broken"
            r"|messed up|wrong|missing|disappeared|not working|stuck|frozen|blank|empty|greyed out|grayed out"
            r"|unresponsive|laggy|slow)\b"
        ),
        build_problem_with,
    ),
]
