"""What the user wrote down in a step's form, as lines for the checklist PDF.

Most facts print as "Label value" and each list's entries under the list's name. The facts
a step's own editor shows (the questions, the T-chart, the check-ins: ``Field.shown`` false,
``ListSpec.custom``) print in a form of their own: the questions with their stars, the
T-chart row by row with its agreement, the check-ins with the weeks in a row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from wizard.export.pages import Words
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import CaseData, Step, comparison, organization, questions
from wizard.plan.fields import YES, Field, Kind, find_field
from wizard.plan.messages import Day, Msg, Translate

CONTEXT = "Checklist"
TICKED = "\u2611"
STAR = "\u2605"
DASH = "\u2013"
RECENT_CHECKINS = 8  # the newest check-ins listed; the older ones are counted

DateFormat = Callable[[str], str]


def step_facts(
    step: Step,
    case: CaseData,
    tr: Translate,
    format_date: DateFormat,
    today: dt.date,
    format_amount: Callable[[str], str] = str,
) -> list[str]:
    """The step's form as lines (a line may hold line breaks of the user's own)."""
    lines = [
        line
        for field in step.fields
        if field.shown
        and (line := fact(field, case.value(step.key, field.key), tr, format_date, format_amount))
    ]
    for spec in step.lists:
        entries = case.entries_of(step.key, spec.key)
        if spec.custom or not entries:
            continue
        lines.append(Msg(spec.label).render(tr) + ":")
        for entry in entries:
            parts = [
                part
                for field in spec.fields
                if field.shown and (part := fact(field, entry.value(field.key), tr, format_date))
            ]
            if parts:
                lines.append(f"{DASH} " + "; ".join(parts))
    own = _OWN_FORMS.get(step.key)
    if own is not None:
        lines += own(case, Words(CONTEXT, tr, format_date), today)
    return lines


def fact(
    field: Field,
    value: str,
    tr: Translate,
    format_date: DateFormat,
    format_amount: Callable[[str], str] = str,
) -> str:
    if not value:
        return ""
    label = Msg(field.label).render(tr)
    if field.kind is Kind.CHECK:
        return f"{TICKED}  {label}"
    if field.kind is Kind.CHOICE:
        words = next((c.label for c in field.choices if c.key == value), "")
        return f"{label} {Msg(words).render(tr) if words else value}"
    if field.kind is Kind.DATE:
        return f"{label} {format_date(value)}"
    if field.kind is Kind.NOTES:
        return f"{label}\n{value.strip()}"
    if field.kind is Kind.AMOUNT:
        return f"{label} {format_amount(value)}"
    return f"{label} {value}"


def _questions(case: CaseData, say: Words, today: dt.date) -> list[str]:
    listed = questions.in_print_order(case)
    if not listed:
        return []
    starred = sum(1 for e in listed if e.value("starred") == YES)
    lines = [
        say(
            QT_TRANSLATE_NOOP("Checklist", "Your questions: {count} (most important: {starred})"),
            count=len(listed),
            starred=starred,
        )
    ]
    for entry in listed:
        mark = STAR if entry.value("starred") == YES else DASH
        lines.append(f"{mark} {entry.value('text').strip()}")
    printed_on = case.value(questions.STEP_KEY, "printed_on")
    if printed_on:
        text = QT_TRANSLATE_NOOP(
            "Checklist", "Last printed or saved as a PDF on {date}, with {count} questions."
        )
        lines.append(say(text, date=Day(printed_on), count=questions.printed_count(case)))
    else:
        lines.append(
            say(QT_TRANSLATE_NOOP("Checklist", "The list has not been printed or saved yet."))
        )
    return lines


def _appointment(case: CaseData, say: Words, today: dt.date) -> list[str]:
    lines = []
    if case.files.appointment:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("Checklist", "Recordings of the visit: {count}"),
                count=case.files.appointment,
            )
        )
    listed = questions.questions_of(case)
    answered = [e for e in listed if e.value("answer").strip()]
    if answered:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("Checklist", "Answers written down: {count} of {total}"),
                count=len(answered),
                total=len(listed),
            )
        )
        for entry in answered:
            lines.append(f"{DASH} {entry.value('text').strip()}\n{entry.value('answer').strip()}")
    return lines


def _comparison(case: CaseData, say: Words, today: dt.date) -> list[str]:
    rows = [
        row
        for row in comparison.rows_of(case)
        if row.match or any(text.strip() for text in row.said.values())
    ]
    if not rows:
        return []
    matches = find_field(comparison.LIST.fields, "match")
    lines = [say(QT_TRANSLATE_NOOP("Checklist", "The T-chart, row by row:"))]
    for row in rows:
        name = row.name.strip() if row.own else say.plan(row.name)
        words = next((c.label for c in matches.choices if c.key == row.match), "")
        if words:
            agreement = say.plan(words)
        else:
            agreement = say(QT_TRANSLATE_NOOP("Checklist", "not compared yet"))
        lines.append(f"{DASH} {name or '?'}: {agreement}")
    if comparison.has_third(case):  # a switch of the T-chart's editor, not of the form
        lines.append(f"\u2611 {say.plan(comparison.THIRD.label)}")
    return lines


def _organization(case: CaseData, say: Words, today: dt.date) -> list[str]:
    lines = []
    if case.files.count:
        lines.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Checklist", "Documents in the safe folder: {count}. Still to sort: {unsorted}."
                ),
                count=case.files.count,
                unsorted=case.files.unconfirmed,
            )
        )
    entries = case.entries_of(organization.STEP_KEY, organization.LIST_KEY)
    if not entries:
        return lines
    habit = organization.streak(case, today)
    lines.append(
        say(
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Weekly check-ins: {count}. Weeks in a row now: {current}. Most weeks in a row: "
                "{longest}.",
            ),
            count=len(entries),
            current=habit.current,
            longest=habit.longest,
        )
    )
    kinds = find_field(organization.LIST.fields, "kind")
    dated = sorted(entries, key=lambda e: e.value("on"), reverse=True)
    for entry in dated[:RECENT_CHECKINS]:
        words = next((c.label for c in kinds.choices if c.key == entry.value("kind")), "")
        day = entry.value("on")
        lines.append(f"{DASH} {say.format_date(day) if day else '?'}: {say.plan(words)}")
    if len(dated) > RECENT_CHECKINS:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("Checklist", "\u2026 and {count} earlier check-ins."),
                count=len(dated) - RECENT_CHECKINS,
            )
        )
    return lines


_OWN_FORMS: dict[str, Callable[[CaseData, Words, dt.date], list[str]]] = {
    questions.STEP_KEY: _questions,
    "appointment": _appointment,
    comparison.STEP_KEY: _comparison,
    organization.STEP_KEY: _organization,
}
