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
later authorities (Guzman-Vazquez, Gonzalez-Posadas, O-F-A-S-) are cited in full form with no
pinpoint page, because none could be verified: the reporter citation stands where a
pinpoint would go, so ``Citation.text`` reads "Zetino v. Holder, 622 F.3d 1007 (9th Cir.
2010)". Each finding that cites one of them also cites the page of Barajas-Romero that
discusses it (listed beside each constant).
"""

from questionnaires.framework.determination import Citation

USC = "8 U.S.C."
CFR = "8 C.F.R."
SEED = "Barajas-Romero v. Lynch, 846 F.3d 351"
SEED_COURT = "9th Cir. 2017"

# Statutes (8 U.S.C.)
REINSTATEMENT = Citation(USC, "§ 1231(a)(5)")
ASYLUM_ONE_CENTRAL_REASON = Citation(USC, "§ 1158(b)(1)(B)(i)")
WITHHOLDING = Citation(USC, "§ 1231(b)(3)")
PARTICULARLY_SERIOUS_CRIME = Citation(USC, "§ 1231(b)(3)(B)")

# Regulations (8 C.F.R.)
PAST_PERSECUTION_PRESUMPTION = Citation(CFR, "§ 1208.16(b)(1)")
CAT_MORE_LIKELY_THAN_NOT = Citation(CFR, "§ 1208.16(c)(2)")
CAT_ALL_EVIDENCE = Citation(CFR, "§ 1208.16(c)(3)")
MANDATORY_DENIAL = Citation(CFR, "§ 1208.16(d)(2)")
CAT_DEFERRAL = Citation(CFR, "§ 1208.17(a)")
TORTURE_DEFINED = Citation(CFR, "§ 1208.18(a)(1)")
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

# Cases discussed by name in the seed (see the seed page cited beside them)
BORJA = Citation("Borja v. INS", "175 F.3d 732 (9th Cir. 1999)", "en banc")  # seed 357-58
ZETINO = Citation("Zetino v. Holder", "622 F.3d 1007", "9th Cir. 2010")  # seed 359-60
C_T_L = Citation("Matter of C-T-L-", "25 I&N Dec. 341", "BIA 2010")  # seed 359
MADRIGAL = Citation("Madrigal v. Holder", "716 F.3d 499", "9th Cir. 2013")  # seed 363
MALDONADO = Citation("Maldonado v. Lynch", "786 F.3d 1155 (9th Cir. 2015)", "en banc")  # 364

# Later authorities (not in the seed, which predates or does not mention them)
GUZMAN_VAZQUEZ = Citation("Guzman-Vazquez v. Barr", "959 F.3d 253", "6th Cir. 2020")
GONZALEZ_POSADAS = Citation("Gonzalez-Posadas v. Att'y Gen.", "781 F.3d 677", "3d Cir. 2015")
O_F_A_S = Citation("Matter of O-F-A-S-", "28 I&N Dec. 35", "A.G. 2020")
