"""Hand-written labelled mail, for measuring the classifier on words its authors never wrote.

The generated corpus (``inbox_agent.classify.corpus``) is written by the people who wrote
the lexicon, so even its held-out templates share their habits. The folders here were
written by other authors who never read the classifier, each as ``.eml`` files plus a
``labels.jsonl`` (file, category, language, shape) and the ``make.py`` that wrote them.
Each author wrote to a different AR team with a different emphasis:

- ``D``, ``E``, ``F``: mixed inboxes (Example Supplies, Sydney). D's failures were read to
  tune the lexicon; F was the held-out measure until K was written (90.0% on 2026-11-27);
- ``G``: plain new mail as customers type it (terse, typos, mobile signatures);
- ``H``: the languages of Manila and Singapore (Taglish, Chinese, Malay, ...);
- ``I``: machine-made and HTML mail, bank and ERP advices, long threads;
- ``J``: the boundaries between categories (paid vs will pay, short payment vs dispute);
- ``K``: a realistic mixed week: never read, never trained on;
- ``L``: written after K was measured, for the weakest languages (Chinese, Tagalog, Malay)
  and for mail whose words belong to another category (a dispute about a statement).

The pattern model (``classify/model.py``) is trained on every split but the held-out ones.
"""

from __future__ import annotations

import json
from pathlib import Path

from inbox_agent.classify.corpus import LabelledMessage

HOLDOUT_ROOT = Path(__file__).resolve().parent
HAND_WRITTEN_SPLITS = ("D", "E", "F", "G", "H", "I", "J", "L", "K")
HELD_OUT_SPLITS = ("K",)
"""Never read and never trained on: the stand-in for mail nobody has seen."""
TRAINING_SPLITS = tuple(s for s in HAND_WRITTEN_SPLITS if s not in HELD_OUT_SPLITS)


class HoldoutMissing(RuntimeError):
    """A hand-written split's folder or labels are missing or unreadable."""


def load_holdout(split: str, root: Path = HOLDOUT_ROOT) -> list[LabelledMessage]:
    """Every labelled message of one hand-written split, in file order."""
    folder = root / split
    labels = folder / "labels.jsonl"
    if not labels.is_file():
        raise HoldoutMissing(f"no labelled mail for split {split}: {labels} is missing")
    messages = []
    for number, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            data = (folder / row["file"]).read_bytes()
        except (ValueError, KeyError, OSError) as exc:
            raise HoldoutMissing(f"{labels}:{number}: unreadable label row ({exc})") from exc
        messages.append(
            LabelledMessage(
                key=f"{split}/{Path(row['file']).stem}",
                category=row["category"],
                language=row.get("language", "?"),
                split=split,
                template=f"hand-{split}",
                shape=row.get("shape", "?"),
                data=data,
            )
        )
    return messages
