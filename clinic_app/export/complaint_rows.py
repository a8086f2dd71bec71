"""The rows of a CNESST complaint package as a CSV, for the clinic's lawyer: one line per amount claimed.

Every text cell goes through :func:`clinic_app.export.tabular.neutralise`, so a name typed as ``=HYPERLINK(...)``
stays text in a spreadsheet. UTF-8 with a byte-order mark, so Excel reads the accents.
"""

from __future__ import annotations

import csv
import io

from clinic_app.domain.complaint_package import Package
from clinic_app.export.tabular import neutralise


def package_csv(package: Package) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["case_number", "name", "address", "phone", "debtors", "hire_date", "end_date", "layoff",
                     "union_member", "weekly_wage", "head", "amount", "due_date", "basis"])
    for r in package.rows:
        for h in r.heads:
            writer.writerow([neutralise(x) for x in (
                r.case_number, r.name, r.address, r.phone, " / ".join(d.name for d in r.debtors),
                r.hire_date.isoformat(), r.end_date.isoformat(), str(r.layoff).lower(), str(r.union_member).lower(),
                f"{r.weekly_wage:.2f}", h.head.value, f"{h.amount:.2f}", h.due_date.isoformat(),
                "; ".join(h.basis))])
    return out.getvalue().encode("utf-8-sig")
