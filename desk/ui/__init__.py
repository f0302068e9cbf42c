"""The PySide6 user interface: the only part of Desk that imports Qt (and desk/app.py)."""
