"""Steps 2 and 3 of the first-run setup: the office server (or offline for now) and the printer.

Step 1 is the setup page (``fieldkit.ui.views.setup``: office, first supervisor, operators);
once it is saved (and the new laptop's recovery key was shown), this wizard asks the rest. Both
choices are ordinary settings that can be changed later: the address in *Sinkronisasi →
Sambungkan ke server…* (it is filled in there), the printer and paper in the print dialog.
The rules are the services' (``SyncFacade.set_server_address``, ``ReceiptService``); Enter goes
to the next step, Alt+letter reaches every field.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldkit.receipts.layouts import Layout
from fieldkit.services.errors import ServiceError
from fieldkit.services.receipts import PrintChoice, ReceiptService
from fieldkit.services.sync_protocol import SyncFacade
from fieldkit.ui.messages import error_text
from fieldkit.ui.widgets.error_label import ErrorLabel


class ServerPage(QWizardPage):
    def __init__(self, sync: SyncFacade | None) -> None:
        super().__init__()
        self._sync = sync
        self.setTitle(self.tr("Langkah 2 dari 3: Server kantor"))
        self.setSubTitle(
            self.tr(
                "fieldkit bekerja tanpa internet. Data dikirim ke server kantor bila ada "
                "sambungan. Alamat bisa diisi atau diubah nanti di Sinkronisasi → Sambungkan "
                "ke server."
            )
        )
        self.offline_radio = QRadioButton(self.tr("&Offline saja untuk sekarang"))
        self.offline_radio.setObjectName("first_run_offline")
        self.server_radio = QRadioButton(self.tr("Pakai se&rver kantor:"))
        self.server_radio.setObjectName("first_run_server")
        group = QButtonGroup(self)
        group.addButton(self.offline_radio)
        group.addButton(self.server_radio)
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("first_run_address")
        self.address_edit.setPlaceholderText("https://fieldkit.dpmptsp.kab.go.id")
        self.address_edit.textEdited.connect(self._on_address_edit_text_edited)
        self.error_label = ErrorLabel("first_run_server_error")
        note = QLabel(
            self.tr(
                "Kode pendaftaran sekali pakai dari admin server diminta nanti, saat laptop "
                "pertama kali disambungkan."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.offline_radio)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.address_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(note)
        layout.addStretch(1)
        current = "" if sync is None else sync.server_address()
        self.address_edit.setText(current)
        (self.server_radio if current else self.offline_radio).setChecked(True)
        self.offline_radio.toggled.connect(self._on_offline_radio_toggled)
        self._on_offline_radio_toggled(self.offline_radio.isChecked())

    def _on_offline_radio_toggled(self, offline: bool) -> None:
        self.address_edit.setEnabled(not offline)
        self.error_label.hide()
        if not offline:
            self.address_edit.setFocus()

    def _on_address_edit_text_edited(self, _text: str) -> None:
        self.error_label.hide()

    def validatePage(self) -> bool:
        """Store the address (checked by the service); a bad one keeps the wizard here."""
        address = "" if self.offline_radio.isChecked() else self.address_edit.text()
        if not self.offline_radio.isChecked() and not address.strip():
            self._show_error(self.tr("Isi alamat server, atau pilih Offline saja untuk sekarang."))
            return False
        if self._sync is None:
            return True
        try:
            stored = self._sync.set_server_address(address)
        except ServiceError as exc:
            self._show_error(error_text(exc))
            return False
        self.address_edit.setText(stored)
        return True

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.address_edit.setFocus()
        self.address_edit.selectAll()


class PrinterPage(QWizardPage):
    def __init__(self, receipts: ReceiptService) -> None:
        super().__init__()
        self._receipts = receipts
        self.setTitle(self.tr("Langkah 3 dari 3: Printer tanda terima"))
        self.setSubTitle(
            self.tr(
                "Pilih kertas dan printer yang biasa dibawa ke lapangan. Keduanya bisa diganti "
                "setiap kali mencetak."
            )
        )
        labels = {
            Layout.ROLL_58: self.tr("Kertas thermal &58 mm (printer kecil)"),
            Layout.ROLL_80: self.tr("Kertas thermal &80 mm"),
            Layout.A6: self.tr("A&6 di kertas A4 (printer kantor)"),
        }
        self.layout_radios: dict[Layout, QRadioButton] = {}
        group = QButtonGroup(self)
        choice = receipts.print_choice()
        paper = QVBoxLayout()
        for layout_choice, text in labels.items():
            radio = QRadioButton(text)
            radio.setObjectName(f"first_run_layout_{layout_choice.value}")
            group.addButton(radio)
            paper.addWidget(radio)
            self.layout_radios[layout_choice] = radio
        self.layout_radios[choice.layout].setChecked(True)
        self.printer_combo = QComboBox()
        self.printer_combo.setObjectName("first_run_printer")
        self.printer_combo.addItem(self.tr("Printer bawaan Windows/sistem"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer_combo.addItem(name, name)
        if choice.printer_name and self.printer_combo.findData(choice.printer_name) < 0:
            self.printer_combo.addItem(choice.printer_name, choice.printer_name)
        self.printer_combo.setCurrentIndex(max(0, self.printer_combo.findData(choice.printer_name)))
        form = QFormLayout()
        printer_label = QLabel(self.tr("&Printer:"))
        printer_label.setBuddy(self.printer_combo)
        form.addRow(printer_label, self.printer_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ukuran tanda terima:")))
        layout.addLayout(paper)
        layout.addLayout(form)
        layout.addStretch(1)

    def chosen(self) -> PrintChoice:
        layout = next(k for k, r in self.layout_radios.items() if r.isChecked())
        return PrintChoice(printer_name=str(self.printer_combo.currentData() or ""), layout=layout)

    def validatePage(self) -> bool:
        self._receipts.remember_print_choice(self.chosen())
        return True


class FirstRunWizard(QWizard):
    """Server and printer after the setup page; "Batal" keeps offline and the 58 mm default."""

    def __init__(
        self, sync: SyncFacade | None, receipts: ReceiptService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("Pengaturan awal laptop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Nanti saja"))
        self.server_page = ServerPage(sync)
        self.printer_page = PrinterPage(receipts)
        self.addPage(self.server_page)
        self.addPage(self.printer_page)
        self.resize(620, 420)
