"""Which view class fills which page of the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from fieldkit.ui.context import ViewContext
from fieldkit.ui.main_window import (
    CALLBACKS,
    DETAIL,
    FORM,
    LIST,
    REPORTS,
    SETUP,
    SIGN_IN,
    SYNC,
    VISIT,
)
from fieldkit.ui.sync_controller import SyncController
from fieldkit.ui.views.applicants import ApplicantsView
from fieldkit.ui.views.callbacks import CallbacksView
from fieldkit.ui.views.detail import ApplicationDetailView
from fieldkit.ui.views.form import ApplicationFormView
from fieldkit.ui.views.reports import ReportsView
from fieldkit.ui.views.setup import SetupView
from fieldkit.ui.views.sign_in import SignInView
from fieldkit.ui.views.sync_panel import SyncPanelView
from fieldkit.ui.views.visit import VisitView


def _sync(context: ViewContext) -> SyncController:
    if context.sync is None:
        raise ValueError("the sync pages need the main window's SyncController")
    return context.sync


def page_factories() -> dict[str, Callable[[ViewContext], QWidget]]:
    return {
        SETUP: SetupView,
        SIGN_IN: SignInView,
        VISIT: VisitView,
        FORM: ApplicationFormView,
        LIST: ApplicantsView,
        DETAIL: ApplicationDetailView,
        REPORTS: lambda context: ReportsView(context, context.services.reports),
        SYNC: lambda context: SyncPanelView(context, _sync(context)),
        CALLBACKS: lambda context: CallbacksView(context, _sync(context)),
    }
