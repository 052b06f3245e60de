"""The texts of the letters that staff can edit: per kind of letter a template with named
placeholders (``{winnaar}``, ``{laatste_dag_opschortende_termijn}``, the score table as the
block ``{scoretabel}``), the placeholders each kind knows and those the law requires, the
default texts that ship with the program, and the check of an edited template.

No Qt and no database: the services check and store templates, the documents fill them in.

A template is plain text. A blank line separates paragraphs; a paragraph starting with "# " is
a heading, kept on one page with the paragraph after it. A block placeholder (a table, a list
of motivations, an optional passage) stands alone in its paragraph. A paragraph that comes
out empty is left out, so an optional placeholder may have a paragraph of its own. Write
``{{`` and ``}}`` for a brace itself.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, replace

from ssb_desktop.errors import N_, ValidationError
from ssb_desktop.records import HouseStyleRecord, LetterKind

# The longest template text a letter takes: several pages of A4.
MAX_TEMPLATE_LENGTH = 20_000


@dataclass(frozen=True, slots=True)
class Placeholder:
    name: str
    description: str  # marked with N_("Placeholder", ...)
    required: bool = False
    block: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a filled-in template: a heading, text, or one block placeholder."""

    text: str  # the template text of the paragraph, placeholders not yet filled in
    heading: bool = False
    block: str = ""  # the name of the block placeholder this paragraph consists of


_P = Placeholder
_COMMON = (
    _P("kenmerk", N_("Placeholder", "our reference (lot or application reference)")),
    _P("datum", N_("Placeholder", "the date of the letter, written out")),
    _P("geadresseerde", N_("Placeholder", "the name of the addressee")),
    _P("gemeente", N_("Placeholder", "the name of the municipality")),
)
_AWARD = (
    *_COMMON,
    _P("winnaar", N_("Placeholder", "the winner (and its legal successor)"), required=True),
    _P("perceel", N_("Placeholder", "the lot: reference and title")),
    _P("opdracht", N_("Placeholder", "the title of the procurement")),
    _P("inschrijving", N_("Placeholder", "the addressee's bid code")),
    _P("inschrijving_winnaar", N_("Placeholder", "the winning bid's code")),
    _P(
        "rangorde",
        N_("Placeholder", "the addressee's place in the ranking, or why it has none"),
        required=True,
    ),
    _P(
        "redenen",
        N_("Placeholder", "the characteristics and relative advantages of the winning bid"),
        required=True,
    ),
    _P(
        "reden_niet_eerste",
        N_("Placeholder", "why the bid ranked first is not awarded (when so), with heading"),
        block=True,
    ),
    _P(
        "scoretabel",
        N_("Placeholder", "the table of scores per criterion"),
        required=True,
        block=True,
    ),
    _P(
        "motiveringen",
        N_("Placeholder", "the motivation of every score"),
        required=True,
        block=True,
    ),
    _P(
        "laatste_dag_opschortende_termijn",
        N_("Placeholder", "the last day of the standstill period"),
        required=True,
    ),
    _P(
        "eerste_dag_contract",
        N_("Placeholder", "the first day the contract may be signed"),
    ),
)
_DECISION = (
    *_COMMON,
    _P("regeling", N_("Placeholder", "the name of the subsidy scheme")),
    _P("activiteit", N_("Placeholder", "the activity the subsidy is for")),
    _P("ontvangen_op", N_("Placeholder", "the day the application was received")),
    _P("besluitnemer", N_("Placeholder", "who took the decision")),
    _P("aangevraagd", N_("Placeholder", "the amount requested")),
    _P(
        "laatste_dag_bezwaar",
        N_("Placeholder", "the last day to lodge an objection"),
        required=True,
    ),
)
_GRANT = (
    *_DECISION,
    _P("verleend", N_("Placeholder", "the amount granted")),
    _P("betaling", N_("Placeholder", "the payment details, with heading"), block=True),
)
_SETTLEMENT = (
    *_DECISION,
    _P("verleend", N_("Placeholder", "the amount granted")),
    _P("vastgesteld", N_("Placeholder", "the amount settled")),
    _P("reden_afwijking", N_("Placeholder", "why the settlement differs from the grant")),
    _P("bedragen", N_("Placeholder", "the table of amounts"), block=True),
    _P("betaling", N_("Placeholder", "the payment or repayment, with heading"), block=True),
)
# Granted and settled in one decision: the settled amount is what the law requires it to say.
_GRANT_SETTLED = (
    *_DECISION,
    _P("verleend", N_("Placeholder", "the amount granted")),
    _P("vastgesteld", N_("Placeholder", "the amount settled"), required=True),
    _P(
        "verlaging",
        N_("Placeholder", "why the grant is lower than the request (when so)"),
    ),
    _P("betaling", N_("Placeholder", "the payment details, with heading"), block=True),
)
_REFUSAL = (
    *_DECISION,
    _P("reden_weigering", N_("Placeholder", "the reason for the refusal")),
)
_REMINDER = (
    *_COMMON,
    _P("regeling", N_("Placeholder", "the name of the subsidy scheme")),
    _P("activiteit", N_("Placeholder", "the activity the subsidy is for")),
    _P("verleend", N_("Placeholder", "the amount granted")),
    _P(
        "verantwoording_uiterlijk",
        N_("Placeholder", "the day the accountability report was due"),
        required=True,
    ),
    _P(
        "verantwoording_stukken",
        N_("Placeholder", "what the applicant must send: a report, or a report and accounts"),
        required=True,
    ),
)
# The minutes are a record of the meeting, not a letter: no addressee, no reference block.
_MINUTES = (
    _P("gemeente", N_("Placeholder", "the name of the municipality")),
    _P("opdracht", N_("Placeholder", "the procurement: reference and title")),
    _P("perceel", N_("Placeholder", "the lot: reference and title")),
    _P("gehouden_op", N_("Placeholder", "the day and time of the meeting"), required=True),
    _P(
        "aanwezigen",
        N_("Placeholder", "who were present, one per line"),
        required=True,
        block=True,
    ),
    _P("besluiten", N_("Placeholder", "what the meeting decided")),
    _P(
        "consensusscores",
        N_("Placeholder", "the table of consensus scores with their motivation"),
        required=True,
        block=True,
    ),
)
# The kinds of document written from a template.
PLACEHOLDERS: dict[LetterKind, tuple[Placeholder, ...]] = {
    # Writing to the winner, "you" is the winner: its name is not required there.
    LetterKind.AWARD_WINNER: tuple(
        replace(p, required=False) if p.name == "winnaar" else p for p in _AWARD
    ),
    LetterKind.AWARD_OTHER: _AWARD,
    LetterKind.SUBSIDY_GRANT: _GRANT,
    LetterKind.SUBSIDY_PARTIAL: _GRANT,
    LetterKind.SUBSIDY_REFUSAL: _REFUSAL,
    LetterKind.SUBSIDY_SETTLEMENT: _SETTLEMENT,
    LetterKind.SUBSIDY_GRANT_SETTLED: _GRANT_SETTLED,
    LetterKind.SUBSIDY_REMINDER: _REMINDER,
    LetterKind.MINUTES: _MINUTES,
}

_STANDSTILL = """# Opschortende termijn

De opschortende termijn eindigt op {laatste_dag_opschortende_termijn}. Het contract wordt niet \
vóór {eerste_dag_contract} gesloten. Als u het niet eens bent met dit besluit, kunt u uiterlijk \
{laatste_dag_opschortende_termijn} een kort geding aanhangig maken; wij verzoeken u de gemeente \
daarvan tegelijk op de hoogte te stellen."""

_AWARD_BODY = (
    """# Redenen: de kenmerken en relatieve voordelen van de winnende inschrijving

{redenen}

{reden_niet_eerste}

# Scores per criterium

{scoretabel}

# Motivering van de scores

{motiveringen}

"""
    + _STANDSTILL
)

_OBJECTION = """# Bezwaar

Bent u het niet eens met dit besluit, dan kunt u uiterlijk {laatste_dag_bezwaar} schriftelijk \
bezwaar maken bij {besluitnemer}. Vermeld uw naam en adres, de datum, het kenmerk van deze brief \
en waarom u het er niet mee eens bent, en onderteken het."""

_RECEIVED = (
    "Op {ontvangen_op} hebben wij uw aanvraag ontvangen. Dit besluit wordt genomen door "
    "{besluitnemer}."
)
_REPORT = (
    "Na afloop van de activiteit laat u weten wat is uitgevoerd en wat het heeft gekost; daarna "
    "wordt de subsidie vastgesteld. Betaalde voorschotten worden met de vaststelling verrekend."
)

# In the municipality's language, as the letters are sent: reference data, like the districts.
DEFAULT_TEMPLATES: dict[LetterKind, str] = {
    LetterKind.AWARD_WINNER: (
        "De gemeente is voornemens perceel {perceel} aan u te gunnen (inschrijving "
        "{inschrijving}). {rangorde}\n\n" + _AWARD_BODY
    ),
    LetterKind.AWARD_OTHER: (
        "De gemeente is voornemens perceel {perceel} te gunnen aan {winnaar} (inschrijving "
        "{inschrijving_winnaar}). {rangorde}\n\n" + _AWARD_BODY
    ),
    LetterKind.SUBSIDY_GRANT: (
        f"{_RECEIVED}\n\n"
        "Wij verlenen u een subsidie van {verleend} voor {activiteit} op grond van de regeling "
        "{regeling}. U vroeg {aangevraagd} aan.\n\n"
        f"{_REPORT}\n\n{{betaling}}\n\n{_OBJECTION}"
    ),
    LetterKind.SUBSIDY_PARTIAL: (
        f"{_RECEIVED}\n\n"
        "Wij verlenen u een subsidie van {verleend} voor {activiteit} op grond van de regeling "
        "{regeling}. U vroeg {aangevraagd} aan.\n\n"
        "De verlening is lager dan aangevraagd, omdat het plafond van de regeling en de "
        "verdeelregel niet meer toelaten.\n\n"
        f"{_REPORT}\n\n{{betaling}}\n\n{_OBJECTION}"
    ),
    LetterKind.SUBSIDY_REFUSAL: (
        f"{_RECEIVED}\n\n"
        "Wij weigeren uw aanvraag om een subsidie van {aangevraagd} voor {activiteit} op grond "
        "van de regeling {regeling}.\n\n"
        "Reden: {reden_weigering}\n\n"
        f"{_OBJECTION}"
    ),
    LetterKind.SUBSIDY_SETTLEMENT: (
        f"{_RECEIVED}\n\n"
        "Wij stellen de subsidie voor {activiteit} op grond van de regeling {regeling} vast op "
        "{vastgesteld}.\n\n"
        "{reden_afwijking}\n\n"
        "{bedragen}\n\n"
        "{betaling}\n\n"
        f"{_OBJECTION}"
    ),
    LetterKind.SUBSIDY_GRANT_SETTLED: (
        f"{_RECEIVED}\n\n"
        "Wij verlenen u een subsidie van {verleend} voor {activiteit} op grond van de regeling "
        "{regeling}. U vroeg {aangevraagd} aan.\n\n"
        "{verlaging}\n\n"
        "# Verleend en direct vastgesteld\n\n"
        "Met dit besluit stellen wij de subsidie ook direct vast op {vastgesteld}: de regeling "
        "stelt een subsidie van dit bedrag vast bij de verlening. U hoeft daarom na afloop "
        "geen activiteitenverslag of financieel verslag te sturen. Wel moet u de activiteiten "
        "uitvoeren waarvoor de subsidie is verleend en aan de verplichtingen voldoen. Wij kunnen "
        "u tot vijf jaar na dit besluit vragen dat aan te tonen; blijkt dat niet zo te zijn, dan "
        "kunnen wij de vaststelling intrekken of lager vaststellen en het te veel betaalde "
        "terugvorderen (artikel 4:49 en 4:57 van de Algemene wet bestuursrecht).\n\n"
        f"{{betaling}}\n\n{_OBJECTION}"
    ),
    LetterKind.SUBSIDY_REMINDER: (
        "Op grond van de regeling {regeling} hebben wij u een subsidie van {verleend} verleend "
        "voor {activiteit}. U moest uiterlijk {verantwoording_uiterlijk} laten weten wat is "
        "uitgevoerd: {verantwoording_stukken}. Wij hebben die verantwoording nog niet "
        "ontvangen.\n\n"
        "Wij verzoeken u de verantwoording alsnog binnen twee weken na de datum van deze brief "
        "te sturen, onder vermelding van kenmerk {kenmerk}.\n\n"
        "# Als wij de verantwoording niet ontvangen\n\n"
        "Dan kunnen wij de subsidie lager vaststellen, zo nodig op nul euro, omdat niet is "
        "aangetoond dat de activiteiten zijn uitgevoerd en aan de verplichtingen is voldaan. "
        "Betaalde voorschotten moet u dan terugbetalen."
    ),
    LetterKind.MINUTES: (
        "Aanbesteding: {opdracht}\n"
        "Perceel: {perceel}\n"
        "Gehouden op: {gehouden_op}\n\n"
        "# Aanwezig\n\n"
        "{aanwezigen}\n\n"
        "# Besluiten\n\n"
        "{besluiten}\n\n"
        "# Consensusscores\n\n"
        "{consensusscores}"
    ),
}


def template_text(style: HouseStyleRecord, kind: LetterKind) -> str:
    """The text of ``kind`` as staff edited it, else the default."""
    edited = next((t.text for t in style.templates if t.kind is kind), None)
    return edited if edited is not None else DEFAULT_TEMPLATES[kind]


def placeholder_names(kind: LetterKind) -> list[str]:
    return [placeholder.name for placeholder in PLACEHOLDERS[kind]]


def _fields(text: str) -> list[tuple[str, str, str | None, str | None]]:
    try:
        return [
            (literal, name, spec, conversion)
            for literal, name, spec, conversion in string.Formatter().parse(text)
            if name is not None
        ]
    except ValueError as error:
        raise ValidationError(
            N_(
                "Errors",
                "The template has a brace {{ or }} that opens or closes no placeholder. Write "
                "{{{{ or }}}} for a brace itself.",
            ),
            field="text",
            details=str(error),
        ) from error


def check_template(kind: LetterKind, text: str) -> str:
    """The template as given, or a refusal that names the unknown placeholder, the missing
    required one, or the block placeholder that does not stand alone."""
    if len(text) > MAX_TEMPLATE_LENGTH:
        raise ValidationError(
            N_("Errors", "The template is {length} characters long; at most {limit} fit."),
            {"length": len(text), "limit": MAX_TEMPLATE_LENGTH},
            field="text",
        )
    known = {placeholder.name: placeholder for placeholder in PLACEHOLDERS[kind]}
    used: set[str] = set()
    for _literal, name, spec, conversion in _fields(text):
        if name not in known or spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "")
            shown += (f":{spec}" if spec else "") + "}"
            raise ValidationError(
                N_(
                    "Errors",
                    "The template uses {placeholder}, which this letter does not know. Use one "
                    "of: {known}.",
                ),
                {
                    "placeholder": shown,
                    "known": ", ".join("{" + n + "}" for n in known),
                },
                field="text",
            )
        used.add(name)
    missing = [p.name for p in PLACEHOLDERS[kind] if p.required and p.name not in used]
    if missing:
        raise ValidationError(
            N_(
                "Errors",
                "The template lacks {missing}; the law requires this in the letter. Put it back "
                "in the text.",
            ),
            {"missing": ", ".join("{" + name + "}" for name in missing)},
            field="text",
        )
    for paragraph in paragraphs(text):
        if paragraph.block:
            continue
        for _literal, name, _spec, _conversion in _fields(paragraph.text):
            if known[name].block:
                raise ValidationError(
                    N_(
                        "Errors",
                        "The placeholder {placeholder} is a table or passage of its own; put it "
                        "alone in a paragraph, with a blank line above and below.",
                    ),
                    {"placeholder": "{" + name + "}"},
                    field="text",
                )
    return text


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of a template: blank lines separate them; "# " starts a heading."""
    result: list[Paragraph] = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        stripped = chunk.strip()
        if stripped.startswith("# "):
            first, _newline, rest = stripped.partition("\n")
            result.append(Paragraph(first[2:].strip(), heading=True))
            if rest.strip():
                result.append(Paragraph(rest.strip()))
            continue
        fields = [name for _l, name, _s, _c in string.Formatter().parse(stripped) if name]
        literal = "".join(lit for lit, _n, _s, _c in string.Formatter().parse(stripped))
        if len(fields) == 1 and not literal.strip():
            result.append(Paragraph(stripped, block=fields[0]))
        else:
            result.append(Paragraph(stripped))
    return result
