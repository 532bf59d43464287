"""An invented school's term for the partnership's picture (issue 16): sixteen children with
distinctive names, assessed between September and December 2026, so that some counts are 5 or
more and some are 1 to 4 ("<5"), with escalations at two stages. Used by the service, PDF, CLI
and window tests and the screenshot scripts."""

from __future__ import annotations

from datetime import date

from screening_app.services.escalations import EscalationService
from screening_app.services.records import RecordsService
from screening_app.storage.records import NewEscalation

START, END = date(2026, 9, 1), date(2026, 12, 31)
TODAY = date(2027, 1, 11)
SURNAME = "Quillfeather"  # no figure or word of the report could contain it by chance
HARM = {"disclosed_exploitation": {"answer": "yes", "when": "current", "note": "Told me."},
        "sexual_images_adult": {"answer": "possible", "when": "current", "note": "A friend said."}}
MEDIUM = {"out_late": {"answer": "yes", "when": "current", "note": "Seen by me."},
          "school_absence": {"answer": "yes", "when": "current", "note": "Register."},
          "phone_secrecy": {"answer": "possible", "when": "current", "note": "A friend said."}}
LOW = {"school_absence": {"answer": "yes", "when": "current", "note": "Register."}}
# (first name, born, assessed on, answers): 8 high, 6 medium, 2 low
CHILDREN = [
    *[(f"Zephyrine{n}", date(2012, 1 + n, 3), date(2026, 9 + n % 4, 5 + n), HARM) for n in range(8)],
    *[(f"Odalric{n}", date(2010, 2 + n, 9), date(2026, 10 + n % 3, 2 + n), MEDIUM) for n in range(6)],
    *[(f"Bellwyn{n}", date(2011, 3 + n, 21), date(2026, 11, 14 + n), LOW) for n in range(2)],
]


STAGES = (1, 1, 1, 1, 1, 1, 2, 2, 3)  # stage 1 shown (6); 2 and 3 hidden, but never alone


def seed(records: RecordsService) -> list[dict]:
    """The children and their assessments; escalations (``STAGES``) for the
    first nine, so the median days to referral is shown. Returns what must never appear."""
    secrets = []
    escalations = EscalationService(records)
    for index, (first, born, assessed, answers) in enumerate(CHILDREN):
        case = {"form": "cse-screening", "assessed_on": assessed.isoformat(),
                "child": {"first_name": first, "last_name": SURNAME, "date_of_birth": born.isoformat()},
                "answers": answers}
        ref = records.import_case(case, TODAY)
        child_id = records.repository.get_assessment(ref.id).child_id
        secrets.append({"name": first, "reference": ref.reference, "born": born.isoformat(), "child_id": child_id})
        if index < 9:
            escalations.record(NewEscalation(agency="Children's Social Care (MASH)", stage=STAGES[index],
                                             raised_on=date(2026, 12, 1 + index), child_id=child_id))
    return secrets
