"""Foreign employment income exemption: s 23AG of the Income Tax Assessment Act 1936.

One module per step of the legal analysis in Class Ruling CR 2005/54 (paras 43-86), in
the order a lawyer reads them: the income year and the s 23AG(1AA) activity limit
(``activity_limit``), residency (``residency``), foreign service and its period
(``service``, measured by ``absences``), whether the ruling itself binds the Commissioner
(``class_ruling``), foreign earnings from that foreign service (``earnings``), the
s 23AG(2) "solely" test (``solely``), then exemption with progression (``progression``);
``determination`` puts them together.

Pure Python: no Django. The same facts always give the same determination.
"""

from questionnaires.framework.wording import YesNo

from .absences import (
    JoinedPeriod,
    PeriodError,
    ServicePeriod,
    measure_foreign_service,
    periods_joined_by_the_one_sixth_rule,
)
from .activity_limit import exemption_limited_to_listed_activities
from .answers import (
    ABSENCE_KIND_LABELS,
    COUNTING_ABSENCES,
    LISTED_REASONS,
    UNLISTED_REASONS,
    AbsenceKind,
    Activity,
    ForeignTaxReason,
    Outcome,
    Payment,
    PaymentCircumstance,
    ResidencyChange,
    WorkCapacity,
)
from .class_ruling import covered_by_class_ruling
from .determination import determine
from .earnings import PAYMENT_RULES, PaymentRule, foreign_earnings_from_that_foreign_service
from .facts import (
    ACTIVITY_LIMIT_START,
    Absence,
    Facts,
    RateSchedule,
    inclusive_days,
    income_year_start,
)
from .progression import (
    Progression,
    ProgressionStatus,
    exemption_with_progression,
    income_tax_on,
    medicare_levy_on,
    tax_with_progression,
)
from .residency import australian_resident
from .service import (
    continuous_foreign_service_of_91_days,
    engaged_in_foreign_service,
    foreign_service_data,
)
from .solely import exempt_abroad_solely_for_listed_reasons

__all__ = [
    "ABSENCE_KIND_LABELS",
    "ACTIVITY_LIMIT_START",
    "COUNTING_ABSENCES",
    "LISTED_REASONS",
    "PAYMENT_RULES",
    "UNLISTED_REASONS",
    "Absence",
    "AbsenceKind",
    "Activity",
    "Facts",
    "ForeignTaxReason",
    "JoinedPeriod",
    "Outcome",
    "Payment",
    "PaymentCircumstance",
    "PaymentRule",
    "PeriodError",
    "Progression",
    "ProgressionStatus",
    "RateSchedule",
    "ResidencyChange",
    "ServicePeriod",
    "WorkCapacity",
    "YesNo",
    "australian_resident",
    "continuous_foreign_service_of_91_days",
    "covered_by_class_ruling",
    "determine",
    "engaged_in_foreign_service",
    "exempt_abroad_solely_for_listed_reasons",
    "exemption_limited_to_listed_activities",
    "exemption_with_progression",
    "foreign_earnings_from_that_foreign_service",
    "foreign_service_data",
    "inclusive_days",
    "income_tax_on",
    "income_year_start",
    "measure_foreign_service",
    "medicare_levy_on",
    "periods_joined_by_the_one_sixth_rule",
    "tax_with_progression",
]
