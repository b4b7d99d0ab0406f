"""Hand-written labelled mail, for measuring the classifier on words its authors never wrote.

The generated corpus (``inbox_agent.classify.corpus``) is written by the people who wrote
the lexicon, so even its held-out templates share their habits. The folders here were
written by other authors who never read the classifier, each as ``.eml`` files plus a
``labels.jsonl`` (file, category, language, shape) and the ``make.py`` that wrote them:

- ``D``: measured once (lexicon alone 80.6%), then its failures were read;
- ``E``: measured once (lexicon alone 83.1%), never read; the pattern model
  (``classify/model.py``) is trained on A-E, so D and E are training data now;
- ``F``: written last, never read and never trained on: the held-out measure.
"""

from __future__ import annotations

import json
from pathlib import Path

from inbox_agent.classify.corpus import LabelledMessage

HOLDOUT_ROOT = Path(__file__).resolve().parent
HOLDOUT_SPLITS = ("D", "E", "F")


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
