"""The shell's look: the wizard's calm stylesheet plus a few shell rules, and the app icon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from screening_app.ui.theme import ACCENT, INK, MUTED, PANEL, STYLESHEET

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

SHELL_STYLESHEET = STYLESHEET + f"""
QMainWindow, QStackedWidget#mainStack > QWidget {{ background: #FFFFFF; }}
QGroupBox {{ font-weight: 600; border: 1px solid #D9DEE3; border-radius: 6px; margin-top: 14px;
    padding: 10px 8px 8px 8px; background: #FFFFFF; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {INK}; }}
QTableView, QListWidget {{ border: 1px solid #D9DEE3; border-radius: 4px; gridline-color: #EEF2F6;
    alternate-background-color: #F8FAFC; selection-background-color: #DCE6F2; selection-color: {INK}; }}
QHeaderView::section {{ background: {PANEL}; color: {MUTED}; border: none; border-bottom: 1px solid #D9DEE3;
    padding: 4px 6px; font-weight: 600; }}
QStatusBar {{ background: {PANEL}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 6px; }}
QTabWidget::pane {{ border: 1px solid #D9DEE3; border-radius: 4px; top: -1px; }}
QTabBar::tab {{ padding: 6px 14px; border: 1px solid #D9DEE3; border-bottom: none; background: {PANEL};
    border-top-left-radius: 4px; border-top-right-radius: 4px; margin-right: 2px; }}
QTabBar::tab:selected {{ background: #FFFFFF; color: {ACCENT}; font-weight: 600; }}
QSpinBox {{ padding: 3px; min-width: 110px; }}
QLabel#childRecord\\.name {{ font-size: 17pt; }}
"""


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    from screening_app.paths import resources_dir

    try:
        folder = resources_dir() / "icons"
    except FileNotFoundError:
        return QIcon()
    icon = QIcon()
    # the PNGs only: the SVG would load Qt's SVG icon engine (~3 ms) before the first window; Qt
    # scales the nearest size for the title bar and the taskbar, and the Windows .exe has its own
    for name in ("app-256.png", "app-64.png"):
        if (folder / name).exists():
            icon.addFile(str(folder / name))
    return icon


def apply_style(app: QApplication, *, set_style: bool = True, icon: bool = True) -> None:
    """Fusion, the stylesheet and (unless ``icon`` is False) the icon. ``set_style=False`` when the
    application was created with ``-style Fusion`` (``ui.app`` does: cheaper than ``setStyle``
    before the first window)."""
    if set_style:
        app.setStyle("Fusion")
    app.setStyleSheet(SHELL_STYLESHEET)
    if icon:
        app.setWindowIcon(app_icon())
