"""Which view class fills which page of the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from fieldkit.ui.context import ViewContext
from fieldkit.ui.main_window import DETAIL, FORM, LIST, REPORTS, SETUP, SIGN_IN, VISIT
from fieldkit.ui.views.applicants import ApplicantsView
from fieldkit.ui.views.detail import ApplicationDetailView
from fieldkit.ui.views.form import ApplicationFormView
from fieldkit.ui.views.reports import ReportsView
from fieldkit.ui.views.setup import SetupView
from fieldkit.ui.views.sign_in import SignInView
from fieldkit.ui.views.visit import VisitView


def page_factories() -> dict[str, Callable[[ViewContext], QWidget]]:
    return {
        SETUP: SetupView,
        SIGN_IN: SignInView,
        VISIT: VisitView,
        FORM: ApplicationFormView,
        LIST: ApplicantsView,
        DETAIL: ApplicationDetailView,
        REPORTS: lambda context: ReportsView(context, context.services.reports),
    }
