"""A row of widgets that wraps onto a second (third …) line where the window is too
narrow for all of them, instead of making the window wider (a 1024 px screen).

The first widget (say, what is chosen) keeps to the left; the others go to the right
of their line, in order, each whole, as buttons beside it do. Hidden widgets take no
room. Qt's own layouts never wrap; this is Qt's "flow layout" example, aligned so.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class WrapRow(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self.setSpacing(6)  # as the page's other rows of buttons

    # -- QLayout ------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """One widget a line: the widest decides."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # -- placing ------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() and i.sizeHint().width() > 0]

    def _gap(self) -> int:
        return max(0, self.spacing())

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            w = min(item.sizeHint().width(), width)
            if lines and used + self._gap() + w <= width:
                lines[-1].append(item)
                used += self._gap() + w
            else:
                lines.append([item])
                used = w
        return lines

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lays the widgets out in ``rect`` (or only measures): the height it takes."""
        area = rect.marginsRemoved(self.contentsMargins())
        first = self._items[0] if self._items else None
        y = area.y()
        lines = self._lines(area.width())
        for n, line in enumerate(lines):
            height = max(i.sizeHint().height() for i in line)
            widths = [min(i.sizeHint().width(), area.width()) for i in line]
            spare = area.width() - sum(widths) - self._gap() * (len(line) - 1)
            leads = line[0] is first
            x = area.x() + (0 if leads else spare)
            for i, (item, w) in enumerate(zip(line, widths, strict=True)):
                if i == 1 and leads:
                    x += spare  # the first widget left, the rest of its line right
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(w, height)))
                x += w + self._gap()
            y += height + (self._gap() if n < len(lines) - 1 else 0)
        return y - area.y() + self.contentsMargins().top() + self.contentsMargins().bottom()
