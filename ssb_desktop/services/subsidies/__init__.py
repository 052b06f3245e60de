"""Subsidies for volunteer organisations (DOMAIN.md section 5).

- :mod:`rules`: every rule, written once, pure (no session, no database);
- :mod:`allocation`: the allocation engine, pure;
- :mod:`service`: schemes, applications, the status flow, decisions and money overviews;
- :mod:`exchange`: the Excel exchange (imports and exports).

The service's functions are available from the package itself (``subsidies.decide``).
"""

from ssb_desktop.services.subsidies import rules
from ssb_desktop.services.subsidies.rules import UNDECIDED, USING_BUDGET
from ssb_desktop.services.subsidies.service import (
    apply_allocation,
    assess_report,
    budget_use,
    change_ceiling,
    check_application,
    check_received_in_period,
    check_scheme,
    close,
    contract_holder,
    decide,
    deciding_organisation,
    get_application,
    get_scheme,
    letter_contents,
    list_applications,
    list_completeness_requests,
    list_payments,
    list_schemes,
    mark_complete,
    money_per_theme_and_district,
    pay_advance,
    receive_report,
    refuse,
    register_of_organisation,
    remind_report,
    reminder_content,
    request_completion,
    save_application,
    save_scheme,
    settle,
    settlement_proposal,
    trial_allocation,
    withdraw,
)

__all__ = [
    "UNDECIDED",
    "USING_BUDGET",
    "apply_allocation",
    "assess_report",
    "budget_use",
    "change_ceiling",
    "check_application",
    "check_received_in_period",
    "check_scheme",
    "close",
    "contract_holder",
    "decide",
    "deciding_organisation",
    "get_application",
    "get_scheme",
    "letter_contents",
    "list_applications",
    "list_completeness_requests",
    "list_payments",
    "list_schemes",
    "mark_complete",
    "money_per_theme_and_district",
    "pay_advance",
    "receive_report",
    "refuse",
    "register_of_organisation",
    "remind_report",
    "reminder_content",
    "request_completion",
    "rules",
    "save_application",
    "save_scheme",
    "settle",
    "settlement_proposal",
    "trial_allocation",
    "withdraw",
]
