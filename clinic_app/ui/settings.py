"""Per-laptop UI preferences (QSettings): UI language, volunteer name, backup folder, last database, geometry.

Why QSettings and not the database: these belong to the laptop and the person at it, must be readable before
the (encrypted) database is opened (language of the passphrase dialog, which file to open), and hold nothing
personal about the workers. The clinic profile and the retention period live in the database
(``store.save_clinic_profile`` / ``store.set_setting``) so every laptop of the clinic shares them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "ClinicIntake"
APPLICATION = "clinic-app"
LANGS = ("fr", "en")


class AppSettings:
    """Typed accessors over a QSettings store; pass ``path`` (an .ini file) in tests for isolation."""

    def __init__(self, path: str | None = None) -> None:
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
        else:
            self._qs = QSettings(path, QSettings.Format.IniFormat)

    def _str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def ui_lang(self) -> str:
        """UI language, ``fr`` (default) or ``en``; applied at once from Settings (``MainWindow.change_language``)."""
        lang = self._str("ui/lang", "fr")
        return lang if lang in LANGS else "fr"

    @ui_lang.setter
    def ui_lang(self, value: str) -> None:
        if value not in LANGS:
            raise ValueError(f"ui language must be one of {LANGS}")
        self._qs.setValue("ui/lang", value)

    @property
    def volunteer_name(self) -> str:
        """Written as the actor of audit entries."""
        return self._str("user/volunteer_name")

    @volunteer_name.setter
    def volunteer_name(self, value: str) -> None:
        self._qs.setValue("user/volunteer_name", value.strip())

    @property
    def backup_folder(self) -> str:
        return self._str("storage/backup_folder")

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self._qs.setValue("storage/backup_folder", value)

    @property
    def db_url(self) -> str:
        """A database server URL (PostgreSQL) to use instead of this laptop's file; empty for the file."""
        return self._str("storage/db_url")

    @db_url.setter
    def db_url(self, value: str) -> None:
        self._qs.setValue("storage/db_url", value.strip())

    @property
    def last_db_path(self) -> str:
        return self._str("storage/last_db_path")

    @last_db_path.setter
    def last_db_path(self, value: str) -> None:
        self._qs.setValue("storage/last_db_path", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._qs.sync()
