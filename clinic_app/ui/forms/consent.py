"""The consent step: the text to read to the person, the scope they choose, and the record of who and when.

Why the text language is its own choice: the volunteer may work in a French interface with an English-speaking
worker (or the reverse); the text is read in the worker's language, independent of the UI language. The record
(``Consent``: given at, in UTC; scope; recorded by the volunteer; language the text was read in) is written only
when the volunteer presses "Consent given", so an accidental click on a scope records nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.case import Consent, ConsentScope, Language, utc_now
from clinic_app.resources import resource_path
from clinic_app.ui.forms.fields import Binding

translate = QCoreApplication.translate


def consent_text(lang: str) -> str:
    """The consent text in ``lang`` ("fr" or "en"), read from ``resources/consent/<lang>.txt``."""
    lang = "en" if lang == "en" else "fr"
    try:
        return resource_path("consent", f"{lang}.txt").read_text(encoding="utf-8")
    except OSError:
        return translate("CaseForms", "The consent text file is missing from this installation "
                                      "(resources/consent). Explain consent in your own words.")


def scopes() -> list[tuple[ConsentScope, str]]:
    return [
        (ConsentScope.INTAKE, translate("CaseForms", "&Intake only: keep the facts and compute")),
        (ConsentScope.INTAKE_AND_LETTERS, translate("CaseForms", "Intake and &letters to the employer on the "
                                                                 "person's behalf")),
        (ConsentScope.SHARE_WITH_PARTNERS, translate("CaseForms", "Also s&hare with the union or lawyers named "
                                                                  "to the person")),
    ]


def local_time(when: dt.datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class ConsentBinding(Binding):
    """``consent``: the recorded :class:`Consent`; edited only by "Consent given" or "Withdraw"."""

    def __init__(self, path: str, *, actor: str, ui_lang: str, parent: QWidget | None = None) -> None:
        box = QWidget(parent)
        self.actor = actor
        self.ui_lang = ui_lang
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)

        lang_row = QHBoxLayout()
        lang_label = QLabel(translate("CaseForms", "Read the text in:"), box)
        self.text_lang = QComboBox(box)
        self.text_lang.addItem(translate("CaseForms", "French"), Language.FR.value)
        self.text_lang.addItem(translate("CaseForms", "English"), Language.EN.value)
        self.text_lang.setAccessibleName(translate("CaseForms", "Language of the consent text"))
        lang_label.setBuddy(self.text_lang)
        lang_row.addWidget(lang_label)
        lang_row.addWidget(self.text_lang)
        lang_row.addStretch(1)
        layout.addLayout(lang_row)

        self.text = QTextBrowser(box)
        self.text.setAccessibleName(translate("CaseForms", "Consent text to read"))
        self.text.setMinimumHeight(340)  # most of the text visible at once on a 768-pixel screen
        self.text.setOpenLinks(False)
        layout.addWidget(self.text, 1)

        self.group = QButtonGroup(box)
        self.radios: dict[ConsentScope, QRadioButton] = {}
        for i, (scope, label) in enumerate(scopes()):
            radio = QRadioButton(label, box)
            self.group.addButton(radio, i)
            self.radios[scope] = radio
            layout.addWidget(radio)
            radio.toggled.connect(self._show_state)

        # Who records the consent is part of the record: when no volunteer name is set in the settings, ask here.
        self.recorder = QLineEdit(box)
        self.recorder.setPlaceholderText(translate("CaseForms", "Your name (the volunteer recording the consent)"))
        self.recorder.setAccessibleName(translate("CaseForms", "Volunteer recording the consent"))
        self.recorder.setVisible(not actor)
        layout.addWidget(self.recorder)

        buttons = QHBoxLayout()
        self.give_button = QPushButton(translate("CaseForms", "Consent &given"), box)
        self.withdraw_button = QPushButton(translate("CaseForms", "&Withdraw consent"), box)
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.state = QLabel(box)
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.state)

        super().__init__(path, box, self.text_lang)
        self._value: Consent = Consent()
        self.text_lang.currentIndexChanged.connect(self._load_text)
        self.give_button.clicked.connect(self.give)
        self.withdraw_button.clicked.connect(self.withdraw)
        self._load_text()
        self._show_state()

    # -- actions -----------------------------------------------------------------------------------------
    def chosen_scope(self) -> ConsentScope | None:
        for scope, radio in self.radios.items():
            if radio.isChecked():
                return scope
        return None

    def set_text_language(self, lang: str) -> None:
        index = self.text_lang.findData("en" if lang == "en" else "fr")
        self.text_lang.setCurrentIndex(max(index, 0))

    def give(self) -> None:
        """Record consent now (UTC), with the chosen scope, by the volunteer, in the text's language."""
        scope = self.chosen_scope()
        if scope is None:
            self.state.setText(translate("CaseForms", "Choose what the person agrees to before recording consent."))
            self.radios[ConsentScope.INTAKE].setFocus()
            return
        recorder = self.actor or self.recorder.text().strip()
        if not recorder:
            self.state.setText(translate("CaseForms", "Type your name: the record says who took the consent."))
            self.recorder.setFocus()
            return
        self._value = Consent(given_at=utc_now(), scope=scope, recorded_by=recorder,
                              text_language=Language(self.text_lang.currentData()))
        self._show_state()
        self.edited.emit(self.path)

    def withdraw(self) -> None:
        self._value = Consent()
        self._show_state()
        self.edited.emit(self.path)

    # -- Binding -----------------------------------------------------------------------------------------
    def _read(self) -> Consent:
        return self._value

    def refresh(self) -> None:
        """The value changes only through give()/withdraw(); nothing to re-read from the widgets."""

    def _show(self, value: Any) -> None:
        consent = value if isinstance(value, Consent) else Consent()
        self._value = consent
        for scope, radio in self.radios.items():
            radio.setChecked(scope == consent.scope)
        if consent.text_language in (Language.FR, Language.EN):
            self.set_text_language(consent.text_language.value)
        self._show_state()

    def load(self, value: Any) -> None:
        self._show(value)
        self._error = None

    # -- display -----------------------------------------------------------------------------------------
    def _load_text(self) -> None:
        self.text.setPlainText(consent_text(str(self.text_lang.currentData())))

    def _show_state(self, *_args: Any) -> None:
        consent: Consent = self._value
        if consent.given and consent.given_at is not None and consent.scope is not None:
            scope_label = dict(scopes())[consent.scope].replace("&", "")
            text = translate("CaseForms", "✔ Consent recorded on {0} by {1}. Scope: {2}.").format(
                local_time(consent.given_at), consent.recorded_by or "—", scope_label)
            chosen = self.chosen_scope()
            if chosen is not None and chosen != consent.scope:
                text += " " + translate("CaseForms", "The scope chosen above differs: press \u201cConsent given\u201d "
                                                     "to record it.")
        else:
            text = translate("CaseForms", "✘ No consent recorded: the case stays a draft until the person agrees.")
        self.state.setText(text)
        self.withdraw_button.setEnabled(consent.given)
