"""Optional drafting through an OpenAI-compatible chat-completions API (Ollama, vLLM, llama.cpp, hosted).

The model gets the care protocol and the brand voice as its instructions, and the post with the case facts
as the request. The customer's exposed personal data is redacted before anything leaves the machine, and
neither the API key nor the complaint text is ever logged. The result is only a draft: it goes through the
same reply checker as every other draft before anyone can send it.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from amends.respond.context import Fault, ReplyContext, Visibility
from amends.respond.playbooks import Playbook
from amends.respond.voice import Formality
from amends.respond.wording import dm_phrase, first_name, team_phrase, when_phrase
from amends.triage.pii import detect_pii

log = logging.getLogger(__name__)

MAX_COMPLAINT_CHARS = 4000  # a pasted essay adds cost, not meaning


class LLMError(RuntimeError):
    """The model could not produce a draft; the message says why, without the key or the complaint."""


class LLMSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base_url: str = Field(description="The API root, e.g. http://127.0.0.1:11434/v1")
    model: str = Field(min_length=1)
    api_key: SecretStr | None = None
    timeout_s: float = Field(30.0, gt=0, le=600)
    max_tokens: int = Field(300, gt=0, le=8192)
    temperature: float = Field(0.7, ge=0, le=2)

    @field_validator("base_url")
    @classmethod
    def _http(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return value


_PROTOCOL = """You write replies for a customer care team answering people on social media.
Write one reply, ready to post, and nothing else: no quotation marks, no notes, no options.
How to reply:
- Sound like a caring person, not a script. Calm and respectful, especially when the customer is angry.
- Use the customer's first name if one is given, and name their specific problem in your own words.
- Offer a way forward: a concrete next step, a question that moves things on, or when they will hear back.
- If the brand is at fault, apologise plainly for the specific problem and own it; never blame anyone else,
  including couriers, partners or other departments.
- If the customer made the mistake, do not apologise for a fault, and never blame them; show empathy and help.
- Never argue, correct the customer, or sound defensive. No sarcasm. No jargon or internal terms.
- Never promise what cannot be guaranteed ("this will never happen again", "guaranteed by tomorrow").
- Never mention refund or compensation amounts.
- In a public reply, never ask for personal data (order or account numbers, email, phone, address, card details);
  invite the customer to continue in a private message instead, and never repeat personal data they posted.
- Keep within the length limit given."""


def _redact(text: str, extra: tuple[str, ...]) -> str:
    """The post with every piece of personal data replaced by a label such as [phone]."""
    spans = [(s.start, s.end, s.type) for s in detect_pii(text)]
    out, last = [], 0
    for start, end, kind in sorted(spans):
        if start < last:
            continue
        out.append(text[last:start])
        out.append(f"[{kind}]")
        last = end
    out.append(text[last:])
    redacted = "".join(out)
    for value in sorted((v for v in extra if len(v.strip()) >= 3), key=len, reverse=True):
        redacted = redacted.replace(value, "[personal data]")
    return redacted


def system_prompt(ctx: ReplyContext, playbook: Playbook | None = None) -> str:
    voice = ctx.voice
    lines = [_PROTOCOL, "", "Brand voice:"]
    if voice.brand and not voice.brand.lower().startswith("our "):
        lines.append(f"- The brand is called {voice.brand}.")
    lines.append(
        {
            Formality.FORMAL: "- Formal: no contractions, no slang, no exclamation marks.",
            Formality.CASUAL: "- Casual and warm; contractions are fine.",
            Formality.NEUTRAL: "- Friendly and plain; contractions are fine.",
        }[voice.formality]
    )
    lines.append("- Emoji are fine in moderation." if voice.emoji else "- Do not use emoji.")
    if voice.prefer:
        lines.append("- Words the brand likes to use: " + ", ".join(voice.prefer) + ".")
    if voice.avoid:
        lines.append("- Never use these words or phrases: " + ", ".join(sorted(voice.avoid)) + ".")
    if playbook is not None:
        kinds = []
        for step in playbook.steps:
            if step.kind.value not in kinds:
                kinds.append(step.kind.value)
        lines += ["", f"Follow this protocol ({playbook.name}): " + ", ".join(k.replace("_", " ") for k in kinds) + "."]
        if playbook.description:
            lines.append(playbook.description)
    return "\n".join(lines)


def user_message(ctx: ReplyContext) -> str:
    public = ctx.visibility is Visibility.PUBLIC
    facts = [
        f"Platform: {ctx.platform}; reply length limit: {ctx.length_limit} characters.",
        "Visibility: public reply that anyone can read."
        if public
        else "Visibility: private message to the customer only.",
        f"Purpose of this reply: {ctx.purpose.value.replace('_', ' ')}.",
    ]
    name = first_name(ctx.customer_name)
    facts.append(f"Customer's first name: {name}." if name else "Customer's name: unknown (do not guess one).")
    if ctx.kind:
        facts.append(f"The post is a {ctx.kind}; severity {ctx.severity} of 4; topic: {ctx.topic or 'unknown'}.")
    facts.append(
        {
            Fault.BRAND: "The brand is at fault.",
            Fault.CUSTOMER: "The customer made the mistake (do not apologise for a fault; do not blame).",
            Fault.UNKNOWN: "Who is at fault is not known yet: neither admit nor deny fault.",
        }[ctx.at_fault]
    )
    if ctx.pii:
        facts.append("The customer posted personal data; it is redacted below. Do not repeat or ask for it in public.")
    if public:
        facts.append(f"To move to private, ask them to send {dm_phrase(ctx.platform)}.")
    if ctx.escalation_team:
        facts.append(f"The case has been passed to {team_phrase(ctx.escalation_team, ctx.topic)}.")
    when = when_phrase(ctx.expected_update)
    if when:
        facts.append(f"They can expect news {when}.")
    if ctx.legal_risk or ctx.legal_hold:
        facts.append(
            "Legal risk: write only a neutral holding message. Confirm the message was received and that the right "
            "team will be in touch. Do not apologise, admit, deny or discuss what happened."
        )
    complaint = (ctx.complaint_text or "").strip()[:MAX_COMPLAINT_CHARS]
    post = _redact(complaint, tuple(p.text for p in ctx.pii)) if complaint else "(not available)"
    return "\n".join(facts) + "\n\nThe customer's post:\n<<<\n" + post + "\n>>>\n\nWrite the reply."


def _clean(content: str) -> str:
    text = content.strip()
    for left, right in (('"', '"'), ("“", "”"), ("'", "'"), ("```", "```")):
        if len(text) >= 2 * len(left) and text.startswith(left) and text.endswith(right):
            text = text[len(left) : len(text) - len(right)].strip()
    return text


def draft_with_llm(
    ctx: ReplyContext,
    settings: LLMSettings,
    *,
    playbook: Playbook | None = None,
    client: httpx.Client | None = None,
) -> str:
    """A draft written by the configured model; raises LLMError with a clear reason when it cannot."""
    if (ctx.legal_risk or ctx.legal_hold) and ctx.visibility is Visibility.PUBLIC:
        raise LLMError("no public reply on a legal-risk case until legal releases the hold")
    url = f"{settings.base_url}/chat/completions"
    body: dict[str, Any] = {
        "model": settings.model,
        "messages": [
            {"role": "system", "content": system_prompt(ctx, playbook)},
            {"role": "user", "content": user_message(ctx)},
        ],
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
    }
    headers = {"Content-Type": "application/json"}
    if settings.api_key is not None and settings.api_key.get_secret_value():
        headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
    own = client is None
    http = client or httpx.Client(timeout=settings.timeout_s)
    try:
        response = http.post(url, json=body, headers=headers, timeout=settings.timeout_s)
    except httpx.TimeoutException:
        raise LLMError(f"the model at {settings.base_url} did not answer within {settings.timeout_s:g} s") from None
    except httpx.HTTPError as exc:
        raise LLMError(f"could not reach the model at {settings.base_url}: {type(exc).__name__}") from None
    finally:
        if own:
            http.close()
    log.info("llm draft: model=%s status=%s", settings.model, response.status_code)
    if not response.is_success:
        raise LLMError(f"the model API answered HTTP {response.status_code} {response.reason_phrase}".rstrip())
    try:
        payload = response.json()
        content = payload["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise LLMError("the model API answered with something other than a chat completion") from None
    if not isinstance(content, str) or not _clean(content):
        raise LLMError("the model returned an empty reply")
    return _clean(content)
