"""The language chosen at first run applies at once: the translators are replaced, not added to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def test_switching_language_replaces_the_translators(qapp) -> None:  # type: ignore[no-untyped-def]
    from clinic_app.ui.i18n import install_translators, switch_language

    installed = install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"  # French loaded
        installed = switch_language(qapp, installed, "en")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        installed = switch_language(qapp, installed, "fr")
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    finally:
        for tr in installed:
            qapp.removeTranslator(tr)
