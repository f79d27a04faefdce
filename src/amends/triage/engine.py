"""Triage: turn posts into assessments (signals with evidence, priority, action), a batch at a time.

One featurisation feeds every learned head (`textmodel`); rules add PII, legal risk, spam, questions,
topic and legitimacy; the author's history and the post's metrics add troll memory and reach. All of
it runs offline, in process, on whatever text arrives: bad input yields a valid, low-confidence
assessment rather than an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from amends.kit.time import utcnow
from amends.triage import cues
from amends.triage.evidence import Evidence
from amends.triage.language import LanguageGuess, detect_languages
from amends.triage.legal import assess_legal_risk
from amends.triage.pii import detect_pii
from amends.triage.policy import TriagePolicy
from amends.triage.priority import ActionInputs, PriorityInputs, choose_action, compute_priority
from amends.triage.signals import Action, Assessment, Signal, TriageInput
from amends.triage.textmodel import MultiHeadTextModel, Scored, shipped_model
from amends.triage.topic import DEFAULT_TAXONOMY, Taxonomy, classify_topic

EXPLAIN_TOP = 3


def clean_text(text: object) -> str:
    """Text triage can always work on: a str, lone surrogates replaced by "?" (offsets unchanged)."""
    if not isinstance(text, str):
        return ""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _locate(text: str, lowered: str, term: str, rule: str) -> Evidence:
    """Evidence for a model term: where it occurs in the post, or offsets -1 when normalisation hid it."""
    needle = term.strip()
    pos = lowered.find(needle) if needle and len(lowered) == len(text) else -1
    if pos < 0:
        return Evidence(-1, -1, needle, rule)
    return Evidence(pos, pos + len(needle), text[pos : pos + len(needle)], rule)


class Triage:
    """Assess posts with the shipped (or a given) model under a workspace policy."""

    def __init__(self, policy: TriagePolicy | None = None, model: MultiHeadTextModel | None = None) -> None:
        self.policy = policy or TriagePolicy()
        self.model = model or shipped_model()
        self.taxonomy = Taxonomy.from_mapping(self.policy.taxonomy) if self.policy.taxonomy else DEFAULT_TAXONOMY
        self._model_source = f"model:{self.model.version}"

    def assess(self, item: TriageInput | str, now: datetime | None = None) -> Assessment:
        return self.assess_many([item], now)[0]

    def assess_many(self, items: Sequence[TriageInput | str], now: datetime | None = None) -> list[Assessment]:
        now = now or utcnow()
        inputs = [i if isinstance(i, TriageInput) else TriageInput(text=i) for i in items]
        texts = [clean_text(i.text) for i in inputs]
        if not texts:
            return []
        scored = self.model.score(texts)
        languages = detect_languages(texts)
        terms = self._evidence(scored)
        rows_by_head = {name: p.tolist() for name, p in scored.probs.items()}  # plain floats: cheaper per post
        return [self._one(r, inp, texts[r], rows_by_head, terms, languages[r], now) for r, inp in enumerate(inputs)]

    def _evidence(self, scored: Scored) -> dict[tuple[str, str], list[list[tuple[str, float]]]]:
        """Model evidence for the whole batch, only where a signal will show it (see `_one`)."""
        p = scored.probs
        t = self.policy.thresholds
        n = len(p["complaint"])
        heads = self.model.heads

        def argmax(head: str) -> list[str]:
            return [heads[head].classes[int(i)] for i in p[head].argmax(axis=1)]

        sentiment = argmax("sentiment")
        severity = argmax("severity")
        troll_text = 0.5 * p["troll"][:, 1] + 0.3 * p["offensive"][:, 1] + 0.2 * p["hate"][:, 1]
        plan: dict[tuple[str, str], list[str | None]] = {
            ("complaint", "yes"): ["yes" if x >= t.complaint else None for x in p["complaint"][:, 1]],
            ("suggestion", "yes"): ["yes" if x >= t.suggestion else None for x in p["suggestion"][:, 1]],
            ("sentiment", "*"): [c if c != "neutral" else None for c in sentiment],
            ("severity", "*"): [
                c if x >= t.complaint else None for c, x in zip(severity, p["complaint"][:, 1], strict=True)
            ],
            ("emotion", "anger"): ["anger" if x >= 0.4 else None for x in p["emotion"][:, 0]],
            ("troll", "yes"): ["yes" if x >= 0.3 else None for x in troll_text],
            ("legal", "yes"): ["yes" if x >= t.legal_model else None for x in p["legal"][:, 1]],
        }
        return {key: scored.top_terms(key[0], wanted, EXPLAIN_TOP) if any(wanted) else [[] for _ in range(n)]
                for key, wanted in plan.items()}  # fmt: skip

    # ------------------------------------------------------------------ one post
    @staticmethod
    def _quote(
        terms: dict[tuple[str, str], list[list[tuple[str, float]]]],
        r: int,
        text: str,
        lowered: str,
        head: str,
        cls: str,
        key: str | None = None,
    ) -> tuple[Evidence, ...]:
        found = terms[(head, key or cls)][r]
        located = [_locate(text, lowered, term, f"model.{head}={cls} {weight:+.2f}") for term, weight in found]
        # A term only the normalised text has ("user my" from "@brand my") would puzzle an agent; it is
        # shown only when nothing else can be.
        in_post = tuple(e for e in located if e.start >= 0)
        return in_post or tuple(located)

    def _one(
        self,
        r: int,
        inp: TriageInput,
        text: str,
        rows_by_head: dict[str, list[list[float]]],
        terms: dict[tuple[str, str], list[list[tuple[str, float]]]],
        lang: LanguageGuess,
        now: datetime,
    ) -> Assessment:
        policy = self.policy
        t = policy.thresholds
        probs = {name: rows[r] for name, rows in rows_by_head.items()}
        lowered = text.lower()
        src = self._model_source
        words = len(text.split())
        degraded: list[str] = []
        if words == 0 or not any(ch.isalpha() for ch in text):
            degraded.append("no words to read: model signals are low-confidence defaults")
        damp = 0.3 if degraded else (0.6 if words < 3 else 1.0)  # little text, little certainty

        # --- model heads
        p_complaint = float(probs["complaint"][1])
        p_suggestion = float(probs["suggestion"][1])
        neg, neu, pos = (float(x) for x in probs["sentiment"])
        emotion = dict(zip(self.model.heads["emotion"].classes, (float(x) for x in probs["emotion"]), strict=True))
        sev_probs = {c: float(x) for c, x in zip(self.model.heads["severity"].classes, probs["severity"], strict=True)}

        # --- rules
        pii_spans = detect_pii(text)
        legal = assess_legal_risk(text)
        spam_score, spam_ev = cues.spam_cues(text)
        q_score, q_ev = cues.question_cues(text)
        praise_score, praise_ev = cues.praise_cues(text)
        topic = classify_topic(text, self.taxonomy)

        # --- troll: text (trolling, offence, hate) plus repeat-offender memory
        p_troll = float(probs["troll"][1])
        p_off = float(probs["offensive"][1])
        p_hate = float(probs["hate"][1])
        text_troll = 0.5 * p_troll + 0.3 * p_off + 0.2 * p_hate
        provocation, provocation_ev = cues.provocation_cues(text)
        text_troll = 1.0 - (1.0 - text_troll) * (1.0 - provocation)
        flags = inp.author.troll_flags
        troll_score = 1.0 - (1.0 - text_troll) * (0.75**flags) if flags else text_troll
        if p_complaint >= t.complaint:
            troll_score *= 0.75  # an angry customer with a real complaint is not a troll by default
        troll_score *= damp
        is_troll = troll_score >= t.troll
        troll_ev = list(self._quote(terms, r, text, lowered, "troll", "yes")) if troll_score >= 0.3 else []
        troll_ev.extend(provocation_ev)
        if flags:
            troll_ev.append(Evidence(-1, -1, f"{flags} earlier troll flag(s)", "author.history"))
        abusive = max(p_off, p_hate) >= t.abuse

        # --- kind
        kind_ev: tuple[Evidence, ...] = ()
        kind, kind_conf, kind_src = "other", max(1.0 - p_complaint, 0.0) * 0.5, src + "/complaint"
        if spam_score >= t.spam and p_complaint < 0.8:
            kind, kind_conf, kind_ev, kind_src = "spam", spam_score, spam_ev, "rules:spam"
        elif praise_score >= t.praise and p_complaint < 0.9:
            kind, kind_conf, kind_ev, kind_src = "praise", praise_score * max(pos, 0.5), praise_ev, "rules:praise"
        elif p_complaint >= t.complaint:
            kind, kind_conf = "complaint", p_complaint
            kind_ev = self._quote(terms, r, text, lowered, "complaint", "yes")
        elif p_suggestion >= t.suggestion:
            kind, kind_conf, kind_src = "suggestion", p_suggestion, src + "/suggestion"
            kind_ev = self._quote(terms, r, text, lowered, "suggestion", "yes")
        elif q_score >= 0.45:
            kind, kind_conf, kind_ev, kind_src = "question", q_score * (1.0 - p_complaint), q_ev, "rules:question"
        elif pos >= t.praise:
            kind, kind_conf, kind_src = "praise", pos * (1.0 - p_complaint), src + "/sentiment"
            kind_ev = self._quote(terms, r, text, lowered, "sentiment", "positive", "*") if pos >= max(neg, neu) else ()

        # --- severity: 0 unless a complaint, then the most likely of the four levels
        if kind == "complaint":
            level = max(sev_probs, key=lambda c: sev_probs[c])
            severity = Signal(
                int(level),
                p_complaint * sev_probs[level] * damp,
                self._quote(terms, r, text, lowered, "severity", level, "*"),
                src + "/severity",
                {"levels": {c: round(v, 3) for c, v in sev_probs.items()}},
            )
        else:
            severity = Signal(0, (1.0 - p_complaint) * damp, (), src + "/complaint")

        sentiment_value = ("negative", "neutral", "positive")[max(range(3), key=lambda i: (neg, neu, pos)[i])]
        sentiment = Signal(
            sentiment_value,
            max(neg, neu, pos) * damp,
            self._quote(terms, r, text, lowered, "sentiment", sentiment_value, "*") if sentiment_value != "neutral"
            else (),
            src + "/sentiment",
            {"score": round(pos - neg, 3), "probabilities": {"negative": round(neg, 3), "neutral": round(neu, 3),
                                                             "positive": round(pos, 3)}},
        )  # fmt: skip
        anger_value = round(emotion["anger"] * (1.0 - pos), 3)
        anger = Signal(
            anger_value,
            max(emotion.values()) * damp,
            self._quote(terms, r, text, lowered, "emotion", "anger") if anger_value >= 0.4 else (),
            src + "/emotion",
            {"emotions": {k: round(v, 3) for k, v in emotion.items()}},
        )

        # --- legal: rules, widened by the learned head (recall matters more than precision)
        p_legal = float(probs["legal"][1])
        model_flag = p_legal >= t.legal_model and not degraded
        legal_value = legal.value or model_flag
        categories = [f.category for f in legal.findings if f.confidence >= 0.5] or (
            ["unclassified"] if model_flag else []
        )
        legal_ev = tuple(e for f in legal.findings for e in f.evidence)
        if model_flag and not legal.value:
            legal_ev += self._quote(terms, r, text, lowered, "legal", "yes")
        legal_signal = Signal(
            legal_value,
            max(legal.confidence, p_legal) if legal_value else max(1.0 - p_legal, 1.0 - legal.confidence) * 0.9,
            legal_ev,
            "rules:legal+" + src + "/legal",
            {"categories": categories, "model_probability": round(p_legal, 3), "rules_confidence": legal.confidence},
        )

        pii_types = tuple(dict.fromkeys(s.type for s in pii_spans))
        pii = Signal(
            bool(pii_spans),
            max((s.confidence for s in pii_spans), default=0.95),
            tuple(s.evidence for s in pii_spans),
            "rules:pii",
            {"spans": [{"type": s.type, "start": s.start, "end": s.end, "text": s.text} for s in pii_spans]},
        )
        language = Signal(lang.value, lang.confidence, lang.evidence, "fasttext:lid176-lite")
        topic_signal = Signal(topic.value, topic.confidence, topic.evidence, "rules:topic")
        reach_value, reach_detail = cues.reach_score(inp.author, inp.metrics, inp.created_at, now)
        reach = Signal(reach_value, 1.0 if inp.author.follower_count is not None else 0.5, (), "metrics", reach_detail)
        legit_value, legit_ev, legit_cues = cues.legitimacy_cues(text, pii_spans, inp.author, troll_score)
        legitimacy = Signal(round(legit_value, 3), 0.6, legit_ev, "rules:legitimacy", {"cues": legit_cues})
        troll = Signal(
            is_troll,
            troll_score if is_troll else 1.0 - troll_score,
            tuple(troll_ev),
            src + "/troll+offensive+hate+author",
            {"score": round(troll_score, 3), "offensive": round(p_off, 3), "hate": round(p_hate, 3),
             "author_troll_flags": flags},
        )  # fmt: skip

        sla_used = 0.0
        if inp.created_at is not None:
            sla_used = max(0.0, (now - inp.created_at).total_seconds() / 60.0 / policy.first_response_minutes)
        priority, reasons = compute_priority(
            PriorityInputs(
                kind=kind,
                severity=int(severity.value),
                expected_severity=sum(int(c) * v for c, v in sev_probs.items()) if kind == "complaint" else 0.0,
                legal_risk=bool(legal_value),
                pii_types=pii_types,
                reach=reach_value,
                negativity=neg,
                anger=anger_value,
                legitimacy=legit_value,
                sla_used=sla_used,
                troll=is_troll,
                spam=kind == "spam",
            ),
            policy,
        )
        genuine = kind == "complaint" and (not is_troll or legit_value >= 0.5)
        action, pathway, _ = choose_action(
            ActionInputs(
                kind=kind,
                severity=int(severity.value),
                priority=priority,
                legal_risk=bool(legal_value),
                pii_exposed=bool(pii_spans),
                troll=is_troll,
                abusive=abusive,
                genuine_complaint=genuine,
                topic=str(topic.value),
                praise_confidence=kind_conf if kind == "praise" else 0.0,
            ),
            policy,
        )
        return Assessment(
            model_version=self.model.version,
            kind=Signal(kind, kind_conf * damp, tuple(kind_ev), kind_src,
                        {"complaint_probability": round(p_complaint, 3), "question": round(q_score, 3),
                         "suggestion_probability": round(p_suggestion, 3), "spam": round(spam_score, 3)}),
            sentiment=sentiment,
            anger=anger,
            severity=severity,
            troll=troll,
            legal_risk=legal_signal,
            pii=pii,
            language=language,
            topic=topic_signal,
            reach=reach,
            legitimacy=legitimacy,
            priority=priority,
            reasons=reasons,
            action=action,
            pathway=pathway,
            testimonial=action is Action.THANK and kind_conf >= policy.thresholds.testimonial,
            degraded=tuple(degraded),
        )  # fmt: skip
