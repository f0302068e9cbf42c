"""The PySide6 user interface: the only part of Desk that imports Qt (and desk/app.py).

PySide6 6.12.0 gives back None from a Qt call that returns nothing (and True or False
from some that return a truth) without counting the reference: each ``update()``,
``setText()``, ``processEvents()`` leaves None's count one lower, and on Python 3.11,
where None, True and False are not yet immortal, a count reaching zero aborts the
process ("deallocating None") — a counter's Desk after hours of use, a long test run
at its exit. Until the bindings are fixed, the three are made as good as immortal here,
as Python 3.12 makes them: their counts raised once by 2**40, in place (CPython keeps
the count in the object's first word), never given back — not a reserve freed at exit
before the objects that lost the references. tests/ui/test_qt_bindings.py measures the
loss and checks the raise.
"""

import ctypes
import sys

from PySide6 import __version__ as _PYSIDE

IMMORTAL = 2**40
RAISED = sys.version_info < (3, 12) and _PYSIDE.startswith("6.12.")
if RAISED and sys.getrefcount(None) < IMMORTAL:
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += IMMORTAL
