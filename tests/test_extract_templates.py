"""Per-payer extraction templates (rules.yaml ``extraction.templates``).

Each case is a layout the generic reader misreads for reasons it cannot know -- the
payer prints our invoice number in its "Text" column beside its own voucher number, or
calls the invoice amount "Zahlbetrag" and the transfer "Überweisung", or writes US-dollar
dates day first -- drawn as the payer's tool draws it. The test first shows the generic
misreading, then that the template fixes it; keywords that do not match change nothing;
a bad template is reported by ``rules check`` at its line; the pipeline applies the
templates of its rules.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import typer
from sqlmodel import Session, select
from typer.testing import CliRunner

from inbox_agent.config.loader import check_rules_text, load_rules
from inbox_agent.config.rules import ExtractionTemplate
from inbox_agent.documents.registry import extract_bytes, extract_file
from inbox_agent.mail.local import EmlFolderMailbox
from inbox_agent.pipeline import Agent
from inbox_agent.settings import Settings
from inbox_agent.store.models import RemittanceLine
from inbox_agent.workspace import open_workspace

try:  # tests/ is a package when tests/__init__.py exists, else pytest puts it on sys.path
    from tests.test_extract_layouts import draw_pdf
except ModuleNotFoundError:
    from test_extract_layouts import draw_pdf  # type: ignore[no-redef,import-not-found,unused-ignore]

SHIPPED = Path(__file__).resolve().parents[1] / "rules.yaml"
VOUCHERS = ["5100004711", "5100004712"]
INVOICES = ["RE-2026-7611", "RE-2026-7630"]

HANSA_ROWS: list[tuple[float, list[tuple[float, str]]]] = [
    (60, [(50, "Hansa Elektro AG")]),
    (75, [(50, "Zahlungsavis")]),
    (95, [(50, "Auftragsnummer: ZA-2026-118")]),
    (110, [(50, "Ausgeführt am: 16.03.2026")]),
    (140, [(50, "Beleg"), (130, "Text"), (-330, "Brutto"), (-400, "Skonto"),
           (-480, "Zahlbetrag")]),
    (155, [(50, VOUCHERS[0]), (130, INVOICES[0]), (-330, "1.020,00"), (-400, "20,40"),
           (-480, "999,60")]),
    (170, [(50, VOUCHERS[1]), (130, INVOICES[1]), (-330, "254,50"), (-400, "0,00"),
           (-480, "254,50")]),
    (200, [(50, "Gesamtbetrag: 1.254,10 EUR")]),
]  # fmt: skip
"""An SAP-style advice: the payer's voucher under "Beleg", our invoice under "Text"."""

HANSA_CSV = (
    "Hansa Elektro AG;Zahlungsavis\n"
    "Beleg;Text;Brutto;Skonto;Zahlbetrag\n"
    f"{VOUCHERS[0]};{INVOICES[0]};1.020,00;20,40;999,60\n"
    f"{VOUCHERS[1]};{INVOICES[1]};254,50;0,00;254,50\n"
)


def template(**settings: Any) -> ExtractionTemplate:
    data: dict[str, Any] = {
        "name": "hansa",
        "payer_keywords": ["Hansa Elektro AG"],
        "columns": {"reference": "Text"},
    }
    return ExtractionTemplate.model_validate(data | settings)


def refs(obj: dict[str, Any]) -> list[str]:
    return [line["invoice_ref"] for line in obj["lines"]]


def only(objects: list[dict[str, Any]]) -> dict[str, Any]:
    (obj,) = objects
    assert obj["ok"], obj
    return obj


def hansa_pdf(tmp_path: Path) -> Path:
    return draw_pdf(tmp_path / "hansa.pdf", HANSA_ROWS)


def uncommented_example(text: str) -> str:
    """The shipped rules with the commented template example switched on."""
    lines = text.splitlines(keepends=True)
    start = lines.index("  # templates:\n")
    end = start
    while lines[end].startswith("  #"):
        end += 1
    block = ["  " + line[4:] if line.startswith("  # ") else line for line in lines[start:end]]
    head = "".join(lines[:start])
    assert head.count("  templates: []\n") == 1
    return head.replace("  templates: []\n", "") + "".join(block) + "".join(lines[end:])


# --- templates fix what the generic reader misreads ---------------------------------


def test_template_takes_our_invoice_number_from_the_payers_text_column(tmp_path: Path) -> None:
    """GIVEN an unruled PDF whose "Beleg" column holds the payer's voucher and whose
    "Text" column our invoice number
    WHEN read without a template THEN the vouchers are taken (the misreading)
    WHEN read with a template naming "Text" as the reference THEN our invoice numbers,
    with the same amounts, and the explanation says the template chose the column."""
    pdf = hansa_pdf(tmp_path)

    generic = only(extract_file(pdf))
    fixed = only(extract_file(pdf, templates=[template()], explain=True))

    assert refs(generic) == VOUCHERS
    assert refs(fixed) == INVOICES
    paid = [line["paid_amount"] for line in fixed["lines"]]
    assert paid == [line["paid_amount"] for line in generic["lines"]] == ["999.60", "254.50"]
    explain = fixed["explain"]
    assert explain["template"] == "hansa"
    (table,) = explain["tables"]
    how = {c["field"]: (c["heading"], c["how"]) for c in table["columns"]}
    assert how["reference"] == ("Text", "template")
    assert how["reference not used"] == ("Beleg", "heading")
    assert [line["row"].split()[1] for line in explain["lines"]] == INVOICES


def test_template_columns_apply_to_grids() -> None:
    """GIVEN the same layout as a CSV export (a grid, not text) THEN the template's
    reference heading is used there too."""
    generic = only(extract_bytes(HANSA_CSV.encode(), "hansa.csv"))
    fixed = only(extract_bytes(HANSA_CSV.encode(), "hansa.csv", templates=[template()]))

    assert refs(generic) == VOUCHERS
    assert refs(fixed) == INVOICES
    assert fixed["lines"][0]["discount"] == "20.40"


def test_template_names_the_paid_column_the_generic_reader_does_not_know() -> None:
    """GIVEN a payer that calls the invoice amount "Zahlbetrag" and the transfer
    "Überweisung" (a heading no list knows)
    WHEN read without a template THEN the invoice amount is taken as paid
    WHEN the template names both THEN the transfer is paid and the invoice amount gross."""
    markup = (
        "<p>Nordwerk Handels GmbH - Zahlungsavis</p><table>"
        "<tr><th>Rechnungsnr.</th><th>Zahlbetrag</th><th>Überweisung</th></tr>"
        "<tr><td>RE-2026-501</td><td>1.000,00</td><td>980,00</td></tr>"
        "<tr><td>RE-2026-502</td><td>500,00</td><td>500,00</td></tr></table>"
    )
    nordwerk = template(
        name="nordwerk",
        payer_keywords=["Nordwerk Handels"],
        columns={"paid": "Überweisung", "gross": "Zahlbetrag"},
    )

    generic = only(extract_bytes(markup.encode(), "advice.html"))
    fixed = only(extract_bytes(markup.encode(), "advice.html", templates=[nordwerk]))

    assert [line["paid_amount"] for line in generic["lines"]] == ["1000.00", "500.00"]
    assert [(line["gross_amount"], line["paid_amount"]) for line in fixed["lines"]] == [
        ("1000.00", "980.00"),
        ("500.00", "500.00"),
    ]


def test_template_day_first_settles_an_ambiguous_us_dollar_advice() -> None:
    """GIVEN an advice in USD whose dates could be either way round (03/04/2026)
    THEN the generic reader reads them month first, and a template saying the payer
    writes the day first reads 3 April."""
    text = (
        "Remittance advice\nSouthern Cross Freight Pty Ltd\nPayment date: 03/04/2026\n"
        "Currency: USD\n\nInvoice No.     Invoice Date      Amount Paid\n"
        "INV-7001        02/03/2026          1,200.00\n"
    )
    southern = template(
        name="southern-cross", payer_keywords=["Southern Cross Freight"], columns={},
        day_first=True,
    )  # fmt: skip

    generic = only(extract_bytes(text.encode(), "advice.txt"))
    fixed = only(extract_bytes(text.encode(), "advice.txt", templates=[southern], explain=True))

    assert (generic["payment_date"], generic["lines"][0]["invoice_date"]) == (
        "2026-03-04",
        "2026-02-03",
    )
    assert (fixed["payment_date"], fixed["lines"][0]["invoice_date"]) == (
        "2026-04-03",
        "2026-03-02",
    )
    conventions = fixed["explain"]["conventions"]
    assert (conventions["day_first"], conventions["dates"]) == (
        True,
        "set by template southern-cross",
    )


def test_template_labels_fixed_payer_and_currency(tmp_path: Path) -> None:
    """GIVEN labels the template names (one of them not printed) and a fixed payer
    THEN the labelled values are read, the missing label keeps the generic value, and the
    explanation names each label's line."""
    labelled = template(
        payer="Hansa Elektro Aktiengesellschaft",
        currency="CHF",
        reference_label="Auftragsnummer:",
        date_label="Ausgeführt am",
        total_label="Summe Überweisung",
    )

    obj = only(extract_file(hansa_pdf(tmp_path), templates=[labelled], explain=True))

    assert obj["payer"]["name"] == "Hansa Elektro Aktiengesellschaft"
    assert (obj["payment_reference"], obj["payment_date"]) == ("ZA-2026-118", "2026-03-16")
    assert (obj["currency"], obj["total"]) == ("CHF", "1254.10")  # the generic total stays
    header = {f["field"]: f for f in obj["explain"]["header"]}
    assert header["payment_reference"]["line"] == 3
    assert header["payment_reference"]["how"] == 'template label "Auftragsnummer:"'
    assert header["payment_date"]["text"] == "Ausgeführt am: 16.03.2026"
    assert header["payer"]["how"] == "fixed by template hansa"
    assert (
        'total: template label "Summe Überweisung" not found; generic kept'
        in (obj["explain"]["notes"])
    )


# --- templates that do not apply change nothing --------------------------------------


def test_keywords_that_do_not_match_leave_the_generic_result(tmp_path: Path) -> None:
    """GIVEN templates for other payers THEN the advice reads exactly as without any."""
    pdf = hansa_pdf(tmp_path)
    others = [
        template(name="nordwind", payer_keywords=["Nordwind Bau GmbH"]),
        template(name="both", payer_keywords=["Hansa Elektro AG", "Kundennr. 4711"],
                 keywords_match="all"),
    ]  # fmt: skip

    assert extract_file(pdf, templates=others) == extract_file(pdf)
    explain = only(extract_file(pdf, templates=others, explain=True))["explain"]
    assert explain["template"] is None


def test_any_keyword_selects_and_the_first_matching_template_wins(tmp_path: Path) -> None:
    pdf = hansa_pdf(tmp_path)
    first = template(name="first", payer_keywords=["nobody", "HANSA   elektro ag"])
    second = template(name="second", payer_keywords=["Hansa"], columns={"reference": "Beleg"})

    obj = only(extract_file(pdf, templates=[first, second], explain=True))

    assert obj["explain"]["template"] == "first"
    assert refs(obj) == INVOICES


def test_template_heading_the_document_does_not_print_takes_no_role_away(
    tmp_path: Path,
) -> None:
    """GIVEN a template whose paid heading this advice does not print
    THEN the advice's own "Zahlbetrag" stays the paid column, and the explanation says
    which template heading was not found."""
    other_layout = template(columns={"reference": "Text", "paid": "Überweisung"})

    obj = only(extract_file(hansa_pdf(tmp_path), templates=[other_layout], explain=True))

    assert refs(obj) == INVOICES
    assert [line["paid_amount"] for line in obj["lines"]] == ["999.60", "254.50"]
    assert 'template column not in this document: paid: "Überweisung"' in obj["explain"]["notes"]


# --- rules.yaml -----------------------------------------------------------------------


def rules_app() -> typer.Typer:
    from inbox_agent.cli import extract_cmd, rules_cmd

    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Keep the commands sub-commands."""

    rules_cmd.register(app)
    extract_cmd.register(app)
    return app


def test_shipped_example_is_valid_and_fixes_the_advice(tmp_path: Path) -> None:
    """GIVEN the shipped rules.yaml with its commented template example switched on
    WHEN checked THEN it is valid; WHEN `extract --rules` reads the payer's advice
    THEN our invoice numbers and the labelled header fields come out."""
    path = tmp_path / "rules.yaml"
    path.write_text(uncommented_example(SHIPPED.read_text(encoding="utf-8")), encoding="utf-8")
    (shipped,) = load_rules(path).extraction.templates
    assert shipped.name == "hansa-zahlungsavis"
    assert load_rules(SHIPPED).extraction.templates == []

    checked = CliRunner().invoke(rules_app(), ["rules", "check", str(path)])
    result = CliRunner().invoke(
        rules_app(), ["extract", str(hansa_pdf(tmp_path)), "--json", "--rules", str(path)]
    )

    assert checked.exit_code == 0 and "1 extraction template" in checked.stdout
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert refs(obj) == INVOICES
    assert (obj["payer"]["name"], obj["payment_reference"]) == ("Hansa Elektro AG", "ZA-2026-118")
    assert "explain" not in obj


@pytest.mark.parametrize(
    ("old", "new", "marker", "message"),
    [
        ("    columns:", "    colums:", "colums:", "unknown key 'colums'; did you mean 'columns'?"),
        ('reference: "Text"', 'refrence: "Text"', "refrence:", "did you mean 'reference'?"),
        ('paid: "Zahlbetrag"', 'paid: "Skonto %"', "Skonto %", "read as data"),
        (
            'paid: "Zahlbetrag"',
            'paid: "text"',
            'paid: "text"',
            "is already the heading given for reference",
        ),
        ("day_first: true", "day_first: maybe", "day_first: maybe", "valid boolean"),
        ('["Hansa Elektro AG"]', "[]", "payer_keywords: []", "at least 1 item"),
    ],
)
def test_rules_check_reports_a_bad_template_at_its_line(
    tmp_path: Path, old: str, new: str, marker: str, message: str
) -> None:
    """GIVEN the shipped example switched on with one mistake
    WHEN `inbox-agent rules check` runs THEN it exits 1 naming the mistake at its line."""
    text = uncommented_example(SHIPPED.read_text(encoding="utf-8"))
    assert text.count(old) == 1
    text = text.replace(old, new)
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if marker in row)

    result = CliRunner().invoke(rules_app(), ["rules", "check", str(path)])

    assert result.exit_code == 1
    problems = [row for row in result.stdout.splitlines() if row.startswith(f"{path}:{line}: ")]
    assert problems, result.stdout
    assert message in problems[0]
    assert "extraction.templates[0]" in problems[0]


def test_template_that_changes_nothing_and_repeated_names_are_refused() -> None:
    text = uncommented_example(SHIPPED.read_text(encoding="utf-8"))
    block_start = text.index("    - name: hansa-zahlungsavis")
    block_end = text.index("\n\n", block_start)
    copy = text[block_start:block_end]
    idle = "    - name: idle\n      payer_keywords: [Somebody]\n"
    text = text[:block_end] + "\n" + copy + "\n" + idle + text[block_end:]

    problems = {p.location: p.message for p in check_rules_text(text)}

    assert "is already used" in problems["extraction.templates[1].name"]
    assert "changes nothing" in problems["extraction.templates[2]"]


# --- the pipeline ---------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(home=tmp_path / "ws", database_url=db_url)


def test_pipeline_reads_mail_with_the_templates_of_its_rules(
    settings: Settings, tmp_path: Path
) -> None:
    """GIVEN rules with the payer's template and a remittance mail with its PDF attached
    WHEN the agent reads the mailbox THEN the stored lines carry our invoice numbers."""
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(
        uncommented_example(SHIPPED.read_text(encoding="utf-8")), encoding="utf-8"
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    message = EmailMessage()
    message["From"] = "kreditoren@hansa-elektro.example"
    message["To"] = "ar@example.com"
    message["Subject"] = "Zahlungsavis / Remittance advice 16.03.2026"
    message.set_content("Please find attached our remittance advice for today's payment.")
    message.add_attachment(
        hansa_pdf(tmp_path).read_bytes(), maintype="application", subtype="pdf",
        filename="Zahlungsavis.pdf",
    )  # fmt: skip
    (inbox / "hansa.eml").write_bytes(message.as_bytes())
    workspace = open_workspace(settings)

    agent = Agent(mailbox=EmlFolderMailbox(inbox), workspace=workspace,
                  rules=load_rules(rules_path))  # fmt: skip
    agent.poll_once()

    with Session(workspace.engine) as session:
        stored = sorted(line.invoice_ref for line in session.exec(select(RemittanceLine)).all())
    assert stored == INVOICES
