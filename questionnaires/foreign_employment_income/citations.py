"""Authorities for the foreign employment income exemption (s 23AG ITAA 1936).

Every paragraph number of CR 2005/54 below is checked against the ruling's text
(``tests/sources/002_2b4c8d514b51e2fd.txt``) by ``tests/foreign_employment_income/
test_citations.py``. TR 96/15, IT 2441 and IT 2650 are cited only as CR 2005/54 cites them.
TD 2012/8 para 1, ITAA 1997 s 6-5(3) and Div 770, and the application items of the 2005 and
2009 amending Acts (Sch 1 item 5 and Sch 1 item 2) were read on the ATO legal database.
The s 23AG(1AA) paragraphs follow the text inserted by
the Tax Laws Amendment (2009 Budget Measures No. 1) Act 2009, Sch 1 item 1; s 23AG(6A)-(6B)
follow the text substituted by the Tax Laws Amendment (2005 Measures No. 5) Act 2005, Sch 1
item 3 (which replaced the earlier subsections (6A) to (6E)).
"""

from questionnaires.framework.determination import Citation

ITAA_1936 = "ITAA 1936"
ITAA_1997 = "ITAA 1997"
CR = "CR 2005/54"

# Income Tax Assessment Act 1936, section 23AG
S23AG_1 = Citation(ITAA_1936, "s 23AG(1)")
_ACT_2005 = "Tax Laws Amendment (2005 Measures No. 5) Act 2005"
_ACT_2009 = "Tax Laws Amendment (2009 Budget Measures No. 1) Act 2009"
_INSERTED_2009 = f"inserted by the {_ACT_2009}"
S23AG_1AA = Citation(ITAA_1936, "s 23AG(1AA)", _INSERTED_2009)
S23AG_1AA_A = Citation(ITAA_1936, "s 23AG(1AA)(a)", _INSERTED_2009)
S23AG_1AA_B = Citation(ITAA_1936, "s 23AG(1AA)(b)", _INSERTED_2009)
S23AG_1AA_C = Citation(ITAA_1936, "s 23AG(1AA)(c)", _INSERTED_2009)
S23AG_1AA_D = Citation(ITAA_1936, "s 23AG(1AA)(d)", _INSERTED_2009)
S23AG_1AA_E = Citation(ITAA_1936, "s 23AG(1AA)(e)", _INSERTED_2009)
S23AG_2_A_B = Citation(ITAA_1936, "s 23AG(2)(a)-(b)", "double tax agreements")
S23AG_2_C_D = Citation(ITAA_1936, "s 23AG(2)(c)-(d)", "foreign law exempting or not taxing")
S23AG_2_E_G = Citation(ITAA_1936, "s 23AG(2)(e)-(g)", "privileges and immunities")
S23AG_3 = Citation(ITAA_1936, "s 23AG(3)")
S23AG_6 = Citation(ITAA_1936, "s 23AG(6)")
S23AG_6A_6B = Citation(
    ITAA_1936,
    "s 23AG(6A)-(6B)",
    "substituted by the Tax Laws Amendment (2005 Measures No. 5) Act 2005",
)
S23AG_1A = Citation(
    ITAA_1936, "s 23AG(1A)", f"inserted by the {_ACT_2005}; deaths on or after 1 July 2004"
)
#: The earlier rule for joining periods, for foreign service before the 2005 Act's assent.
S23AG_6A_6E_BEFORE_2005 = Citation(
    ITAA_1936, "s 23AG(6A)-(6E)", f"as in force before the {_ACT_2005} replaced them"
)
S23AG_6D = Citation(
    ITAA_1936,
    "s 23AG(6D)",
    f"as in force before the {_ACT_2005} repealed it; as cited in CR 2005/54, para 66",
)
ACT_2005_APPLICATION = Citation(_ACT_2005, "Sch 1 item 5", "application")
ACT_2009_APPLICATION = Citation(_ACT_2009, "Sch 1 item 2", "application")
S23AG_7 = Citation(ITAA_1936, "s 23AG(7)")

# Income Tax Assessment Act 1997
S6_5_2 = Citation(ITAA_1997, "s 6-5(2)")
S6_5_3 = Citation(ITAA_1997, "s 6-5(3)", "foreign residents: Australian-source income")
DIV_770 = Citation(ITAA_1997, "Div 770", "foreign income tax offset")
S6_15_2 = Citation(ITAA_1997, "s 6-15(2)")
S11_15 = Citation(ITAA_1997, "s 11-15")

# Class Ruling CR 2005/54
CR_CLASS = Citation(CR, "paras 3-6", "class of persons")
CR_QUALIFICATIONS = Citation(CR, "paras 7-9", "binding only on the arrangement described")
CR_DATE_OF_EFFECT = Citation(CR, "para 11", "date of effect")
CR_ARRANGEMENT = Citation(CR, "paras 12-35", "the arrangement")
CR_ALLOWANCES = Citation(CR, "para 21", "allowances")
CR_RULING = Citation(CR, "para 36")
CR_NOT_EXEMPT_ALLOWANCES = Citation(CR, "para 37")
CR_ASSESSABLE = Citation(CR, "paras 38-41", "assessable and exempt income")
CR_BASIC_TESTS = Citation(CR, "paras 43-44")
CR_RESIDENCY = Citation(CR, "paras 45-46")
CR_FOREIGN_SERVICE = Citation(CR, "paras 47-50")
CR_91_DAYS = Citation(CR, "paras 51-52")
CR_RETURN_TO_POSTING = Citation(CR, "para 53")
CR_TEMPORARY_ABSENCES = Citation(CR, "paras 54-56")
CR_CYCLICAL = Citation(CR, "paras 57-62", "cyclical arrangements")
CR_FURTHER_LEAVE = Citation(CR, "para 63")
CR_TRAINING = Citation(CR, "para 64")
CR_AUSTRALIAN_LEAVE = Citation(CR, "paras 65-66")
CR_FOREIGN_EARNINGS = Citation(CR, "paras 67-70")
CR_EXCLUSIONS = Citation(CR, "paras 67-68", "pensions, annuities, termination payments")
CR_AUSTRALIAN_ACCOUNT = Citation(CR, "para 71")
CR_FROM_THAT_SERVICE = Citation(CR, "para 72")
CR_PAID_AFTER_RETURN = Citation(CR, "para 73")
CR_LEAVE_PAY = Citation(CR, "para 74")
CR_PRE_DEPLOYMENT = Citation(CR, "para 75")
CR_TRANSFER = Citation(CR, "para 76")
CR_SOLELY = Citation(CR, "para 77")
CR_NAURU_NO_TAX = Citation(CR, "paras 78-81", "Nauru has no income tax")
CR_OTHER_REASON = Citation(CR, "para 81", "exempt abroad for another, unlisted reason")
CR_NAURU_AGREEMENT = Citation(CR, "paras 35, 82-83", "Article 11.4 of the Agreement")
CR_PROGRESSION = Citation(CR, "paras 84-85")
CR_PROGRESSION_EXAMPLE = Citation(CR, "para 86")

# Rulings as the seed cites them
TR_96_15_RETURN = Citation("TR 96/15", "paras 9-16", "as cited in CR 2005/54, para 53")
TR_96_15_ABSENCES = Citation("TR 96/15", "para 11", "as cited in CR 2005/54, para 54")
IT_2441 = Citation("IT 2441", "as cited in CR 2005/54, paras 57-58")
IT_2650 = Citation("IT 2650", "as cited in CR 2005/54, para 45")

# The Commissioner's published views (public rulings)
TR_2013_7 = Citation("TR 2013/7", "para 1", "interpretation of s 23AG(1AA)")
TD_2012_8 = Citation(
    "TD 2012/8", "para 1", "temporary absences that form part of a period of foreign service"
)
