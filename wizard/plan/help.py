"""The help pages: for each step, what it is for, in more words than its page has room for.

Plain words, short sentences. Each page is a title and a few paragraphs; F1 in the
window opens the page of the step on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.i18n_markers import QT_TRANSLATE_NOOP

OVERVIEW = "overview"


@dataclass(frozen=True)
class HelpPage:
    key: str  # a step's key, or "overview"
    title: str
    paragraphs: tuple[str, ...]


PAGES: tuple[HelpPage, ...] = (
    HelpPage(
        OVERVIEW,
        QT_TRANSLATE_NOOP("Help", "How this program helps you"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "A second opinion means another doctor looks at your illness and your "
                "treatment plan. This program walks you through getting one, in nine steps.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Each step says why it matters, what to do, and how you know it is done. "
                "You can do the steps in any order and come back to them at any time.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Everything you type is saved at once. It stays on this computer, locked "
                "with encryption. Nothing is sent over the internet.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "You can print a checklist of all steps to take with you. Use the Case menu, "
                "or the button on the overview.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "This program helps you organize the process. It does not give medical "
                "advice. Talk about every decision with your doctors.",
            ),
        ),
    ),
    HelpPage(
        "need",
        QT_TRANSLATE_NOOP("Help", "Step 1: Do you need a second opinion?"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Not every health problem needs a second opinion. It matters most when a lot "
                "is at stake. Examples are a life-threatening illness such as cancer, a surgery "
                "that is not an emergency, or a rare disease.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "It can also help when a treatment has not worked in the time it should, or "
                "when no one knows for sure what you have. If you live with "
                "several long-term illnesses, one doctor's plan may not fit them all.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Studies at a large US teaching hospital found that about 1 in 5 people who "
                "asked got a different diagnosis. About 88 in 100 got a clearer or changed "
                "diagnosis or plan.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Asking is your right. Most doctors expect it and respect it. You can say you "
                "want to be fully informed. You can ask your doctor to suggest someone, or to "
                "refer you to a doctor you have in mind.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "This step is done when you have found at least one clear, real reason to "
                "go ahead.",
            ),
        ),
    ),
    HelpPage(
        "insurance",
        QT_TRANSLATE_NOOP("Help", "Step 2: What does your insurance pay?"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "A surprise bill is the last thing you need now. Call your insurance before "
                "you book, and ask about second opinion cover for your diagnosis by name.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Ask if you must stay with doctors in their network. If the right doctor is "
                "outside it, ask for a network gap exception. Then the insurance pays for a "
                "doctor outside its network, because no one inside can do the job. This can "
                "happen with a rare illness.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Ask if you need a referral from your main doctor before they will pay.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Write down the day, the name of the person you spoke to, and what they "
                "said. It helps if there is a question about the bill later.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "This step is done when the insurance has told you clearly what you will pay "
                "yourself and whether you need a referral.",
            ),
        ),
    ),
    HelpPage(
        "records",
        QT_TRANSLATE_NOOP("Help", "Step 3: Gather your records"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "The second doctor needs the same facts the first doctor used. Only then can "
                "they judge your case fairly and fully.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "You have a legal right to your records. In the US this right comes from a "
                "law called HIPAA. In the EU it comes from the GDPR, the data protection law. "
                "Send your clinic a written request; the program can write the letter.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Ask for the pathology reports (the lab's findings on tissue or cells), your "
                "scans, lab results and your doctor's notes. Ask for a discharge summary if "
                "you were in hospital lately.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Ask for the scans themselves, not only the written report. Scans come as "
                "DICOM files, the standard format for medical images, on a disc or through "
                "a link. You can add a disc or a folder here; the files are kept locked.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "This step is done when you have all the records from the last 12 to 24 "
                "months, on paper or as files.",
            ),
        ),
    ),
    HelpPage(
        "specialist",
        QT_TRANSLATE_NOOP("Help", "Step 4: Choose an independent doctor"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "For an honest, fresh view, the second doctor should not work with your first "
                "doctor, in the same practice or the same circle.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Good places to look are university hospitals and centers that treat many "
                "people with your illness. They often have the newest research and tools.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Check the doctor's board certification. This means a medical board has "
                "tested the doctor in their field. Board websites also show if they focus "
                "on your illness.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Be careful with a name that only your first doctor gave you. Patient groups "
                "for your illness can give you names that are independent.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "This step is done when you have the name and contact details of a doctor "
                "with no ties to your current doctor.",
            ),
        ),
    ),
    HelpPage(
        "booking",
        QT_TRANSLATE_NOOP("Help", "Step 5: Book the visit"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "A second opinion only helps if the doctor has read your records before you "
                "come. When you call, say clearly that the visit is for a second opinion.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Ask how they want your records: through a secure website, by mail, or "
                "brought by hand.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Call again to check that the records arrived, at least 48 hours before the "
                "visit. Otherwise the visit may be wasted. Online second opinion services "
                "often send a written report 48 to 72 hours after they have your records.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "This step is done when the visit is booked and the office has said it has "
                "your files.",
            ),
        ),
    ),
    HelpPage(
        "questions",
        QT_TRANSLATE_NOOP("Help", "Step 6: Write down your questions"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Worry makes it easy to forget what you wanted to ask. A written list makes "
                "sure nothing is missed.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Good questions: How did you arrive at this diagnosis? What else could we do "
                "instead of the surgery? What happens if we wait and do nothing?",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Ask how many people with exactly this illness the doctor treated last year. "
                "Ask if there are studies of new treatments (clinical trials) your first "
                "doctor did not mention.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Star the questions that matter most, so you ask them first. The program "
                "suggests more questions for your area of medicine.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "This step is done when you have printed a list of at least five questions.",
            ),
        ),
    ),
    HelpPage(
        "appointment",
        QT_TRANSLATE_NOOP("Help", "Step 7: At the visit"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "It is hard to take in a lot of medical facts and talk at the same time. "
                "Bring someone you trust to take notes, so you can listen and ask.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Ask the doctor if you may record the talk on your phone. Then you can listen "
                "again at home. Always ask first.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "If the doctor's view differs from the first one, ask them to explain the "
                "difference in plain words.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "This step is done when the visit is over and you have notes or a recording "
                "of what the doctor advised.",
            ),
        ),
    ),
    HelpPage(
        "comparison",
        QT_TRANSLATE_NOOP("Help", "Step 8: Compare and decide"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "If the two opinions differ, you need to know why. Only then can you make "
                "the safest choice.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "A T-chart helps: a table with one column for each doctor. Write what each "
                "said about the diagnosis, the treatment, the risks and the time to recover.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "If they differ a lot, make an appointment with your main doctor to talk "
                "about the difference.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "A third opinion, as a tie-breaker, is only worth it when the first two are "
                "very different and a lot is at stake. An example is surgery on a major organ.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "This step is done when you have chosen a treatment and told both medical teams.",
            ),
        ),
    ),
    HelpPage(
        "organization",
        QT_TRANSLATE_NOOP("Help", "Step 9: Keep your papers in order"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Papers that are always in order make the next second opinion, or an "
                "emergency, much faster and safer.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Keep them in a safe digital folder. This program's folder is locked with "
                "encryption; a health record app works too.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Make it a habit over 30 days: every Sunday evening, spend 10 minutes. Scan "
                "and file the week's medical papers, receipts and notes.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Sort everything into groups: Imaging (scans and X-rays), Labs, "
                "Prescriptions and Doctor notes. Receipts and Other are there for the rest.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "This step is done when your papers are all filed in groups, and you have "
                "kept up the habit four weeks in a row.",
            ),
        ),
    ),
)

BY_KEY = {page.key: page for page in PAGES}


def help_page(key: str) -> HelpPage:
    """The help page for a step's key, or the overview's for any other page."""
    return BY_KEY.get(key, BY_KEY[OVERVIEW])
