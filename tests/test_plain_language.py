"""Every English text the user reads is plain: no sentence over 25 words, and a text of
three sentences or more at US school grade 8 or lower (Flesch-Kincaid, textstat).

The texts are collected from the source as lupdate sees it (every ``tr`` and
``QT_TRANSLATE_NOOP`` string, by context), so a rewording is measured before the .ts
files are updated.
"""

import re
import sys
import tempfile
from pathlib import Path

import textstat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402

MAX_WORDS = 25
MAX_GRADE = 8.0
# A placeholder stands for a name, a date or a path: one short word when read.
PLACEHOLDER = re.compile(r"\{\w+\}")
# A word is what stands between spaces and has a letter or digit: "164.524(c)(2)" is one.
WORD = re.compile(r"[^\s]*\w[^\s]*")
SENTENCE_END = re.compile(r"(?<=[.!?\u201d])\s+(?=[\u201c\"A-Z0-9(])")


def english_texts() -> dict[tuple[str, str], str]:
    """(context, source) -> the text as read: markup, shortcut marks, placeholders plain."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        translations.run_lupdate(fresh, "en")
        keys = translations.messages(fresh)
    return {key: readable(key[1]) for key in keys}


def readable(source: str) -> str:
    text = re.sub(r"<[^>]+>", " ", source)
    text = text.replace("&&", "and").replace("&", "")
    return PLACEHOLDER.sub("it", text)


def sentences(text: str) -> list[str]:
    """Sentences as a reader meets them: a line of its own (a list item, a heading) ends
    one, as does a full stop, question or exclamation mark before a new sentence."""
    found: list[str] = []
    for line in text.splitlines():
        found += [s.strip() for s in SENTENCE_END.split(line.strip()) if WORD.search(s)]
    return found


def words(sentence: str) -> int:
    return len(WORD.findall(sentence))


def grade(parts: list[str]) -> float:
    # Every part ends with a stop, so that textstat counts the sentences we counted.
    text = " ".join(p if p[-1] in ".!?:" else p + "." for p in parts)
    return float(textstat.flesch_kincaid_grade(text))


def test_the_measures_see_what_a_reader_sees():
    assert readable("Save &as {name}.pdf <b>now</b>") == "Save as it.pdf  now "
    assert sentences("One here. Two “there.” Three\nFour") == [
        "One here.",
        "Two “there.”",
        "Three",
        "Four",
    ]
    assert words("Don't stop - it's 45 CFR 164.524(c)(2).") == 6
    assert grade(["The cat sat.", "The dog ran.", "We ate."]) < 2
    assert FAMILIAR["de"].search("Kannst du das?") and not FAMILIAR["de"].search("Können Sie das?")
    assert FAMILIAR["es"].search("¿Tú puedes?") and not FAMILIAR["es"].search("¿Usted puede?")
    hard = "Comprehensive documentation necessitates extraordinarily meticulous administration."
    assert grade([hard] * 3) > 8


def test_no_sentence_is_longer_than_25_words():
    too_long = [
        f"{context}: {words(sentence)} words: {sentence}"
        for (context, _source), text in sorted(english_texts().items())
        for sentence in sentences(text)
        if words(sentence) > MAX_WORDS
    ]
    assert too_long == [], "\n" + "\n".join(too_long)


def test_texts_of_three_sentences_or_more_read_at_grade_8_or_lower():
    too_hard = []
    for (context, _source), text in sorted(english_texts().items()):
        parts = sentences(text)
        if len(parts) >= 3 and grade(parts) > MAX_GRADE:
            too_hard.append(f"{context}: grade {grade(parts):.1f}: {text}")
    assert too_hard == [], "\n" + "\n".join(too_hard)


def test_each_step_page_reads_at_grade_8_or_lower():
    # A page is read as a whole: its why, how, done-when and tips together.
    from wizard.plan import STEPS

    too_hard = []
    for step in STEPS:
        texts = [step.why, *(i.text for i in step.how), step.done_when, *step.tips]
        parts = [s for t in texts for s in sentences(readable(t))]
        if grade(parts) > MAX_GRADE:
            too_hard.append(f"step {step.number}: grade {grade(parts):.1f}")
    assert too_hard == [], "\n" + "\n".join(too_hard)


FAMILIAR = {
    # The familiar "du" and "tú" in any form; the program says "Sie" and "usted".
    "de": re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.IGNORECASE),
    "es": re.compile(r"\b(tú|tu|tus|te|ti|contigo|tuyo|tuya)\b", re.IGNORECASE),
}
LAW_NAME = {"de": "DSGVO", "es": "RGPD"}


def test_german_and_spanish_say_sie_and_usted_and_name_the_gdpr_as_people_there_do():
    current = set(english_texts())
    wrong = []
    for lang, familiar in FAMILIAR.items():
        for key, text in translations.messages(ROOT / "translations" / f"{lang}.ts").items():
            if key not in current or text is None:
                continue
            plain = re.sub(r"--[\w-]+", "", text)  # command-line options such as --data-dir
            if familiar.search(plain):
                wrong.append(f"{lang}: familiar address: {text}")
            if "GDPR" in text:
                wrong.append(f"{lang}: the GDPR is the {LAW_NAME[lang]} here: {text}")
    assert wrong == [], "\n" + "\n".join(wrong)
