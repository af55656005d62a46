"""What TIGTA Report No. 2023-10-055 found, in figures, and the rows of the key-dates table."""

from __future__ import annotations

from datetime import date

from questionnaires.framework.wording import us_long_date
from questionnaires.irs_records_request import citations as c


def key_date(label: str, value: date) -> dict:
    """One row of ``data["key_dates"]``: ISO date and the date written out."""
    return {"label": label, "date": value.isoformat(), "text": us_long_date(value)}


REPORT_CONTEXT = {
    "sampled": 83,
    "population": 3423,
    "errors": 18,
    "error_rate_percent": 22,
    "projected": 506,
    "confidence_percent": 90,
    "projected_low": 366,
    "projected_high": 647,
    "fiscal_year": "2022",
    "text": (
        "TIGTA reviewed a sample of 83 of the 3,423 FOIA requests closed in fiscal year 2022 "
        "in which the IRS withheld information under exemption (b)(7). In 18 of them (22 "
        "percent) the IRS did not follow FOIA's rules, both withholding what it should have "
        "released and releasing what it should have withheld (TIGTA Rep. No. 2023-10-055, "
        "Highlights and at 3). Across the year that comes to about 506 requests; TIGTA is 90 "
        "percent confident the true number is between 366 and 647 (TIGTA Rep. No. "
        "2023-10-055, at 5 and n.16)."
    ),
    #: Where each figure is in the report.
    "pages": {
        "sampled": "Highlights; at 3",
        "population": "Highlights; at 3",
        "errors": "Highlights; at 3",
        "error_rate_percent": "Highlights; at 3",
        "projected": "at 5",
        "projected_range": "at 5 n.16",
    },
    "citations": [
        c.REPORT_HIGHLIGHTS.text,
        c.REPORT_RESULTS.text,
        c.REPORT_OTHER_ERRORS.text,
        c.REPORT_PROJECTION.text,
    ],
}


TIGTA_CAVEAT = (
    "TIGTA's findings describe mistakes in the cases it sampled; they do not bind the IRS."
)

#: What was checked, when, and what staff should re-check (the IRS agreed to update its
#: manual's DIF guidance: TIGTA Rep., Highlights). What was read on November 30,
#: 2026: the opening of IRM 11.3.41 on IRS.gov (manual transmittal of February 26, 2024, the
#: latest we could find; its first seven listed changes say nothing of DIF items; the rest,
#: and its DIF provision, could not be read); IRM 11.3.13's manual transmittal of October 6,
#: 2025 (caseworker guidance moved to IRM 11.3.41; "Redacting Records" now IRM 11.3.41.13.6);
#: no TIGTA FOIA review after Report No. 2023-10-055 was found; of the Form 8821
#: instructions, only the opening (Rev. September 2021), which does not speak of the 120 days.
CURRENCY_CAVEAT = (
    "TIGTA's findings are as of September 11, 2023, the date of TIGTA Report No. 2023-10-055. "
    "The statutes cited (5 U.S.C. § 552; I.R.C. §§ 6103 and 7213) were checked against their "
    "current text on November 29, 2026. In the report the IRS agreed to update its manual on "
    "redacting DIF information (IRM 11.3.41.13.8.9). On November 30, 2026 we could read only "
    "the opening of IRM 11.3.41 (manual transmittal of February 26, 2024), which lists no DIF "
    "change in what we read, and IRM 11.3.13 (October 6, 2025), which moved the FOIA "
    "caseworker guidance into IRM 11.3.41 and renumbered it, so the DIF rule may have moved. "
    "Before relying on what this result says about DIF scores, DIF/DAS reason codes or form "
    'codes, check the current IRM 11.3.41 on IRS.gov (search it for "DIF"). The law requires '
    "TIGTA to review the IRS's FOIA denials periodically; we found no review after 2023: check "
    "tigta.gov. The IRS's FOIA regulation (26 C.F.R. § 601.702) and its rule on consents "
    "(§ 301.6103(c)-1) were read in an eCFR copy that states no date; § 601.702 still gives 35 "
    "days to appeal, which the 2016 law replaced with at least 90. The 120 days for a Form "
    "8821 or another taxpayer's consent come from § 301.6103(c)-1(b)(2); we could not read "
    "what the current Form 8821 instructions say about them. Read the IRS's current FOIA "
    "instructions on IRS.gov for its addresses, fees and procedures."
)
