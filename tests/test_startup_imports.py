"""Start-up stays quick: showing the login window must not import the ORM."""

from __future__ import annotations

import subprocess
import sys


def test_the_login_path_imports_no_sqlalchemy_alembic_or_argon2():
    code = (
        "import sys, desk.app, desk.launch, desk.cli; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'argon2', 'cryptography') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
