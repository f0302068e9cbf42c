"""The nightly sync's system files: a systemd timer at 02:00 that makes up a missed night
(Persistent=true) and a Windows task that does the same (StartWhenAvailable)."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"
TASK = "{http://schemas.microsoft.com/windows/2004/02/mit/task}"


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # systemd's keys are case-sensitive
    parser.read_string((PACKAGING / "systemd" / name).read_text(encoding="utf-8"))
    return parser


def test_the_timer_runs_at_two_and_makes_up_a_missed_night():
    timer = unit("desk-sync.timer")
    assert timer["Timer"]["OnCalendar"] == "*-*-* 02:00:00"
    assert timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_the_service_runs_desk_sync_on_the_store_s_folder():
    service = unit("desk-sync.service")["Service"]
    assert service["Type"] == "oneshot"
    command = service["ExecStart"].split()
    assert command[0].endswith("/desk") and command[1:3] == ["sync", "--data-dir"]
    assert service["UMask"] == "0077"  # the store's files stay its owner's alone


def test_the_windows_task_runs_desk_sync_daily_at_two_and_when_available():
    root = ET.parse(PACKAGING / "windows" / "desk-sync-task.xml").getroot()
    settings = root.find(f"{TASK}Settings")
    assert settings is not None
    assert settings.findtext(f"{TASK}StartWhenAvailable") == "true"
    assert settings.findtext(f"{TASK}MultipleInstancesPolicy") == "IgnoreNew"
    trigger = root.find(f"{TASK}Triggers/{TASK}CalendarTrigger")
    assert trigger is not None
    assert trigger.findtext(f"{TASK}StartBoundary", "").endswith("T02:00:00")
    assert trigger.findtext(f"{TASK}ScheduleByDay/{TASK}DaysInterval") == "1"
    action = root.find(f"{TASK}Actions/{TASK}Exec")
    assert action is not None
    assert action.findtext(f"{TASK}Command", "").strip('"').endswith("desk.exe")
    assert action.findtext(f"{TASK}Arguments") == "sync"
