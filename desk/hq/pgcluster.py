"""A private PostgreSQL server for head office's tests and for a one-machine trial.

``PgCluster(directory).start()`` makes a cluster of its own in ``directory`` (``data/``
the cluster, ``run/`` its unix socket, ``server.log`` its log) and starts it on
127.0.0.1 and that socket only, on a free port unless one is given. Every connection
from this machine is trusted (no passwords checked): it is a test and trial server,
never one a store's data should live on. ``stop()`` stops that server by its own data
directory (``pg_ctl`` reads the pid from ``postmaster.pid``), and nothing else.

PostgreSQL's ``initdb`` refuses to run as root. As root, the server's commands run as an
unprivileged system user (``postgres``, which Debian's package creates, else ``nobody``)
through ``runuser``, and ``directory`` is handed to that user.

Head office's database has two roles (``create_roles``): an owner, who owns the schema
and runs the migrations, and the app role the service connects as, which may read and
write the rows but owns no table, so it cannot drop or alter one (``grant_app``).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from desk.hq.pg_roles import grant_statements, quote_ident, quote_literal

if TYPE_CHECKING:
    import psycopg

DEBIAN_PACKAGE = "postgresql"
SUPERUSER = "postgres"
SERVER_USERS = ("postgres", "nobody")  # as root, the first that exists runs the server
PROGRAMS = ("initdb", "pg_ctl", "postgres")
MARKER = "# --- Desk's private cluster (desk/hq/pgcluster.py) ---\n"
LIB_DIR = Path("/usr/lib/postgresql")  # Debian's: <version>/bin

# Fast rather than durable: a test or trial server's data may be lost in a power cut.
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "full_page_writes": "off",
    "wal_level": "minimal",
    "max_wal_senders": "0",
    "shared_buffers": "16MB",
    "max_connections": "100",
    "log_min_messages": "warning",
    "datestyle": "'iso, ymd'",
    "timezone": "'UTC'",
}


def find_bin_dir() -> Path:
    """The directory with ``initdb``, ``pg_ctl`` and ``postgres``: that of ``initdb`` on
    PATH first, else the newest ``/usr/lib/postgresql/<version>/bin``."""
    candidates: list[Path] = []
    on_path = shutil.which("initdb")
    if on_path:
        candidates += [Path(on_path).parent, Path(on_path).resolve().parent]

    def version(p: Path) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", p.parent.name)) or (0,)

    candidates += sorted(LIB_DIR.glob("*/bin"), key=version, reverse=True)
    for d in candidates:
        if all(os.access(d / name, os.X_OK) for name in PROGRAMS):
            return d
    raise RuntimeError(
        "PostgreSQL's server programs (initdb, pg_ctl, postgres) were not found on PATH "
        "nor in /usr/lib/postgresql/*/bin. On Debian, install them with: "
        f"apt-get install {DEBIAN_PACKAGE}"
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on just now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_is_free(port: int) -> bool:
    """True when nothing listens on 127.0.0.1:``port`` and it can be bound."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def server_user() -> pwd.struct_passwd | None:
    """Who runs the server's commands: None for the current user, an unprivileged
    system user when running as root (initdb refuses root)."""
    if os.geteuid() != 0:
        return None
    for name in SERVER_USERS:
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError(
        f"Running as root, PostgreSQL needs an unprivileged user to run as; none of "
        f"{', '.join(SERVER_USERS)} exists on this machine"
    )


class PgCluster:
    """One private PostgreSQL cluster kept in ``directory``; see the module's doc."""

    def __init__(self, directory: Path, port: int | None = None) -> None:
        self.directory = Path(directory).absolute()
        self.data_dir = self.directory / "data"
        self.socket_dir = self.directory / "run"
        self.log_file = self.directory / "server.log"
        self._requested_port = port
        self._port = port
        self._user = server_user()

    # -- where it is -------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port it listens on (read from ``postmaster.pid`` when it was started by
        another process, e.g. an earlier ``make hq``)."""
        if self._port is None:
            self._port = self._running_port()
        if self._port is None:
            raise RuntimeError(f"The PostgreSQL cluster in {self.directory} is not running")
        return self._port

    def admin_url(self, dbname: str = "postgres") -> str:
        """A SQLAlchemy URL (psycopg 3) for the superuser."""
        return self.url(dbname, SUPERUSER)

    def url(self, db: str, role: str, password: str | None = None) -> str:
        """A SQLAlchemy URL (psycopg 3) for ``role`` on database ``db``."""
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=role,
            password=password,
            host="127.0.0.1",
            port=self.port,
            database=db,
        ).render_as_string(hide_password=False)

    # -- start and stop ----------------------------------------------------------------

    def is_running(self) -> bool:
        """True when this cluster's server is up (``pg_ctl status`` on its data dir)."""
        if not (self.data_dir / "PG_VERSION").exists():
            return False
        return self._run_pg(["pg_ctl", "status", "-D", str(self.data_dir)], check=False) == 0

    def start(self) -> PgCluster:
        """Make the cluster if there is none yet, then start it and wait until it accepts
        connections. An already running server of this directory is simply used, on
        whatever port it listens on."""
        if self.is_running():
            self._port = self._running_port()
            return self
        self._prepare_directory()
        if not (self.data_dir / "PG_VERSION").exists():
            self._initdb()
        last = self._configured_port()  # a cluster started again keeps its port if free
        for attempt in range(3):
            if self._requested_port is not None:
                port = self._requested_port
            elif attempt == 0 and last is not None and port_is_free(last):
                port = last
            else:
                port = free_port()
            log_size = self.log_file.stat().st_size if self.log_file.exists() else 0
            self._write_settings(port)
            code = self._run_pg(
                ["pg_ctl", "start", "-w", "-t", "60", "-s", "-D", str(self.data_dir),
                 "-l", str(self.log_file)],
                check=False,
            )  # fmt: skip
            if code == 0:
                self._port = port
                return self
            # Another program may have taken the free port since: try another one.
            taken = "already in use" in self._log_tail(since=log_size)
            if self._requested_port is not None or not taken:
                break
        raise RuntimeError(
            f"PostgreSQL did not start in {self.directory}; the end of its log:\n"
            + self._log_tail()
        )

    def stop(self) -> None:
        """Stop this cluster's server (fast: open sessions are ended). Does nothing when
        it is not running."""
        if not self.is_running():
            return
        code = self._run_pg(
            ["pg_ctl", "stop", "-w", "-t", "60", "-s", "-m", "fast", "-D", str(self.data_dir)],
            check=False,
        )
        if code != 0 and self.is_running():
            raise RuntimeError(
                f"PostgreSQL in {self.directory} did not stop; the end of its log:\n"
                + self._log_tail()
            )

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- databases and roles -----------------------------------------------------------

    def create_database(self, name: str, owner: str | None = None) -> None:
        """A new, empty database (owned by ``owner`` when given, else the superuser)."""
        statement = f"CREATE DATABASE {quote_ident(name)} ENCODING 'UTF8' TEMPLATE template0"
        if owner:
            statement += f" OWNER {quote_ident(owner)}"
        self._admin_execute("postgres", [statement])

    def database_exists(self, name: str) -> bool:
        return self._admin_scalar("SELECT 1 FROM pg_database WHERE datname = %s", name) == 1

    def drop_database(self, name: str, roles: Sequence[str] = ()) -> None:
        """Drop database ``name`` (ending its sessions), then ``roles``; missing ones are
        no error."""
        statements = [f"DROP DATABASE IF EXISTS {quote_ident(name)} WITH (FORCE)"]
        statements += [f"DROP ROLE IF EXISTS {quote_ident(role)}" for role in roles]
        self._admin_execute("postgres", statements)

    def create_roles(
        self,
        db: str,
        owner: str = "desk_hq_owner",
        app: str = "desk_hq_app",
        app_password: str | None = None,
        owner_password: str | None = None,
    ) -> None:
        """Head office's two roles on database ``db`` (made if missing, else their
        passwords set): ``owner`` owns the database and its schema ``public`` (it runs the
        migrations); ``app`` may connect and, through default privileges, read and write
        every table and sequence ``owner`` makes later, but owns nothing."""
        statements: list[str] = []
        for role, password in ((owner, owner_password), (app, app_password)):
            exists = self._admin_scalar("SELECT 1 FROM pg_roles WHERE rolname = %s", role)
            verb = "ALTER" if exists else "CREATE"
            secret = quote_literal(password) if password else "NULL"
            statements.append(f"{verb} ROLE {quote_ident(role)} LOGIN PASSWORD {secret}")
        o, a, d = quote_ident(owner), quote_ident(app), quote_ident(db)
        statements += [
            f"ALTER DATABASE {d} OWNER TO {o}",
            f"REVOKE ALL ON DATABASE {d} FROM PUBLIC",
            f"GRANT CONNECT, TEMPORARY ON DATABASE {d} TO {a}",
        ]
        self._admin_execute("postgres", statements)
        self._admin_execute(
            db,
            [
                f"ALTER SCHEMA public OWNER TO {o}",
                "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
                *grant_statements(app, for_role=owner),
            ],
        )

    # -- inside ------------------------------------------------------------------------

    def _prepare_directory(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir(exist_ok=True)
        for path in (self.directory, self.socket_dir):
            path.chmod(0o700)
        if self._user is None:
            return
        uid, gid = self._user.pw_uid, self._user.pw_gid
        for path in [self.directory, *self.directory.rglob("*")]:
            os.lchown(path, uid, gid)
        probe = self._run_pg(["test", "-w", str(self.directory)], check=False, raw=True)
        if probe != 0:
            raise RuntimeError(
                f"The user {self._user.pw_name}, who runs PostgreSQL here, cannot reach "
                f"{self.directory}: every directory above it must be searchable by others "
                "(chmod o+x), or choose a directory under /tmp"
            )

    def _initdb(self) -> None:
        self._run_pg(
            ["initdb", "-D", str(self.data_dir), f"--username={SUPERUSER}",
             "--encoding=UTF8", "--locale=C", "--auth=trust", "--no-sync",
             "--no-instructions"],
        )  # fmt: skip
        # Connections from this machine only: the socket in our directory and 127.0.0.1.
        hba = self.data_dir / "pg_hba.conf"
        hba.write_text(
            "# Desk's private test/trial cluster: this machine only, trusted.\n"
            "local all all trust\n"
            "host  all all 127.0.0.1/32 trust\n"
        )
        if self._user is not None:
            os.chown(hba, self._user.pw_uid, self._user.pw_gid)

    def _write_settings(self, port: int) -> None:
        conf = self.data_dir / "postgresql.conf"
        text = conf.read_text().partition(MARKER)[0]
        settings = {
            **SETTINGS,
            "port": str(port),
            "unix_socket_directories": "'" + str(self.socket_dir).replace("'", "''") + "'",
        }
        text += MARKER + "".join(f"{k} = {v}\n" for k, v in settings.items())
        conf.write_text(text)

    def _configured_port(self) -> int | None:
        try:
            text = (self.data_dir / "postgresql.conf").read_text()
        except OSError:
            return None
        found = re.findall(r"^port = (\d+)$", text.partition(MARKER)[2], re.MULTILINE)
        return int(found[-1]) if found else None

    def _running_port(self) -> int | None:
        pid_file = self.data_dir / "postmaster.pid"
        try:
            lines = pid_file.read_text().splitlines()
        except OSError:
            return None
        return int(lines[3]) if len(lines) > 3 and lines[3].strip().isdigit() else None

    def _log_tail(self, lines: int = 20, since: int = 0) -> str:
        try:
            with self.log_file.open("rb") as f:
                f.seek(since)
                text = f.read().decode(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:]) or "(empty log)"

    def _run_pg(self, args: Sequence[str], *, check: bool = True, raw: bool = False) -> int:
        """Run one of the server's programs (as the server's user when root); its exit
        code, or RuntimeError with its output when ``check`` and it failed."""
        program = list(args)
        if not raw:
            program[0] = str(find_bin_dir() / program[0])
        if self._user is not None:
            program = ["runuser", "-u", self._user.pw_name, "--", *program]
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        env.pop("PGDATA", None)
        done = subprocess.run(
            program,
            cwd=self.directory,  # not root's home, which the server's user cannot enter
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
        )
        if check and done.returncode != 0:
            raise RuntimeError(
                f"{Path(args[0]).name} failed ({done.returncode}) in {self.directory}:\n"
                + (done.stderr or done.stdout).strip()
            )
        return done.returncode

    def _connect(self, db: str) -> psycopg.Connection[tuple[Any, ...]]:
        import psycopg

        deadline = time.monotonic() + 10
        while True:
            try:
                return psycopg.connect(
                    host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=db, autocommit=True
                )
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)  # the server is still starting up

    def _admin_execute(self, db: str, statements: Sequence[str]) -> None:
        with self._connect(db) as conn:
            for statement in statements:
                conn.execute(statement.encode())  # bytes: a statement psycopg takes as is

    def _admin_scalar(self, query: str, *params: object) -> object:
        with self._connect("postgres") as conn:
            row = conn.execute(query, params).fetchone()
            return row[0] if row else None
