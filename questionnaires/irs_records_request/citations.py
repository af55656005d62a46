"""Authorities for IRS records requests (FOIA and I.R.C. § 6103).

TIGTA Report No. 2023-10-055 is cited by the report's own page. The seed is OCR text with one
printed page number ("Page 2"); the other pages were counted from the running head ("Fiscal
Year 2023 Mandatory Review ...") that starts each page: page 1 "Background" (the six (b)(7)
harms, § 6103 access); page 2 processing and note 5 (imperfect requests); page 3 "Results of
Review" (83 sampled, 18 errors, improper redactions and releases, notes 6-8); page 4 asset
locator records and DIF indicators (notes 9-12); page 5 other exemptions, inconsistent
redactions, § 6103 requests, the 506 projection (notes 13-16); page 6 Figure 1; page 7
Appendix I (notes 1-3). The Highlights page has no number and is cited as "Highlights".

Page breaks were checked line by line against the seed: the running head marks each new page,
the footnotes at the foot of a page carry that page's note numbers (notes 4-5 on page 2,
6-8 on page 3, 9-12 on page 4, 13-16 on page 5; Appendix I restarts at 1), and the one printed
number ("Page 2") sits after note 5. Every pinpoint below was read against that text.

The IRM is cited only as the report cites it. On November 30, 2026 only the opening of IRM
11.3.41 (manual transmittal of February 26, 2024, the latest found) and IRM 11.3.13's
transmittal of October 6, 2025 could be read (stored copies of irs.gov/irm/part11): neither
passage read says what the manual now says about DIF items, so the rules keep TIGTA's findings
and the currency caveat says what to check. No TIGTA FOIA review after Report No. 2023-10-055
was found. Of the Form 8821 instructions only the opening (Rev. September 2021, omb.report
copy) could be read; the 120 days are applied from 26 C.F.R. § 301.6103(c)-1(b)(2) alone, read
with (b)(1) (the consent is signed and dated by the taxpayer the information is about) for
another taxpayer's consent. The IRS's FOIA regulation (26 C.F.R. § 601.702) and Treas. Reg. §
301.6103(c)-1 were read on November 29, 2026 (the latter again, in full, on November 30) from
an eCFR copy (repository MichalOpoka/ecfr; the files state no "current as of" date; §
301.6103(c)-1 ends "as amended by T.D. 9618, 78 FR 26507, May 7, 2013"). The passages relied on
are in tests/sources/irs_regulation_excerpts.txt, checked by the citation tests. §
601.702(c)(10)(i) still gives 35 days to appeal: the 2016 amendment to 5 U.S.C. §
552(a)(6)(A)(i)(III)(aa) gives at least 90, so the statute governs and the regulation is cited
only to say so. Statutes are cited by the subsection that says what the finding relies on.

Checked against the statutes' text (November 2026, with the search tool): 5 U.S.C.
§ 552(a)(4)(B), (a)(6)(A)-(C) and (a)(8) as amended by the FOIA Improvement Act of 2016;
I.R.C. § 6103(b)(2), (c), (e)(6) and (e)(7); I.R.C. § 7213(a)(3). FCC v. AT&T Inc. was read
for its holding: a corporation has no "personal privacy" under exemption (b)(7)(C). Read
again on November 29, 2026 from the USLM XML of the Code (tests/sources/
irs_statute_excerpts.txt): § 552(a)(4)(A)(viii), (a)(6)(A)(ii) with the tolling sentences
after it, (a)(6)(B)(i), (a)(6)(C)(i) and (iii); I.R.C. § 6103(e)(1)-(3), (6)-(8) and (10).
"""

from questionnaires.framework.determination import Citation

TIGTA = "TIGTA Rep. No. 2023-10-055"
USC5 = "5 U.S.C."
IRC = "I.R.C."

# TIGTA Report No. 2023-10-055 (Sept. 11, 2023)
REPORT_HIGHLIGHTS = Citation(TIGTA, "Highlights")
# (b)(7) only "to the extent" release would cause one of six harms; § 6103 lets the taxpayer
# or the taxpayer's designee request and receive return information.
REPORT_BACKGROUND = Citation(TIGTA, "at 1")
# A request with "all the necessary information" is searched; no-records letters.
REPORT_PROCESSING = Citation(TIGTA, "at 2")
# Note 5: an imperfect request is "not specific enough to process or too broad in scope" and
# "must be closed".
REPORT_IMPERFECT = Citation(TIGTA, "at 2 n.5")
# 83 of 3,423 sampled; 18 (22 percent) errors; improper redactions and releases listed.
REPORT_RESULTS = Citation(TIGTA, "at 3")
# Note 6: no-records and imperfect closures reviewed for wrongful closure.
REPORT_CLOSURES = Citation(TIGTA, "at 3 n.6")
# Note 8: the form code identifies the DIF formula; what the DIF score is.
REPORT_DIF_DEFINED = Citation(TIGTA, "at 3 n.8")
# Asset locator records; "DIF Score" and DIF/DAS reason code not protected under (b)(7)(E);
# DIF formulas and scores detrimental to tax administration if disclosed.
REPORT_DIF_AND_ASSET_LOCATOR = Citation(TIGTA, "at 4")
# Note 11: IRM 11.3.41.13.8.9 (Aug. 26, 2021) added the form code to the DIF redactions.
REPORT_FORM_CODE_IRM = Citation(TIGTA, "at 4 n.11")
# Note 12: what the DIF/DAS reason code identifies.
REPORT_REASON_CODE = Citation(TIGTA, "at 4 n.12")
# Errors under (b)(3); inconsistent redactions; § 6103 requests need a valid authorization
# such as Form 2848; the IRM's contact-first rule; the 506 projection.
REPORT_OTHER_ERRORS = Citation(TIGTA, "at 5")
# Note 16: 90 percent confidence that the number is between 366 and 647.
REPORT_PROJECTION = Citation(TIGTA, "at 5 n.16")
# Appendix I, note 1: tax records may not be disclosed unless § 6103 authorizes it.
REPORT_DISCLOSURE_BAR = Citation(TIGTA, "at 7 n.1")
# Appendix I, note 2: § 6103(c) and (e) requests are made by the taxpayer or a designee.
REPORT_6103_REQUESTS = Citation(TIGTA, "at 7 n.2")

# Internal Revenue Manual, only as the report cites it (page 5, note 15); what was read of it
# is its note (``sources.NOTES``).
IRM_CONTACT_REQUESTER = Citation(
    "IRM", "11.3.41.3.2(1)", f"Dec. 8, 2022, as cited in {TIGTA}, at 5 n.15"
)

# Freedom of Information Act, 5 U.S.C. § 552
FOIA = Citation(USC5, "§ 552")
FOIA_REASONABLY_DESCRIBES = Citation(USC5, "§ 552(a)(3)(A)")
FOIA_20_WORKING_DAYS = Citation(USC5, "§ 552(a)(6)(A)(i)")
# The flush sentence after clause (ii): the 20 days "shall commence on the date on which the
# request is first received by the appropriate component of the agency, but in any event not
# later than ten days after" any component designated to receive requests gets it.
FOIA_20_DAYS_COMMENCE = Citation(USC5, "§ 552(a)(6)(A)")
# The sentences after clause (ii): the 20-day period "shall not be tolled by the agency
# except" (I) once, while it awaits information it reasonably asked for, or (II) if necessary
# to clarify fees; the agency's receipt of the reply "ends the tolling period".
FOIA_TOLLING = Citation(USC5, "§ 552(a)(6)(A)(ii)(I)-(II)")
# No search fees if the agency has failed to comply with any time limit under paragraph (6)
# (with a 10-day grace after a timely notice of unusual circumstances, (viii)(II)(aa)).
FOIA_NO_SEARCH_FEES_WHEN_LATE = Citation(USC5, "§ 552(a)(4)(A)(viii)")
# Refusing to narrow the request or arrange an alternative time frame is a factor in whether
# "exceptional circumstances" let a court give the agency more time.
FOIA_REFUSED_ALTERNATIVE = Citation(USC5, "§ 552(a)(6)(C)(iii)")
# "Unusual circumstances": the time limit may be extended by written notice, by no more than
# ten working days (save as clause (ii) provides).
FOIA_UNUSUAL_CIRCUMSTANCES = Citation(USC5, "§ 552(a)(6)(B)(i)")
# A denial must make "a reasonable effort to estimate the volume" of what is denied.
FOIA_ESTIMATE_VOLUME = Citation(USC5, "§ 552(a)(6)(F)")
# The flush sentences after (b)(9): reasonably segregable portions are released; "the amount of
# information deleted, and the exemption under which the deletion is made" are indicated.
FOIA_SEGREGABLE = Citation(USC5, "§ 552(b)", "flush language after para. (9)")
# The agency decides an appeal within 20 working days of receiving it.
FOIA_APPEAL_20_DAYS = Citation(USC5, "§ 552(a)(6)(A)(ii)")
# An adverse determination must tell the requester of the right to seek dispute resolution
# from the FOIA Public Liaison or the Office of Government Information Services.
FOIA_DISPUTE_RESOLUTION = Citation(USC5, "§ 552(a)(6)(A)(i)(III)(bb)")
# After an extension: the chance to narrow the request or agree another time frame, the FOIA
# Public Liaison, and the right to seek dispute resolution from OGIS.
FOIA_PUBLIC_LIAISON_OGIS = Citation(USC5, "§ 552(a)(6)(B)(ii)")
# A requester "shall be deemed to have exhausted his administrative remedies" if the agency
# misses the time limit.
FOIA_CONSTRUCTIVE_EXHAUSTION = Citation(USC5, "§ 552(a)(6)(C)(i)")
# The district court may enjoin withholding and order records produced.
FOIA_COURT_REVIEW = Citation(USC5, "§ 552(a)(4)(B)")
# Withhold only if the agency reasonably foresees harm to an interest an exemption protects
# (or the law prohibits disclosure); consider partial disclosure; segregate and release.
FOIA_FORESEEABLE_HARM = Citation(USC5, "§ 552(a)(8)(A)")
# The foreseeable-harm rule does not require disclosure of what (b)(3) exempts.
FOIA_FORESEEABLE_HARM_NOT_B3 = Citation(USC5, "§ 552(a)(8)(B)")
FOIA_90_DAY_APPEAL = Citation(
    USC5, "§ 552(a)(6)(A)(i)(III)(aa)", "as amended by the FOIA Improvement Act of 2016"
)
FOIA_B3 = Citation(USC5, "§ 552(b)(3)")
FOIA_B5 = Citation(USC5, "§ 552(b)(5)")
FOIA_B6 = Citation(USC5, "§ 552(b)(6)")
FOIA_B7 = Citation(USC5, "§ 552(b)(7)(A)-(F)")
FOIA_B7A = Citation(USC5, "§ 552(b)(7)(A)")
FOIA_B7B = Citation(USC5, "§ 552(b)(7)(B)")
FOIA_B7C = Citation(USC5, "§ 552(b)(7)(C)")
FOIA_B7D = Citation(USC5, "§ 552(b)(7)(D)")
FOIA_B7E = Citation(USC5, "§ 552(b)(7)(E)")
FOIA_B7F = Citation(USC5, "§ 552(b)(7)(F)")

# Internal Revenue Code § 6103
IRC_6103 = Citation(IRC, "§ 6103")
IRC_6103C = Citation(IRC, "§ 6103(c)")
# "Return information" includes "whether the taxpayer's return was, is being, or will be
# examined or subject to other investigation or processing, or any other data, received by,
# recorded by, prepared by, furnished to, or collected by the Secretary with respect to a
# return".
IRC_6103B2A = Citation(IRC, "§ 6103(b)(2)(A)")
IRC_6103E = Citation(IRC, "§ 6103(e)")
# "The return of a person shall, upon written request, be open to inspection by or disclosure
# to" the persons listed: for an individual's return, that individual.
IRC_6103E1 = Citation(IRC, "§ 6103(e)(1)")
# A joint income tax return is open to "either of the individuals with respect to whom the
# return is filed".
IRC_6103E1B = Citation(IRC, "§ 6103(e)(1)(B)")
# A corporation's return: a person its board designates; an officer or employee on a request
# signed by a principal officer and attested by the secretary or another officer; a
# shareholder of record owning 1 percent or more; an S corporation's shareholders in the
# years of the election; for a dissolved corporation, a person State law authorizes.
IRC_6103E1D = Citation(IRC, "§ 6103(e)(1)(D)")
# A legally incompetent individual's return: the committee, trustee or guardian of the estate.
IRC_6103E2 = Citation(IRC, "§ 6103(e)(2)")
# A decedent's return: the administrator, executor or trustee of the estate; an heir, next of
# kin, beneficiary or donee only if the IRS finds a material interest.
IRC_6103E3 = Citation(IRC, "§ 6103(e)(3)")
# Return information may be disclosed to a person (e) allows to see the return "if the
# Secretary determines that such disclosure would not seriously impair Federal tax
# administration".
IRC_6103E7 = Citation(IRC, "§ 6103(e)(7)")
# On written request, either spouse on a joint return (no longer married or living apart) is
# told whether the IRS has tried to collect the deficiency from the other, how, and how much.
IRC_6103E8 = Citation(IRC, "§ 6103(e)(8)")
# On written request, a person found liable for the § 6672 penalty is told who else the IRS
# found liable for it, and whether, how and how much it collected from them.
IRC_6103E9 = Citation(IRC, "§ 6103(e)(9)")
# For a partnership, S corporation, trust or estate return, what is disclosed under (e) does
# not include schedules or lists with other persons' taxpayer identity information.
IRC_6103E10 = Citation(IRC, "§ 6103(e)(10)")
# The attorney in fact duly authorized in writing (Form 2848).
IRC_6103E6 = Citation(IRC, "§ 6103(e)(6)")
# The sentence after subparagraph (D): no law requires disclosure of "standards used or to be
# used for the selection of returns for examination" if the Secretary determines disclosure
# will seriously impair assessment, collection or enforcement.
IRC_6103B2_SELECTION_STANDARDS = Citation(IRC, "§ 6103(b)(2)", "last sentence")
# Anyone to whom return information is disclosed without authority must not willfully print
# or publish it: a felony.
IRC_7213A3 = Citation(IRC, "§ 7213(a)(3)")

# Regulations, as read from the eCFR copy (see the module docstring)
CFR26 = "26 C.F.R."
# What an initial request must contain: written and signed; says it is made under FOIA;
# addressed to the official who controls the records; reasonably describes them; establishes
# identity and right where § 6103 limits disclosure; an address; inspect or copy; fees.
REG_REQUEST_CONTENTS = Citation(CFR26, "§ 601.702(c)(4)(i)")
# A misdirected request is transferred to the responsible official, and its time limits
# "shall commence when the transfer is received by the designated office".
REG_MISDIRECTED_REQUEST = Citation(CFR26, "§ 601.702(c)(4)(i)(C)")
# A reasonable description: name, taxpayer identification number, subject matter, location
# and years at issue.
REG_REASONABLE_DESCRIPTION = Citation(CFR26, "§ 601.702(c)(5)(i)")
# Someone asking on behalf of another person furnishes "a properly executed power of attorney,
# Privacy Act consent, or tax information authorization".
REG_AUTHORIZATION_WITH_REQUEST = Citation(CFR26, "§ 601.702(c)(5)(iii)(C)")
# A deficient request is not subject to the time limits until amended; if the requester does
# not resubmit within 35 days of the IRS's communication, the file is closed.
REG_DEFICIENT_REQUEST = Citation(CFR26, "§ 601.702(c)(1)(i)")
# The appeal "postmarked within 35 days": superseded by the statute's 90 days (2016).
REG_APPEAL_35_DAYS = Citation(CFR26, "§ 601.702(c)(10)(i)")
# A § 6103(c) consent is acted on only if the IRS receives it "within 120 days following the
# date upon which the request or consent was signed and dated by the taxpayer" (for
# authorizations signed on or after October 19, 2009, para. (f)).
REG_CONSENT_120_DAYS = Citation(CFR26, "§ 301.6103(c)-1(b)(2)")
# A § 6103(c) consent is a separate written document "signed ... and dated by the taxpayer who
# filed the return or to whom the return information relates": another taxpayer's consent to
# the disclosure of their records is theirs to sign, and (b)(2)'s 120 days apply to it too.
REG_CONSENT_SIGNED_BY_TAXPAYER = Citation(CFR26, "§ 301.6103(c)-1(b)(1)")

# Case law: what it is relied on for and what was read of it is its note (``sources.NOTES``).
FCC_V_ATT = Citation("FCC v. AT&T Inc.", "562 U.S. 397 (2011)")
