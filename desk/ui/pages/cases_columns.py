"""The Cases page's columns fitted to the window: whole where they fit, the reason hidden
and the long columns elided where they do not (1024 px)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from desk.ui.models_cases import CasesModel

CELL_PAD = 12  # the style's margins either side of a cell's text, and the grid line
HEADER_PAD = 20  # a heading's, in bold


def fit_columns(table: QTableView, model: CasesModel) -> None:
    """Each column as wide as its widest text; when they do not all fit (1024 px), the
    application number, state, age and line stay whole and the others give way, elided
    (in full in their tooltip and on the card): the customer first, down to the first
    name (the Chinese one where there is one), then the widest of carrier, reason and
    next step, so that a carrier's name and the next steps stay whole where they can."""
    metrics = table.fontMetrics()
    bold = QFont(table.horizontalHeader().font())
    bold.setBold(True)
    heading = QFontMetrics(bold)
    # A cell's margins: a few pixels (the font's "average character" would be a whole
    # ideograph in the CJK font Desk uses for every language, for each column).
    pad = CELL_PAD
    widths = []
    for col in range(model.columnCount()):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        texts = [model.text(row, col) for row in range(model.rowCount())]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0) + pad
        widths.append(max(widest, heading.horizontalAdvance(title) + HEADER_PAD))
    room = table.viewport().width()
    # On a small screen the reason gives way first: the card says it in full.
    narrow = sum(widths) > room + widths[CasesModel.REASON] // 2
    table.setColumnHidden(CasesModel.REASON, narrow)
    if narrow:
        widths[CasesModel.REASON] = 0
    over = sum(widths) - room
    if over > 0:
        over -= _give(widths, [CasesModel.CUSTOMER], over, _first_names(table, model) + pad)
    if over > 0:
        floor = metrics.horizontalAdvance("中" * 4) + pad
        rest = [c for c in CasesModel.SHRINKABLE if c != CasesModel.CUSTOMER and widths[c]]
        _give(widths, rest, over, floor)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)


def _first_names(table: QTableView, model: CasesModel) -> int:
    """How wide the customers' first names are, elided after them (陳大文 …): the
    Chinese name where there is one. At most six ideographs' worth."""
    metrics = table.fontMetrics()
    firsts = [model.text(r, CasesModel.CUSTOMER).split(maxsplit=1) for r in range(model.rowCount())]
    widest = max((metrics.horizontalAdvance(f[0] + " …") for f in firsts if f), default=0)
    return min(widest, metrics.horizontalAdvance("中" * 6))


def _give(widths: list[int], columns: list[int], over: int, floor: int) -> int:
    """Narrows ``columns`` by up to ``over`` pixels in all, the widest first, none below
    ``floor``: the widest comes down to the next widest, then both, and so on. Returns
    how much they gave."""
    given = 0
    while given < over:
        wide = [c for c in columns if widths[c] > floor]
        if not wide:
            break
        top = max(widths[c] for c in wide)
        widest = [c for c in wide if widths[c] == top]
        below = max([floor, *(widths[c] for c in wide if widths[c] < top)])
        step = min(top - below, -(-(over - given) // len(widest)))  # ceiling division
        for c in widest:
            cut = min(step, over - given)
            widths[c] -= cut
            given += cut
    return given
