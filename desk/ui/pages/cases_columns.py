"""The Cases page's columns fitted to the window: whole where they fit, the reason hidden
and the long columns elided where they do not (1024 px)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desk.ui.models_cases import CasesModel


def fit_columns(table: QTableView, model: CasesModel) -> None:
    """Each column as wide as its widest text; when they do not all fit (1024 px),
    customer, carrier and reason give way (elided, in full in the card) down to a
    minimum, so that state, age and the next steps stay in sight."""
    metrics = table.fontMetrics()
    pad = metrics.averageCharWidth() + 10
    widths = []
    for col in range(model.columnCount()):
        texts = [str(model.headerData(col, Qt.Orientation.Horizontal) or "")]
        texts += [model.text(row, col) for row in range(model.rowCount())]
        widths.append(max(metrics.horizontalAdvance(t) for t in texts) + pad)
    room = table.viewport().width()
    # On a small screen the reason gives way first: the card says it in full.
    narrow = sum(widths) > room + widths[CasesModel.REASON] // 2
    table.setColumnHidden(CasesModel.REASON, narrow)
    if narrow:
        widths[CasesModel.REASON] = 0
    over = sum(widths) - room
    shrink = CasesModel.SHRINKABLE
    if over > 0:
        floor = 4 * metrics.horizontalAdvance("中")
        spare = sum(max(0, widths[c] - floor) for c in shrink)
        for c in shrink:
            give = max(0, widths[c] - floor)
            widths[c] -= min(give, round(over * give / spare)) if spare else 0
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
