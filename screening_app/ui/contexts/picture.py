"""The picture of a pattern (SPEC 12): a network of the children and the people, places, vehicles
and phones that join them, with the same thing as a plain list beside it.

The list is the way in for the keyboard and for a screen reader: Up and Down go from node to
node, each row saying what it is joined to; the picture follows the list, the node chosen drawn
bold with its lines. In the picture itself the arrow keys move the same way (Tab leaves it, as
everywhere). Enter on a child opens the child's record. Only this vault's
records, for the practitioner who holds it. The layout is ``domain.network``'s, and so are the
list's rows. Its words (context "Contexts") are set when it opens: it is modal to the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.contexts import Pattern, shared_words
from screening_app.domain.network import Node, picture
from screening_app.ui.i18n import spoken, translate
from screening_app.words import fill

SCALE = 230  # pixels for the ring's radius
COLOURS = {"child": "#1F4E79", "vehicle": "#B15C00", "phone": "#6A3D9A", "place": "#2E7D32", "person": "#B3261E",
           "handle": "#00796B"}
LABEL_CHARS = 30


class _View(QGraphicsView):
    """Arrow keys move through the nodes as the list does; Enter acts as on the list."""

    moved = Signal(int)  # -1 back, +1 on
    chosen = Signal()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.moved.emit(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.moved.emit(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class PatternDialog(QDialog):
    """One pattern's picture and list; ``openChild(child_id)`` when the practitioner opens a child."""

    openChild = Signal(int)

    def __init__(self, parent: QWidget | None, pattern: Pattern, names: dict[int, str]) -> None:
        super().__init__(parent)
        self.setObjectName("picture")
        self.setWindowTitle(translate("Contexts", "Picture of a pattern"))
        self.resize(1180, 660)
        self.font_ = QFont(self.font())
        self.font_.setPointSizeF(9.5)
        metrics = QFontMetricsF(_bold(self.font_))  # a chosen node's label is bold: its box is made for that
        with spoken():  # its labels and lines in the interface's words
            self.drawn = picture(pattern, names, lambda label: ((metrics.horizontalAdvance(_cut(label)) + 24) / SCALE,
                                                               (metrics.height() + 12) / SCALE))
            shared = shared_words(pattern.shared)
        self.shapes: dict[str, tuple[QGraphicsItem, QGraphicsSimpleTextItem]] = {}
        self.lines: dict[tuple[str, str], Any] = {}
        layout = QVBoxLayout(self)
        heading = QLabel(fill(translate("Contexts", "%1 children linked through %2"), len(pattern.children), shared))
        heading.setWordWrap(True)
        heading.setProperty("role", "pageTitle")
        layout.addWidget(heading)
        note = QLabel(translate("Contexts", "Only this vault's records. Up and Down go through the list; the "
                                            "picture follows. Enter on a child opens the child's record."))
        note.setWordWrap(True)
        note.setProperty("role", "intro")
        layout.addWidget(note)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("picture.list")
        self.list.setAccessibleName(translate("Contexts", "Who is linked through what: Enter on a child opens the "
                                                          "child's record"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        for node in self.drawn.nodes:
            with spoken():
                item = QListWidgetItem(self.drawn.describe(node.id))
            item.setData(Qt.ItemDataRole.UserRole, node.id)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._highlight)
        self.list.itemActivated.connect(lambda _item: self._open())
        self.view = self._view()
        body.addWidget(self.view, 3)
        body.addWidget(self.list, 2)
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(translate("Contexts", "&Open this child's record"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("picture.open")
        self.open_button.clicked.connect(self._open)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("Contexts", "Close"))
        close.setObjectName("picture.close")
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    # ------------------------------------------------------------ drawing

    def _view(self) -> _View:
        scene = QGraphicsScene(self)
        view = _View(scene)
        view.setObjectName("picture.view")
        view.setAccessibleName(translate("Contexts", "Picture of the pattern: the arrow keys move from node to "
                                                     "node, as the list does"))
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.moved.connect(lambda step: self.list.setCurrentRow((self.list.currentRow() + step) % self.list.count()))
        view.chosen.connect(self._open)
        grey = QPen(QColor("#9AA5B1"), 1.5)
        for edge in self.drawn.edges:
            a, b = (self.drawn.node(n) for n in edge)
            self.lines[edge] = scene.addLine(a.x * SCALE, a.y * SCALE, b.x * SCALE, b.y * SCALE, grey)
        for node in self.drawn.nodes:
            self.shapes[node.id] = self._node(scene, node)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -30, 40, 30))
        return view

    def _node(self, scene: QGraphicsScene, node: Node) -> tuple[QGraphicsItem, QGraphicsSimpleTextItem]:
        colour = QColor(COLOURS.get(node.kind, "#44546A"))
        x, y = node.x * SCALE, node.y * SCALE
        text = QGraphicsSimpleTextItem(_cut(node.label))
        text.setFont(self.font_)
        width, height = QFontMetricsF(self.font_).horizontalAdvance(text.text()), text.boundingRect().height()
        box_width = QFontMetricsF(_bold(self.font_)).horizontalAdvance(text.text())
        shape: QGraphicsItem
        if node.kind == "child":
            shape = QGraphicsEllipseItem(QRectF(x - 11, y - 11, 22, 22))
            shape.setBrush(QBrush(colour))
            # the name outside the ring, clear of the lines
            text.setPos(x - width / 2 + (node.x * (width / 2 + 16)), y - height / 2 + node.y * 26)
        else:
            shape = QGraphicsRectItem(QRectF(x - box_width / 2 - 8, y - height / 2 - 4, box_width + 16, height + 8))
            shape.setBrush(QBrush(QColor("white")))
            text.setPos(x - width / 2, y - height / 2)
        shape.setPen(QPen(colour, 2))
        scene.addItem(shape)
        scene.addItem(text)
        text.setBrush(QBrush(QColor("#1B1B1B") if node.kind != "child" else colour))
        return shape, text

    def _highlight(self, row: int) -> None:
        if row < 0:
            return
        chosen = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        near = set(self.drawn.neighbours(chosen))
        for node_id, (shape, text) in self.shapes.items():
            colour = QColor(COLOURS.get(self.drawn.node(node_id).kind, "#44546A"))
            shape.setPen(QPen(colour, 5 if node_id == chosen else 2))
            font = text.font()
            font.setBold(node_id == chosen or node_id in near)
            text.setFont(font)
            node = self.drawn.node(node_id)
            if node.kind != "child":  # bold is wider: keep the label in the middle of its box
                text.setPos(node.x * SCALE - text.boundingRect().width() / 2, text.pos().y())
        for (a, b), line in self.lines.items():
            on = chosen in (a, b)
            line.setPen(QPen(QColor("#1B1B1B" if on else "#C5CED8"), 3 if on else 1.5))
        self.view.ensureVisible(self.shapes[chosen][0])
        node = self.drawn.node(chosen)
        self.open_button.setEnabled(node.child_id is not None)

    def chosen_child(self) -> int | None:
        row = self.list.currentRow()
        return self.drawn.node(self.list.item(row).data(Qt.ItemDataRole.UserRole)).child_id if row >= 0 else None

    def _open(self) -> None:
        child = self.chosen_child()
        if child is not None:
            self.openChild.emit(child)
            self.accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.view.fitInView(self.view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.list.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # the keyboard starts in the list

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.fitInView(self.view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def _cut(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
