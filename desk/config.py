"""Where a store's files live, and the declared settings of this Desk.

Every preference is declared once in :data:`SETTINGS` with its type, default and a line
of help; ``settings.json`` in the data dir holds only what differs from the default.
Window geometry is not a preference: the UI keeps it apart, in ``window.ini``.

Store facts (code, region, currency, time zone) are not preferences either: they are
rows in the store's database and sync with head office.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

ENV_DATA_DIR = "DESK_DATA_DIR"
# An amount as a setting: digits, at most one point and up to three decimals ("50.00").
_LIMIT = re.compile(r"[0-9]{1,7}(?:\.[0-9]{0,3})?")
# A time of day on a 24-hour clock ("02:00"); same as desk.sync.schedule's.
_SYNC_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
LANGUAGES = ("zh_CN", "zh_HK", "en")
# A store that has not chosen a language yet starts in the one of its region.
_REGION_LANGUAGES = {"HK": "zh_HK", "MO": "zh_HK", "TW": "zh_HK", "CN": "zh_CN"}


def region_language(region: str | None) -> str:
    """The UI language a store of ``region`` starts in: HK, MO, TW 繁體中文; CN 简体中文;
    anywhere else English."""
    return _REGION_LANGUAGES.get((region or "").strip().upper(), "en")


def form_chinese(region: str | None) -> str:
    """The Chinese beside the English on a store's bilingual forms: its region's script
    (zh_CN on the mainland), else Hong Kong's."""
    language = region_language(region)
    return language if language.startswith("zh") else "zh_HK"


# The range each number setting may take; outside it, the default is used. A lockout
# after 1 wrong PIN would lock out a clerk's typo, after 100 it would not stop guessing.
BOUNDS = {
    "max_failed_pins": (3, 10),
    "pin_lockout_minutes": (1, 60),
    "lookup_limit": (10, 500),
    "counter_number": (1, 9),
    "sync_trickle_minutes": (0, 1440),
}
# A trickle more often than this would keep head office busy for little: 1-4 means 5.
MIN_TRICKLE_MINUTES = 5


@dataclass(frozen=True)
class Settings:
    """Preferences of this Desk installation (per data dir)."""

    language: str = field(
        default="",
        metadata={
            "help": "UI language: zh_CN, zh_HK or en; until one is chosen, the store region's"
        },
    )
    max_failed_pins: int = field(
        default=5, metadata={"help": "wrong PINs in a row that lock a staff member"}
    )
    pin_lockout_minutes: int = field(
        default=5,
        metadata={
            "help": "how long a first lockout lasts; each further one in a row lasts twice "
            "as long, at most 24 hours"
        },
    )
    lookup_limit: int = field(default=50, metadata={"help": "rows shown by the customer lookup"})
    counter_number: int = field(
        default=1,
        metadata={
            "help": "this Desk's counter in the store, 1-9: a shop with two counters runs two "
            "Desks, and their application numbers must never collide"
        },
    )

    tenders: str = field(
        default="cash,card,alipay,wechat,octopus",
        metadata={
            "help": "the ways customers may pay, comma-separated: cash, card, alipay, wechat, "
            "octopus, fps, payme"
        },
    )
    opening_float: str = field(
        default="1000.00",
        metadata={
            "help": "the float a business day usually opens with, in the store's currency "
            "(e.g. 1000.00); the Day page offers it, the clerk confirms the count"
        },
    )
    receipt_layout: str = field(
        default="80mm",
        metadata={"help": "the receipt printer's paper: 80mm (thermal roll) or a4"},
    )
    over_short_limit: str = field(
        default="50.00",
        metadata={
            "help": "the day close: a drawer over or short by more than this amount, in the "
            "store's currency (e.g. 50.00), needs a reason"
        },
    )

    # The sync with head office (desk.sync.schedule), while Desk runs; the system's
    # timer (packaging/) runs `desk sync` at night when it does not.
    sync_time: str = field(
        default="02:00",
        metadata={"help": "the nightly sync with head office, HH:MM in the store's time zone"},
    )
    sync_trickle_minutes: int = field(
        default=0,
        metadata={
            "help": "also sync every this many minutes while Desk runs (at least 5); "
            "0: only at night, and to catch up"
        },
    )

    # Notices to customers (desk.notify). The password and the token are kept here in
    # plain text for now: settings.json is the owner's alone (0600, in a 0700 data dir,
    # see secure_data_dir). The keyring is the better home once the Settings issue lands.
    smtp_host: str = field(
        default="", metadata={"help": "e-mail server (SMTP) for notices; empty: no e-mail"}
    )
    smtp_port: int = field(default=587, metadata={"help": "port of the e-mail server"})
    smtp_starttls: bool = field(
        default=True, metadata={"help": "encrypt the e-mail connection with STARTTLS"}
    )
    smtp_user: str = field(default="", metadata={"help": "e-mail server login; empty: none"})
    smtp_password: str = field(default="", metadata={"help": "e-mail server password"})
    smtp_from: str = field(
        default="", metadata={"help": "sender address of e-mailed notices, e.g. shop@example.com"}
    )
    sms_url: str = field(
        default="", metadata={"help": "SMS gateway URL (HTTP POST of JSON); empty: no SMS"}
    )
    sms_token: str = field(default="", metadata={"help": "bearer token of the SMS gateway"})
    notice_timeout_seconds: int = field(
        default=10, metadata={"help": "seconds to wait for the e-mail server or SMS gateway"}
    )

    def language_for(self, region: str | None) -> str:
        """The UI language: the one chosen here, else the one of the store's region.

        Once chosen (Settings page) it is saved in settings.json and kept, whatever the
        region; until then a Hong Kong store starts in 繁體中文, a mainland one in 简体中文.
        """
        return self.language or region_language(region)

    def receipt_paper(self) -> Literal["80mm", "a4"]:
        """:attr:`receipt_layout` as the documents take it."""
        return "a4" if self.receipt_layout == "a4" else "80mm"

    def over_short_limit_minor(self, currency: str) -> int:
        """:attr:`over_short_limit` in minor units of ``currency``."""
        return self._amount("over_short_limit", currency)

    def opening_float_minor(self, currency: str) -> int:
        """:attr:`opening_float` in minor units of ``currency``."""
        return self._amount("opening_float", currency)

    def _amount(self, name: str, currency: str) -> int:
        """A setting that is an amount, in minor units (the default's if the saved text
        is no amount)."""
        from desk.core.money import parse_money
        from desk.core.refusal import Refusal

        try:
            return parse_money(getattr(self, name), currency)
        except Refusal:
            return parse_money(getattr(Settings(), name), currency)

    def tender_kinds(self) -> tuple[str, ...]:
        """The tender kinds of :attr:`tenders`, known ones only, in order, each once."""
        from desk.core.tenders import TENDER_LABELS

        kinds: list[str] = []
        for part in self.tenders.split(","):
            kind = part.strip().lower()
            if kind in TENDER_LABELS and kind not in kinds:
                kinds.append(kind)
        return tuple(kinds)

    def validated(self) -> Settings:
        """This, with any value of the wrong type or out of range replaced by its default."""
        default = Settings()
        changes: dict[str, Any] = {}
        for f in fields(self):  # wrong type (bool is no int, int is no bool)
            if type(getattr(self, f.name)) is not type(getattr(default, f.name)):
                changes[f.name] = getattr(default, f.name)
        checked = replace(self, **changes)
        if checked.language not in LANGUAGES and checked.language != default.language:
            changes["language"] = default.language
        for name, (low, high) in BOUNDS.items():
            if not low <= getattr(checked, name) <= high:
                changes[name] = getattr(default, name)
        if checked.receipt_layout not in ("80mm", "a4"):
            changes["receipt_layout"] = default.receipt_layout
        if not _LIMIT.fullmatch(checked.over_short_limit.strip()):
            changes["over_short_limit"] = default.over_short_limit
        if not _SYNC_TIME.fullmatch(checked.sync_time.strip()):
            changes["sync_time"] = default.sync_time
        if 0 < checked.sync_trickle_minutes < MIN_TRICKLE_MINUTES:
            changes["sync_trickle_minutes"] = MIN_TRICKLE_MINUTES
        if not checked.tender_kinds():
            changes["tenders"] = default.tenders
        if not 1 <= checked.smtp_port <= 65535:
            changes["smtp_port"] = default.smtp_port
        if not 1 <= checked.notice_timeout_seconds <= 120:
            changes["notice_timeout_seconds"] = default.notice_timeout_seconds
        if checked.smtp_from and not _looks_like_address(checked.smtp_from):
            changes["smtp_from"] = default.smtp_from
        if checked.sms_url and not checked.sms_url.lower().startswith(("http://", "https://")):
            changes["sms_url"] = default.sms_url
        for name in ("smtp_host", "smtp_user", "smtp_from", "sms_url"):
            if any(ch.isspace() for ch in getattr(checked, name)):
                changes[name] = getattr(default, name)
        return replace(self, **changes) if changes else self


NOTICE_SETTINGS = (
    "smtp_host",
    "smtp_port",
    "smtp_starttls",
    "smtp_user",
    "smtp_password",
    "smtp_from",
    "sms_url",
    "sms_token",
    "notice_timeout_seconds",
)  # edited together in the Notices group of the Settings page


def _looks_like_address(text: str) -> bool:
    local, at, domain = text.rpartition("@")
    return bool(at and local and "." in domain)


def declared_settings() -> list[tuple[str, type, Any, str]]:
    """(name, type, default, help) of every setting, for the Settings page and the docs."""
    return [
        (f.name, type(f.default), f.default, str(f.metadata.get("help", "")))
        for f in fields(Settings)
    ]


@dataclass(frozen=True)
class Paths:
    """The files of one store, all under its data dir."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "desk.sqlite3"

    @property
    def key_file(self) -> Path:
        return self.data_dir / "desk.key"

    @property
    def chain_key_file(self) -> Path:
        """The chain's ID-number key from head office, where there is no OS keyring."""
        return self.data_dir / "chain.key"

    @property
    def credential_file(self) -> Path:
        """This Desk's credential for head office, where there is no OS keyring."""
        return self.data_dir / "hq.credential"

    @property
    def enrolment(self) -> Path:
        """Which head office, store and counter this Desk is enrolled as (no secret)."""
        return self.data_dir / "enrolment.json"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def window_state(self) -> Path:
        return self.data_dir / "window.ini"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"


def default_data_dir(demo: bool = False) -> Path:
    from platformdirs import user_data_dir

    base = Path(user_data_dir("Desk", appauthor=False))
    return base / "demo-store" if demo else base


def resolve_data_dir(cli_value: str | os.PathLike[str] | None, *, demo: bool = False) -> Path:
    """--data-dir wins, then $DESK_DATA_DIR, then the user data dir."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir(demo)


def load_settings(paths: Paths) -> Settings:
    """The saved settings; a missing or damaged file gives the defaults."""
    try:
        raw = json.loads(paths.settings.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name: raw[f.name] for f in fields(Settings) if f.name in raw}
    try:
        return Settings(**known).validated()
    except TypeError:
        return Settings()


def save_settings(paths: Paths, settings: Settings) -> None:
    """Write only what differs from the defaults, atomically (never a half-written file)."""
    default = Settings()
    data = {
        f.name: getattr(settings, f.name)
        for f in fields(Settings)
        if getattr(settings, f.name) != getattr(default, f.name)
    }
    write_atomic(paths.settings, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


def secure_data_dir(data_dir: Path) -> None:
    """Make the store's folder and everything in it its owner's alone.

    Customers' names and phones, the staff PIN hashes and the backups are personal
    data: no other account on the PC may read them. New files get these modes from
    the umask Desk sets at start (:func:`desk.cli.main`); this puts right a store made
    before that, or copied in from elsewhere.
    """
    if not data_dir.is_dir():
        return
    for folder, dirs, files in os.walk(data_dir):
        _chmod(Path(folder), PRIVATE_DIR)
        for name in files:
            target = Path(folder, name)
            if not target.is_symlink():
                _chmod(target, PRIVATE_FILE)
        dirs[:] = [d for d in dirs if not Path(folder, d).is_symlink()]


def _chmod(path: Path, mode: int) -> None:
    """Tighten ``path``; a store on a read-only disk, or another owner's file, is left as
    it is (it can still be read; writing it will say why it can't)."""
    try:
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except OSError:
        pass


def write_atomic(path: Path, text: str | bytes, mode: int = PRIVATE_FILE) -> None:
    """Replace ``path`` with ``text`` (or bytes) so that a crash or a full disk leaves the
    old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
