"""Authorities for protection from removal: asylum (for contrast), withholding of removal
under 8 U.S.C. § 1231(b)(3), and withholding and deferral of removal under the Convention
Against Torture (8 C.F.R. §§ 1208.16(c), 1208.17(a)).

Every page of *Barajas-Romero v. Lynch*, 846 F.3d 351 (9th Cir. 2017) below was checked
against the page marker (*354 to *365) that precedes the passage in the seed text; a page
runs from its own marker to the next one, not from the margin numbers the OCR prints at
the head of some lines. ``tests/removal_protection/test_citations.py`` checks a passage of
each against the seed. The statutes and regulations are the primary law the rules apply,
quoted from the U.S. Code and the Code of Federal Regulations.

Cases the seed only discusses by name (Borja, Zetino, Madrigal, Maldonado, C-T-L-) and
later authorities are cited in full form with no pinpoint page unless one was read: the
reporter citation stands where a pinpoint would go, so ``Citation.text`` reads "Zetino v.
Holder, 622 F.3d 1007 (9th Cir. 2010)". Each finding that cites one of the seed's cases
also cites the page of Barajas-Romero that discusses it (listed beside each constant).

The authorities added for the bars, the persecution standard, acquiescence, the circuit
table and reinstated orders were each checked on 2026-11-29 against the text of the
provision or the decision's holding (its headnote or opening, where the pinpoint is the
first page); what was checked is in each case's authority note (``sources.NOTES``) or beside
each provision's constant, and in :data:`LAW_CHECKED`; what the check could not confirm is
in :data:`LAW_NOT_CONFIRMED`.
"""

from questionnaires.framework.determination import Citation

USC = "8 U.S.C."
CFR = "8 C.F.R."
SEED = "Barajas-Romero v. Lynch, 846 F.3d 351"
SEED_COURT = "9th Cir. 2017"

# Statutes (8 U.S.C.)
REINSTATEMENT = Citation(USC, "§ 1231(a)(5)")
# 8 U.S.C. § 1158(a)(2)(B): apply "within 1 year after the date of the alien's arrival";
# (C) a previous application denied; (D) changed or extraordinary circumstances.
ONE_YEAR_DEADLINE = Citation(USC, "§ 1158(a)(2)(B)")
PRIOR_DENIAL = Citation(USC, "§ 1158(a)(2)(C)")
DEADLINE_EXCEPTIONS = Citation(USC, "§ 1158(a)(2)(D)")
# 8 U.S.C. § 1158(a)(2)(E): "Subparagraphs (A) and (B) shall not apply to an unaccompanied
# alien child (as defined in section 279(g) of title 6)": under 18, no lawful status, no
# parent or legal guardian in the United States available to provide care and custody
# (6 U.S.C. § 279(g)(2)). Added by the Trafficking Victims Protection Reauthorization Act
# of 2008, Pub. L. 110-457, § 235(d)(7)(A), 122 Stat. 5044, 5081.
UNACCOMPANIED_CHILDREN = Citation(USC, "§ 1158(a)(2)(E)")
# 6 U.S.C. § 279(g)(2) (read 2026-11-30 in the US Code's USLM text, repository
# TheJoshuaEvans/united-states-code, usc/6/279.txt): "the term 'unaccompanied alien child'
# means a child who— (A) has no lawful immigration status in the United States; (B) has not
# attained 18 years of age; and (C) with respect to whom— (i) there is no parent or legal
# guardian in the United States; or (ii) no parent or legal guardian in the United States is
# available to provide care and physical custody." The definition is in the present tense:
# it says nothing of a child who has since turned 18.
UAC_DEFINED = Citation("6 U.S.C.", "§ 279(g)(2)")
# 8 U.S.C. § 1158(b)(3)(C) (read 2026-11-30 in the US Code's USLM text, repository
# TheJoshuaEvans/united-states-code, usc/8/1158.txt): "An asylum officer (as defined in
# section 1225(b)(1)(E) of this title) shall have initial jurisdiction over any asylum
# application filed by an unaccompanied alien child (as defined in section 279(g) of title
# 6), regardless of whether filed in accordance with this section or section 1225(b) of this
# title."
ASYLUM_OFFICE_FOR_CHILDREN = Citation(USC, "§ 1158(b)(3)(C)")
# 8 U.S.C. § 1158(b)(2)(A)(i)-(vi): persecutor, particularly serious crime, serious
# nonpolitical crime, danger to security, terrorism grounds, firm resettlement.
ASYLUM_BARS = Citation(USC, "§ 1158(b)(2)(A)")
PERSECUTOR_BAR = Citation(USC, "§ 1158(b)(2)(A)(i)")
SERIOUS_NONPOLITICAL_CRIME = Citation(USC, "§ 1158(b)(2)(A)(iii)")
TERRORISM_BAR = Citation(USC, "§ 1158(b)(2)(A)(v)")
FIRM_RESETTLEMENT = Citation(USC, "§ 1158(b)(2)(A)(vi)")
# 8 U.S.C. § 1158(b)(2)(B)(i): an aggravated felony is a particularly serious crime for asylum.
AGGRAVATED_FELONY_ASYLUM = Citation(USC, "§ 1158(b)(2)(B)(i)")
# 8 U.S.C. § 1101(a)(48)(B): a term of imprisonment includes the period ordered by the court
# "regardless of any suspension of the imposition or execution".
TERM_OF_IMPRISONMENT = Citation(USC, "§ 1101(a)(48)(B)")
ASYLUM_ONE_CENTRAL_REASON = Citation(USC, "§ 1158(b)(1)(B)(i)")
WITHHOLDING = Citation(USC, "§ 1231(b)(3)")
PARTICULARLY_SERIOUS_CRIME = Citation(USC, "§ 1231(b)(3)(B)")
WITHHOLDING_BARS = Citation(USC, "§ 1231(b)(3)(B)")
# 8 U.S.C. § 1231(b)(3)(B)(iv) and the last sentence of (B): "an alien who is described in
# section 1227(a)(4)(B) of this title shall be considered to be an alien with respect to whom
# there are reasonable grounds for regarding as a danger to the security of the United
# States"; § 1227(a)(4)(B): "Any alien who is described in subparagraph (B) or (F) of
# section 1182(a)(3) of this title is deportable"; § 1182(a)(3)(B): the terrorism grounds.
SECURITY_DANGER = Citation(USC, "§ 1231(b)(3)(B)(iv)")
TERRORIST_ACTIVITIES_DEPORTABLE = Citation(USC, "§ 1227(a)(4)(B)")
TERRORISM_GROUNDS = Citation(USC, "§ 1182(a)(3)(B)")
# 8 U.S.C. § 1182(d)(3)(B)(i): the Secretary of State or of Homeland Security "may determine
# in such Secretary's sole unreviewable discretion that subsection (a)(3)(B) shall not apply"
# to an alien (with exceptions): the terrorism exemptions.
TERRORISM_EXEMPTION = Citation(USC, "§ 1182(d)(3)(B)(i)")

# Regulations (8 C.F.R.)
# 8 C.F.R. § 1208.4(a)(2)(ii) (read again 2026-11-30 in the eCFR copy of repository
# MichalOpoka/ecfr): "The 1-year period shall be calculated from the date of the alien's last
# arrival in the United States or April 1, 1997, whichever is later. When the last day of the
# period so computed falls on a Saturday, Sunday, or legal holiday, the period shall run
# until the end of the next day that is not a Saturday, Sunday, or legal holiday."
LAST_DAY_CARRIED = Citation(CFR, "§ 1208.4(a)(2)(ii)")
# 8 C.F.R. § 1208.4(a) (same reading): "Section 208(a)(2) of the Act prohibits certain aliens
# from filing for asylum on or after April 1, 1997": an application filed before that day is
# outside the one-year deadline.
DEADLINE_TOOK_EFFECT = Citation(CFR, "§ 1208.4(a)")
# 8 C.F.R. § 1208.4(a)(4)(ii): file "within a reasonable period given those changed
# circumstances"; (a)(5): extraordinary circumstances include legal disability (for example,
# an unaccompanied minor).
# 8 C.F.R. § 1208.4(a)(3): "For purposes of section 208(a)(2)(C) of the Act, an asylum
# application has not been denied unless denied by an immigration judge or the Board of
# Immigration Appeals."
PRIOR_DENIAL_BY_COURT = Citation(CFR, "§ 1208.4(a)(3)")
# 8 C.F.R. § 208.15(a)-(b) (65 Fed. Reg. 76135 (Dec. 6, 2000); § 1208.15 read the same until
# the enjoined 2020 rule): not firmly resettled if (a) entry "was a necessary consequence of
# his or her flight from persecution", the stay only "as long as was necessary to arrange
# onward travel", with no "significant ties", or (b) "the conditions of his or her residence
# in that country were so substantially and consciously restricted by the authority of the
# country of refuge that he or she was not in fact resettled".
FIRM_RESETTLEMENT_EXCEPTIONS = Citation(CFR, "§ 208.15(a)-(b)")
# 8 C.F.R. § 1003.31(c): "The Immigration Judge may set and extend time limits for the filing
# of applications ... If an application or document is not filed within the time set by the
# Immigration Judge, the opportunity to file that application or document shall be deemed
# waived."
COURT_FILING_DEADLINE = Citation(CFR, "§ 1003.31(c)")
# 8 C.F.R. § 1208.33(a) (88 Fed. Reg. 31451 (May 16, 2023)): "A rebuttable presumption of
# ineligibility for asylum applies to an alien who enters the United States from Mexico at
# the southwest land border ... without documents" between May 11, 2023 and May 11, 2025,
# after travelling through another country; exceptions in (a)(2) (an unaccompanied child,
# a scheduled port-of-entry appointment, a denial of protection in a transit country),
# rebuttal in (a)(3).
LAWFUL_PATHWAYS = Citation(CFR, "§ 1208.33(a)")
# 8 C.F.R. § 1208.35(a)(1): "An alien who is described in § 1208.13(g) and who is not
# described in section 3(b) of the Presidential Proclamation of June 3, 2024, Securing the
# Border, is ineligible for asylum"; (a)(2)(i): not if the alien shows "by a preponderance
# of the evidence that exceptionally compelling circumstances exist", including, at the time
# of entry, (A) "an acute medical emergency", (B) "an imminent and extreme threat to life or
# safety" or (C) being a "victim of a severe form of trafficking in persons". Section 3(b) of
# the Proclamation (read in its text) excepts, among others, an unaccompanied child and a
# person "who has a valid visa or other lawful permission to seek entry or admission ... or
# presents at a port of entry pursuant to a pre-scheduled time and place"; its section 1
# took effect "at 12:01 a.m. eastern daylight time on June 5, 2024". The provision (a)(1)
# refers to, on who entered during the emergency periods, was not read.
SECURING_THE_BORDER = Citation(CFR, "§ 1208.35(a)")
CHANGED_CIRCUMSTANCES = Citation(CFR, "§ 1208.4(a)(4)")
# 8 C.F.R. § 1208.4(a)(5)(ii) (read 2026-11-30 on eCFR): extraordinary circumstances may
# include "Legal disability (e.g., the applicant was an unaccompanied minor or suffered from
# a mental impairment) during the 1-year period after arrival", if the application is filed
# "within a reasonable period given those circumstances" ((a)(5)).
UNACCOMPANIED_MINOR_DISABILITY = Citation(CFR, "§ 1208.4(a)(5)(ii)")
# 8 C.F.R. § 1208.4(a)(5)(iv) (read 2026-11-30, same copy): extraordinary circumstances may
# include that "The applicant maintained Temporary Protected Status, lawful immigrant or
# nonimmigrant status, or was given parole, until a reasonable period before the filing of
# the asylum application".
LAWFUL_STATUS_EXTRAORDINARY = Citation(CFR, "§ 1208.4(a)(5)(iv)")
EXTRAORDINARY_CIRCUMSTANCES = Citation(CFR, "§ 1208.4(a)(5)")
ASYLUM_PAST_PERSECUTION = Citation(CFR, "§ 1208.13(b)(1)")
# 8 C.F.R. § 1208.13(b)(2)(iii) (read 2026-11-30, same copy): the applicant need not show "a
# reasonable possibility he or she would be singled out individually for persecution" if
# "(A) ... there is a pattern or practice ... of persecution of a group of persons similarly
# situated to the applicant on account of" a protected ground and "(B) ... his or her own
# inclusion in, and identification with, such group"; § 1208.16(b)(2)(i)-(ii) says the same
# for withholding, with "more likely than not". § 1208.16(b)(2) opens: "An applicant who has
# not suffered past persecution may demonstrate that his or her life or freedom would be
# threatened in the future in a country if he or she can establish that it is more likely
# than not that he or she would be persecuted" on account of a protected ground.
PATTERN_OR_PRACTICE = Citation(CFR, "§ 1208.13(b)(2)(iii)")
WITHHOLDING_FUTURE_THREAT = Citation(CFR, "§ 1208.16(b)(2)")
# 8 C.F.R. § 1208.13(b)(2)(i) (read 2026-11-30 on eCFR): a well-founded fear needs "(B)
# There is a reasonable possibility of suffering such persecution if he or she were to
# return"; (b)(2)(ii): none "if the applicant could avoid persecution by relocating ... if
# under all the circumstances it would be reasonable"; (b)(3)(i): without past persecution
# the applicant bears that burden "unless the persecution is by a government or is
# government-sponsored".
WELL_FOUNDED_FEAR = Citation(CFR, "§ 1208.13(b)(2)(i)(B)")
# 8 C.F.R. §§ 1208.13(b)(3)(ii), 1208.16(b)(3)(ii), as read on eCFR with the 2020
# amendments (85 Fed. Reg. 80274, 80396-98 (Dec. 11, 2020)) shown as pending, not in force
# (preliminarily enjoined: Pangea, below): "In cases in which the persecutor is a government
# or is government-sponsored, or the applicant has established persecution in the past, it
# shall be presumed that internal relocation would not be reasonable, unless the Service
# establishes by a preponderance of the evidence that ... it would be reasonable for the
# applicant to relocate." (b)(3)(i): without past persecution the applicant bears that
# burden, "unless the persecutor is a government or is government-sponsored".
ASYLUM_RELOCATION_PRESUMPTION = Citation(CFR, "§ 1208.13(b)(3)(ii)")
WITHHOLDING_RELOCATION_PRESUMPTION = Citation(CFR, "§ 1208.16(b)(3)(ii)")
# 8 C.F.R. § 241.8(e), "Exception for withholding of removal" (read 2026-11-30 in the eCFR
# text of repository codexstanford/markdown-chunk-of-the-usa-code-of-federal-regulation,
# "chuncks/Title 8 - Aliens and Nationality.md/3637.md"; the copy states no "current as of"
# date): "If an alien whose prior order of removal has been reinstated under this section
# expresses a fear of returning to the country designated in that order, the alien shall be
# immediately referred to an asylum officer for an interview to determine whether the alien
# has a reasonable fear of persecution or torture pursuant to § 208.31 of this chapter."
REINSTATED_FEAR_REFERRAL = Citation(CFR, "§ 241.8(e)")
# 8 C.F.R. §§ 208.31(a)-(b), 1208.31(e): a reinstated order and a fear of return mean a
# reasonable fear interview; a positive one goes to an immigration judge "for full
# consideration of the request for withholding of removal only".
REASONABLE_FEAR = Citation(CFR, "§ 208.31")
WITHHOLDING_ONLY = Citation(CFR, "§ 1208.31(e)")
PAST_PERSECUTION_PRESUMPTION = Citation(CFR, "§ 1208.16(b)(1)")
CAT_MORE_LIKELY_THAN_NOT = Citation(CFR, "§ 1208.16(c)(2)")
CAT_ALL_EVIDENCE = Citation(CFR, "§ 1208.16(c)(3)")
# 8 C.F.R. § 1208.16(c)(4): a person entitled to CAT protection but "subject to mandatory
# denial of withholding of removal under paragraphs (d)(2) or (d)(3)" has removal "deferred
# under § 1208.17(a)"; (d)(2): withholding of either kind "shall be denied if the applicant
# falls within section 241(b)(3)(B) of the Act".
CAT_DEFERRAL_FOR_BARRED = Citation(CFR, "§ 1208.16(c)(4)")
MANDATORY_DENIAL = Citation(CFR, "§ 1208.16(d)(2)")
# 8 C.F.R. § 1208.17(a), "Grant of deferral of removal" (read 2026-11-30 in the same copy,
# ".../5695.md"): "An alien who: has been ordered removed; has been found under
# § 1208.16(c)(3) to be entitled to protection under the Convention Against Torture; and is
# subject to the provisions for mandatory denial of withholding of removal under
# § 1208.16(d)(2) or (d)(3), shall be granted deferral of removal to the country where he or
# she is more likely than not to be tortured." Its twin, 8 C.F.R. § 208.17(a) (".../955.md"),
# says the same with §§ 208.16(c)(3) and 208.16(d)(2)-(3). Nothing in (a) excepts anyone
# barred from withholding: the bars send a person to deferral, they do not close it.
CAT_DEFERRAL = Citation(CFR, "§ 1208.17(a)")
TORTURE_DEFINED = Citation(CFR, "§ 1208.18(a)(1)")
LAWFUL_SANCTIONS = Citation(CFR, "§ 1208.18(a)(3)")  # not pain "incidental to lawful sanctions"
MENTAL_PAIN = Citation(CFR, "§ 1208.18(a)(4)")  # mental pain "must be prolonged mental harm
# caused by or resulting from" (i) threatened severe physical pain, (ii) mind-altering
# substances or procedures, (iii) "The threat of imminent death" or (iv) such a threat to
# another person
SPECIFIC_INTENT = Citation(CFR, "§ 1208.18(a)(5)")  # "specifically intended"
ACQUIESCENCE_DEFINED = Citation(CFR, "§ 1208.18(a)(7)")

# Barajas-Romero v. Lynch, 846 F.3d 351 (9th Cir. 2017)
SEED_CONVICTIONS = Citation(SEED, "354-55", SEED_COURT)  # drug and stolen-property
# convictions (354); still "found statutorily eligible for withholding of removal and
# Convention Against Torture relief" (355)
SEED_REINSTATEMENT = Citation(SEED, "355", SEED_COURT)  # ICE reinstated the 1998 order
SEED_MEDICAL_EVIDENCE = Citation(SEED, "355-56", SEED_COURT)  # physician's reports of scars
SEED_ESCALATION_FACTS = Citation(SEED, "355-56", SEED_COURT)  # "The torture became much
# worse after Barajas-Romero's 'corrupt cops' remark" (355); "ample evidence that the police
# escalated their torture considerably ... after he voiced his opposition to police
# corruption" (356: the whole sentence precedes the *357 marker, though the OCR prints the
# margin number "357" at the head of its last line)
SEED_PERSECUTORS_MOTIVE = Citation(SEED, "357", SEED_COURT)  # the persecutor's motive; "no
# idea what the victim's political opinion is" means no nexus; mixed motives
SEED_MIXED_MOTIVES = Citation(SEED, "357-58", SEED_COURT)  # Borja: pro-government remark
# and protection money; "at least in part"
SEED_ONE_CENTRAL_REASON = Citation(SEED, "358", SEED_COURT)  # REAL ID Act: "at least one
# central reason" for asylum only; the client "seeks withholding of removal, not asylum"
SEED_A_REASON = Citation(SEED, "358-60", SEED_COURT)  # the withholding statute says "a reason"
SEED_C_T_L = Citation(SEED, "359", SEED_COURT)  # the BIA's Matter of C-T-L- rejected
SEED_ZETINO = Citation(SEED, "359-60", SEED_COURT)  # Zetino: no nexus at all
SEED_A_REASON_HOLDING = Citation(SEED, "360", SEED_COURT)  # "a reason" is less demanding;
# withholding needs "more likely than not"; the torture became much worse after the remark
SEED_CAT = Citation(SEED, "361", SEED_COURT)  # CAT: more likely than not; no protected
# ground needed; killing; public official; all evidence incl. past torture and country
# conditions; acquiescence requires prior awareness and breach of duty
SEED_NO_ROGUE_OFFICIAL = Citation(SEED, "362-63", SEED_COURT)  # no "rogue official" exception;
# off-duty local police are still public officials
SEED_ACQUIESCENCE = Citation(SEED, "363", SEED_COURT)  # awareness or closing one's eyes;
# unable or unwilling; ineffectiveness not enough absent corruption; Madrigal
SEED_RELOCATION = Citation(SEED, "363-64", SEED_COURT)  # marked forehead; State Department
# report; Maldonado: no burden to prove relocation impossible; past torture substantial

# Cases discussed by name in the seed, and later authorities (not in the seed, which predates
# or does not mention them). What each is relied on for, what was read of it (the seed's page
# discussing it; for the later ones their holding, headnote or opening, checked on 2026-11-29
# or 2026-11-30) and the words quoted from it are data: its authority note in
# ``sources.NOTES``, shown at /sources/notes/<slug>/. Loper Bright links to its opinion
# (``sources.OPINIONS``).
BORJA = Citation("Borja v. INS", "175 F.3d 732 (9th Cir. 1999)", "en banc")
ZETINO = Citation("Zetino v. Holder", "622 F.3d 1007", "9th Cir. 2010")
C_T_L = Citation("Matter of C-T-L-", "25 I&N Dec. 341", "BIA 2010")
MADRIGAL = Citation("Madrigal v. Holder", "716 F.3d 499", "9th Cir. 2013")
MALDONADO = Citation("Maldonado v. Lynch", "786 F.3d 1155 (9th Cir. 2015)", "en banc")
ELIAS_ZACARIAS = Citation("INS v. Elias-Zacarias", "502 U.S. 478, 482", "1992")

GUZMAN_VAZQUEZ = Citation("Guzman-Vazquez v. Barr", "959 F.3d 253", "6th Cir. 2020")
QUITUIZACA = Citation("Quituizaca v. Garland", "52 F.4th 103", "2d Cir. 2022")
O_F_A_S = Citation("Matter of O-F-A-S-", "28 I&N Dec. 35", "A.G. 2020")
# Matter of J-G-R- (read 2026-11-30 with the search tool: headnote (2) in casetext's copy;
# the body as quoted by sabrinadamast.com): "The key consideration ... is whether the
# official was able to engage in the conduct because of his or her government position";
# "Also relevant to, but not dispositive of, the 'under color of law' analysis is whether a
# law enforcement officer was on duty and in official uniform"; "Another relevant
# consideration ... is whether the official threatened and had the ability to retaliate
# through governmental channels if the victim reported the conduct to authorities."
J_G_R = Citation("Matter of J-G-R-", "28 I&N Dec. 733", "BIA 2023")
Y_L = Citation("Matter of Y-L-, A-G- & R-S-R-", "23 I&N Dec. 270", "A.G. 2002")
LOPER_BRIGHT = Citation("Loper Bright Enters. v. Raimondo", "144 S. Ct. 2244", "2024")  #
# Chevron overruled: courts no longer defer to an agency's reading of an ambiguous statute
MIGUEL_MIGUEL = Citation("Miguel-Miguel v. Gonzales", "500 F.3d 941", "9th Cir. 2007")
M_H_Z = Citation("Matter of M-H-Z-", "26 I&N Dec. 757", "BIA 2016")
C_G_T = Citation("Matter of C-G-T-", "28 I&N Dec. 740", "BIA 2023")
M_A_C_O = Citation("Matter of M-A-C-O-", "27 I&N Dec. 477", "BIA 2018")
J_F_F = Citation("Matter of J-F-F-", "23 I&N Dec. 912", "A.G. 2006")
M_E_V_G = Citation("Matter of M-E-V-G-", "26 I&N Dec. 227", "BIA 2014")
W_G_R = Citation("Matter of W-G-R-", "26 I&N Dec. 208", "BIA 2014")
M_Z_M_R = Citation("Matter of M-Z-M-R-", "26 I&N Dec. 28", "BIA 2012")
BRINGAS_RODRIGUEZ = Citation(
    "Bringas-Rodriguez v. Sessions", "850 F.3d 1051 (9th Cir. 2017)", "en banc"
)
DELGADO_ORTIZ = Citation("Delgado-Ortiz v. Holder", "600 F.3d 1148", "9th Cir. 2010")
GARCIA_MILIAN = Citation("Garcia-Milian v. Holder", "755 F.3d 1026", "9th Cir. 2014")
PEREZ_GUZMAN = Citation("Perez-Guzman v. Lynch", "835 F.3d 1066", "9th Cir. 2016")
PANGEA = Citation(
    "Pangea Legal Servs. v. U.S. Dep't of Homeland Sec.", "512 F. Supp. 3d 966", "N.D. Cal. 2021"
)

#: The date the law in these rules was last checked (2026-11-29, with the additions of
#: 2026-11-30: 8 C.F.R. § 1208.4(a)(5)(ii), 6 U.S.C. § 279(g)(2), Matter of M-A-C-O-,
#: 8 C.F.R. §§ 241.8(e), 208.17(a) and 1208.17(a), found on a third search, and a third
#: search for the circuit cases, which again reached only their openings), and what was
#: checked. Shown in a caveat; ``law_as_of`` in the wizard is this date.
LAW_CHECKED_ON = "2026-11-30"
LAW_CHECKED = (
    "8 U.S.C. §§ 1158(a)(2)(B)-(E), (b)(2)(A)-(B) and (b)(3)(C), 1231(a)(5) "
    "and (b)(3), 1227(a)(4)(B), "
    "1182(a)(3)(B) and (d)(3)(B)(i), 1101(a)(48)(B); 6 U.S.C. § 279(g)(2); 8 C.F.R. §§ "
    "1208.4(a)(2)(ii), (a) (its opening) and (a)(3)-(5), 1208.13(b) (with (b)(1)-(3) read "
    "again 2026-11-30), "
    "1208.16(b)-(d), 1208.17(a) (and its twin 208.17(a)), 1208.18(a), 208.15, 208.31, "
    "1208.31, 241.8(e), "
    "1208.33(a), 1208.35(a), 1003.31(c); Matter of Y-L-, M-H-Z-, M-A-C-O- (its headnote), "
    "C-G-T- (its headnotes), "
    "J-F-F-, M-E-V-G-, W-G-R-, O-F-A-S-, J-G-R-, M-Z-M-R-; Bringas-Rodriguez, Delgado-Ortiz, "
    "Garcia-Milian, Perez-Guzman, Miguel-Miguel, Guzman-Vazquez (6th Cir.) and Quituizaca (2d "
    "Cir.); Loper Bright (Chevron overruled); Pangea Legal Services v. DHS (the 2020 "
    "amendments enjoined); INS v. Elias-Zacarias; the State Department's designation of MS-13, "
    "Tren de Aragua and six Mexican cartels as Foreign Terrorist Organizations (statement of "
    "Feb. 20, 2025)"
)
#: What the check could not confirm: named in a caveat for a lawyer to check, never cited.
LAW_NOT_CONFIRMED = (
    "the holdings of the "
    "Third, Fourth and Fifth Circuits on the withholding nexus standard (each case was found "
    "and its opening read, but not the passage on the standard); the Fifth Circuit's test "
    "for a government unable to control private persecutors (seen only in case summaries: "
    "a government that condoned the harm or was completely helpless to protect the victim); "
    "whether an unaccompanied "
    "child who has turned 18 keeps the exemption from the one-year deadline (no holding on "
    "the deadline itself was found); the provision "
    "§ 1208.35(a)(1) refers to for who entered during the 2024 rule's emergency periods, the "
    "dates those periods ran, and whether § 1208.35 has since been set aside"
)
