"""What ``inbox-agent extract --explain`` shows: the extractor's record, for a person.

The reader of this is an admin about to write a payer template (rules.yaml
``extraction.templates``): they need the conventions chosen and why, the line each
header field came from, the table's header row and which column became which field, and
the row each remittance line was read from -- enough to see what the generic reader
got wrong and which heading or label to name instead.

The record itself is :mod:`.trace`'s; here it becomes a JSON object (added as
``"explain"`` to a contract object only when asked, so plain ``--json`` is unchanged)
and the text a person reads, rendered from that JSON so both say the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from inbox_agent.documents.trace import Explanation, Recorder


def attach(objects: Sequence[dict[str, Any]], recorder: Recorder) -> list[dict[str, Any]]:
    """Add each readable remittance's explanation to its contract object, by source."""
    by_source = {note.source: note for note in recorder.explanations}
    attached = []
    for obj in objects:
        note = by_source.get(obj["source"]) if obj.get("ok") else None
        attached.append({**obj, "explain": to_json(note, obj)} if note is not None else obj)
    return attached


def to_json(note: Explanation, obj: dict[str, Any]) -> dict[str, Any]:
    """The explanation as JSON, beside the contract object it explains."""
    rows = [row.text for row in note.rows]
    return {
        "reader": note.reader,
        "method": obj["method"],
        "template": note.template,
        "conventions": {
            "decimal_comma": note.decimal_comma,
            "day_first": note.day_first,
            "numbers": note.why_numbers,
            "dates": note.why_dates,
        },
        "header": [
            {"field": f.field, "value": f.value, "line": f.line, "text": f.text, "how": f.how}
            for f in note.fields
        ],
        "tables": [
            {
                "kind": table.kind,
                "how": table.how,
                "header": table.header,
                "header_at": table.header_at,
                "columns": [
                    {"field": c.field, "heading": c.heading, "how": c.how} for c in table.columns
                ],
            }
            for table in note.tables
        ],
        "lines": [
            {
                "invoice_ref": line["invoice_ref"],
                "paid_amount": line["paid_amount"],
                "row": rows[index] if index < len(rows) else None,
            }
            for index, line in enumerate(obj["lines"])
        ],
        "notes": list(note.notes),
        "warnings": list(obj["warnings"]),
    }


def render(explain: dict[str, Any]) -> str:
    """The explanation as indented text, to print under the remittance it explains."""
    conventions = explain["conventions"]
    numbers = "decimal comma" if conventions["decimal_comma"] else "decimal point"
    dates = "day first" if conventions["day_first"] else "month first"
    out = [
        f"  read by {explain['reader'] or '?'} as {explain['method']}; "
        f"template: {explain['template'] or 'none'}",
        f"  numbers: {numbers} ({conventions['numbers']})",
        f"  dates: {dates} ({conventions['dates']})",
        "  header fields:",
        *(_field_line(field) for field in explain["header"]),
    ]
    for number, table in enumerate(explain["tables"], start=1):
        out.extend(_table_lines(number, table))
    out.append("  lines, each from its row:" if explain["lines"] else "  lines: none")
    width = max((len(line["invoice_ref"]) for line in explain["lines"]), default=0)
    for line in explain["lines"]:
        row = f'"{line["row"]}"' if line["row"] is not None else "(row not recorded)"
        out.append(f"    {line['invoice_ref']:<{width}} {line['paid_amount']:>12}  <- {row}")
    out.extend(f"  note: {note}" for note in explain["notes"])
    out.extend(f"  warning: {warning}" for warning in explain["warnings"])
    return "\n".join(out)


def _field_line(field: dict[str, Any]) -> str:
    head = f"    {field['field']} = {field['value'] if field['value'] is not None else '-'}"
    if field["value"] is None:
        return f"{head}  (not found)"
    if field["line"] is None:
        return f"{head}  ({field['how']})"
    return f'{head}  <- line {field["line"]} "{field["text"]}" ({field["how"]})'


def _table_lines(number: int, table: dict[str, Any]) -> list[str]:
    if table["header"] is None:
        out = [f"  table {number} ({table['kind']}): {table['how']}"]
    else:
        where = f"{'header' if table['kind'] == 'grid' else 'heading'} {table['header_at']}"
        out = [
            f'  table {number} ({table["kind"]}), {where}: "{table["header"]}"',
            f"    read as: {table['how']}",
        ]
    for column in table["columns"]:
        heading = f'"{column["heading"]}"' if column["heading"] else "(no heading)"
        if column["field"] == "not read":
            out.append(f"    not read: {heading} ({column['how']})")
        else:
            out.append(f"    {column['field']} <- {heading} (by {column['how']})")
    return out
