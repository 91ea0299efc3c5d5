"""One business activity of the form: KBLI (search as you type), product or service, workers,
planned investment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.records import Activity, ActivityKind
from fieldkit.domain.reference import Kbli
from fieldkit.refdata import ReferenceData
from fieldkit.ui.widgets.field_message import FieldMessage
from fieldkit.ui.widgets.number_edit import NumberEdit
from fieldkit.ui.widgets.search_field import Match, SearchField

KBLI_RESULTS = 12
KBLI_TEXT_LIMIT = 10  # what a draft may hold in the KBLI field (fieldkit.domain.storable)


def kbli_label(kbli: Kbli) -> str:
    return f"{kbli.code} {kbli.title}"


class ActivityEditor(QGroupBox):
    """Signals: ``activity_did_edit()`` on any change; ``removal_did_request()`` for "Hapus"."""

    activity_did_edit = Signal()
    removal_did_request = Signal()

    FIELDS = ("kbli", "kind", "product", "workers", "investment")

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        outer = QVBoxLayout(self)
        self.general = FieldMessage()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kbli = SearchField(self._search_kbli)
        self.kbli.setPlaceholderText(self.tr("Ketik kode atau kata, mis. warung makan, lalu Enter"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Produk (barang)"), ActivityKind.PRODUCT.value)
        self.kind.addItem(self.tr("Jasa"), ActivityKind.SERVICE.value)
        self.product = QLineEdit()
        self.product.setPlaceholderText(self.tr("mis. nasi goreng, jasa jahit"))
        self.workers = NumberEdit()
        self.workers.setMaximumWidth(120)
        self.investment = NumberEdit()
        self.investment.setPlaceholderText("0")
        self.investment.setMaximumWidth(220)
        self.messages: dict[str, FieldMessage] = {}
        labels = {
            "kbli": self.tr("&KBLI"),
            "kind": self.tr("Jenis"),
            "product": self.tr("Produk/&jasa"),
            "workers": self.tr("Tenaga kerja (orang)"),
            "investment": self.tr("Rencana investasi (Rp)"),
        }
        for name in self.FIELDS:
            widget = self.widget(name)
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            message = FieldMessage()
            column.addWidget(message)
            self.messages[name] = message
            label = QLabel(labels[name])
            label.setBuddy(widget)
            form.addRow(label, cell)
        top = QHBoxLayout()
        top.addWidget(self.general, 1)
        self.remove_button = QPushButton(self.tr("Hapus kegiatan ini"))
        top.addWidget(self.remove_button)
        outer.addLayout(top)
        outer.addLayout(form)
        self.remove_button.clicked.connect(self.removal_did_request)
        for edit in (self.kbli, self.product, self.workers, self.investment):
            edit.textChanged.connect(self.activity_did_edit)
        self.kind.currentIndexChanged.connect(self.activity_did_edit)

    def widget(self, name: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "kbli": self.kbli,
            "kind": self.kind,
            "product": self.product,
            "workers": self.workers,
            "investment": self.investment,
        }
        return widgets[name]

    def focusables(self) -> list[QWidget]:
        return [
            self.remove_button,
            self.kbli,
            self.kind,
            self.product,
            self.workers,
            self.investment,
        ]

    def set_number(self, number: int) -> None:
        self.setTitle(self.tr("Kegiatan usaha %1").replace("%1", str(number)))
        for name in self.FIELDS:
            self.widget(name).setObjectName(f"activity_{number - 1}_{name}")

    def _search_kbli(self, query: str) -> list[Match]:
        return [(k.code, kbli_label(k)) for k in self._reference.search_kbli(query, KBLI_RESULTS)]

    # --- values ---------------------------------------------------------------------------------

    def activity(self) -> Activity:
        text = self.kbli.text().strip()
        code = self.kbli.value() or (text if len(text) <= KBLI_TEXT_LIMIT else "")
        return Activity(
            kbli=code,
            kind=ActivityKind(self.kind.currentData()),
            product=self.product.text(),
            workers=self.workers.value() or 0,
            investment=self.investment.value() or 0,
        )

    def set_activity(self, activity: Activity) -> None:
        kbli = self._reference.kbli(activity.kbli)
        if kbli is not None:
            self.kbli.restore(kbli.code, kbli_label(kbli))
        else:
            self.kbli.restore("", activity.kbli)
        self.kind.setCurrentIndex(max(0, self.kind.findData(activity.kind.value)))
        self.product.setText(activity.product)
        self.workers.set_value(activity.workers)
        self.investment.set_value(activity.investment)

    def snapshot(self) -> dict[str, Any]:
        return {
            "kbli_value": self.kbli.value(),
            "kbli_text": self.kbli.text(),
            "kind": self.kind.currentData(),
            "product": self.product.text(),
            "workers": self.workers.text(),
            "investment": self.investment.text(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        self.kbli.restore(str(values.get("kbli_value", "")), str(values.get("kbli_text", "")))
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind"))))
        self.product.setText(str(values.get("product", "")))
        self.workers.setText(str(values.get("workers", "")))
        self.investment.setText(str(values.get("investment", "")))
