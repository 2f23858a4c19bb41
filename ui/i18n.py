"""Which language the app speaks: English or Japanese, from the menu or the system locale, remembered.

Qt's translators serve both the UI (``self.tr``) and the core's sentences (:func:`evaluator.base.i18n.translate` is
pointed at ``QCoreApplication.translate``). Qt's own strings (standard buttons) come from ``qtbase_ja.qm``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from evaluator.base import i18n
from evaluator.base.paths import resources_dir
from ui.settings import app_settings

LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語"}
_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The language the running app speaks."""
    return _current[0]


def catalogue(language: str) -> Path:
    return resources_dir() / "i18n" / f"ree_evaluator_{language}.qm"


def chosen_language() -> str:
    """The language set in the menu, else the system's if we have it, else English."""
    stored = str(app_settings().value("ui/language", "") or "")
    if stored in LANGUAGES:
        return stored
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def remember_language(language: str) -> None:
    app_settings().setValue("ui/language", language)


def use_readable_locale() -> None:
    """English UI and numbers, whatever the machine's locale (screenshots, self-test)."""
    install("en")


def install(language: str) -> str:
    """Load the translators for ``language`` into the running application; return the language in force."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES or language == "en":
        i18n.set_translator(None)
        _set_locale("en")
        _current[0] = "en"
        return "en"
    loaded = False
    ours = QTranslator()
    if ours.load(str(catalogue(language))):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded = True
    qt_own = QTranslator()
    for folder in (resources_dir() / "i18n", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        if qt_own.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
            break
    i18n.set_translator(QCoreApplication.translate)
    _set_locale(language)
    _current[0] = language if loaded else "en"
    return _current[0]


def _set_locale(language: str) -> None:
    """Numbers follow the language in use (the system's own locale when it matches)."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        QLocale.setDefault(system)
    elif language == "ja":
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
