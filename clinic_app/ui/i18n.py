"""Install the Qt translators for the UI language.

Every area ships ``translations/<area>_<lang>.ts``; ``clinic_app.ui.i18n_build`` compiles them into
``clinic_app/i18n/<area>_<lang>.qm``. This loads all of them for the chosen language plus Qt's own
``qtbase_<lang>`` (standard button texts). Missing files are not an error: the English source strings show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

QM_DIR = Path(__file__).resolve().parent.parent / "i18n"
LANGS = ("fr", "en")
#: The object name of the translators this module installs (``set_language`` finds and replaces them by it).
TRANSLATOR_NAME = "clinic-app-translator"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load every ``*_<lang>.qm`` into ``app``; returns the translators (keep them alive with the app)."""
    if lang not in LANGS:
        lang = "fr"
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    qt.setObjectName(TRANSLATOR_NAME)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    for qm in sorted(QM_DIR.glob(f"*_{lang}.qm")):
        tr = QTranslator(app)
        tr.setObjectName(TRANSLATOR_NAME)
        if tr.load(str(qm)):
            app.installTranslator(tr)
            translators.append(tr)
    return translators


def switch_language(app: QCoreApplication, installed: list[QTranslator], lang: str) -> list[QTranslator]:
    """Replace the ``installed`` translators by those of ``lang`` (the first-run choice applies at once)."""
    for tr in installed:
        app.removeTranslator(tr)
    return install_translators(app, lang)


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator :func:`install_translators` put into ``app`` (whoever kept the list)."""
    for tr in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(tr)
        tr.setObjectName("")
        tr.deleteLater()


def set_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Settings' language change: the program's translators replaced by those of ``lang``.

    Only the translators; the widgets already built keep their texts until rebuilt
    (``MainWindow.change_language`` rebuilds its window around the same store).
    """
    remove_translators(app)
    return install_translators(app, lang)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``source`` for translation in ``context`` without translating it now (translated where shown).

    PySide6's own ``QT_TRANSLATE_NOOP`` is typed as returning ``object``; this one returns the text as it is, so
    tables of translatable labels keep the type ``str``. lupdate finds the strings by this name either way.
    """
    return source
