"""Protection from removal: asylum (for contrast), withholding of removal (8 U.S.C.
§ 1231(b)(3)), and withholding and deferral of removal under the Convention Against Torture
(8 C.F.R. §§ 1208.16(c), 1208.17(a)).

The analysis runs as *Barajas-Romero v. Lynch*, 846 F.3d 351 (9th Cir. 2017) runs it: is
asylum open at all (a reinstated order), the particularly serious crime bar, the link to a
protected reason ("nexus") under each standard and the one the client's circuit applies,
the presumption from past persecution and the likelihood of future harm, then the
Convention Against Torture: no protected reason needed, torture, state action (with the
"rogue official" question), relocation and the likelihood of future torture. The four
forms of relief and the overall outcome are built from those findings.

One module per part of the analysis, in its order: answers (the facts), bars,
deadline (the one-year asylum deadline),
persecution, nexus, torture and state action, relocation, outcome (the four forms of
relief), report (the whole screening: evidence, warnings, next steps, caveats). Pure
Python: no Django. The free-text answers (what happened, the convictions, why a place
would be safe) are kept on the record for the lawyer and never parsed by these rules.
"""

from questionnaires.framework.wording import YesNo  # noqa: F401  (callers read rules.YesNo)

from .answers import *  # noqa: F403  (the public names every caller reads as rules.X)
from .bars import *  # noqa: F403
from .deadline import *  # noqa: F403
from .nexus import *  # noqa: F403
from .outcome import *  # noqa: F403
from .persecution import *  # noqa: F403
from .relocation import *  # noqa: F403
from .report import *  # noqa: F403
from .torture import *  # noqa: F403
