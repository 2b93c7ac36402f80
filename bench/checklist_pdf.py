"""The checklist PDF of a full case, against a bare reportlab document of the same page count.

SPEC section 13: "Checklist PDF of a full case: under 0.5 s." The case has every form
filled (bench/sample_case.py) and 200 questions. The baseline is a reportlab
SimpleDocTemplate with the same fonts, as many pages, each filled with paragraphs of plain
text: what reportlab itself costs here. Each is made ``--rounds`` times in turn, in this
process, after one untimed run each; the median is kept.

Run:  .venv/bin/python bench/checklist_pdf.py [--rounds 7] [--json OUT]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

PASSPHRASE = "benchmark passphrase, not secret"
GOAL_S = 0.5


def full_case():
    from sample_case import NAME, fill, fill_large

    from wizard.store import CaseStore

    with tempfile.TemporaryDirectory() as tmp:
        with CaseStore.open(Path(tmp) / "data", passphrase=PASSPHRASE) as store:
            case_id = store.create_case(NAME).id
            assert case_id is not None
            fill(store, case_id)
            fill_large(store, case_id, questions=200, records=0)
            return store.load(case_id)


def checklist(case) -> bytes:
    from wizard.export.checklist import write_checklist_pdf
    from wizard.i18n import date_formatter

    out = io.BytesIO()
    write_checklist_pdf(case, out, printed_on="today", format_date=date_formatter("en"))
    return out.getvalue()


def bare(pages: int) -> bytes:
    """A plain reportlab document of ``pages`` pages of text, with our font."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from wizard.export.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=12, leading=16)
    text = "A line of plain text, as long as a line of the checklist is. " * 3
    story: list[object] = []
    for page in range(pages):
        story += [Paragraph(text, style) for _ in range(14)]
        if page < pages - 1:
            story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out).build(story)
    return out.getvalue()


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def measure(rounds: int) -> dict[str, float]:
    case = full_case()
    pages = page_count(checklist(case))  # also the untimed first run
    bare(pages)
    ours, base = [], []
    for _ in range(rounds):
        begin = time.perf_counter()
        checklist(case)
        ours.append(time.perf_counter() - begin)
        begin = time.perf_counter()
        bare(pages)
        base.append(time.perf_counter() - begin)
    return {
        "checklist": statistics.median(ours),
        "bare": statistics.median(base),
        "pages": pages,
        "rounds": rounds,
    }


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("SECOND_OPINION_PASSPHRASE", PASSPHRASE)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    figures = measure(args.rounds)
    if args.json is not None:
        args.json.write_text(json.dumps(figures))
    ours, base = figures["checklist"], figures["bare"]
    verdict = "met" if ours < GOAL_S else "MISSED"
    print(
        f"checklist PDF, {figures['pages']} pages   {ours * 1000:6.0f} ms  "
        f"{ours / base:5.2f}x bare reportlab ({base * 1000:.0f} ms)  {verdict} (< 0.5 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
